import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import type { Browser, Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { GEMEENTEN_NML } from "../../src/core/gemeenten";
import { SEVERITY_LABEL } from "../../src/core/labels";
import type { Severity } from "../../src/core/findings";
import { launchChromium } from "../../src/dev/chromium";
import { serveStatic, StaticServer } from "../../src/dev/static-server";
import { begrotingSheet, herverdelingSheet, stateSheet, storedState } from "../support/workbooks";
import { buildWorkbook, toBytes } from "../support/xlsx";
import { describeEndToEnd, DIST } from "./e2e-setup";
import { AXE, axe, foreignOrigins, openPage, Watched, XLSX_TYPE } from "./pane-page";
import { Dec } from "../../src/core/decimal";

/**
 * The projectleiding's session, end to end in real Chromium against dist/: fourteen workbooks
 * (one per gemeente; one .xlsm, one that stores its own limit, one herverdeling, one that cannot
 * be read) opened in one go, the overview, a file's findings with the keyboard, settings for the
 * whole session, and both downloads read back with SheetJS and compared with what iza-controle
 * --json says of the same files with the same settings. axe on every screen; no request leaves
 * the page's origin.
 */

const ROOT = join(__dirname, "..", "..");
const SHOTS =
  process.env.IZA_SCREENSHOTS === "1" ? join(ROOT, "assets") : mkdtempSync(join(tmpdir(), "iza-screenshot-"));

interface JsonFile {
  file: string;
  error: string | null;
  findings: { rule: string; severity: Severity; sheet: string; cell: string; message: string }[];
}

/** The --json of iza-controle as the overview's rows (bestand, blad, cel, regel, ernst, melding). */
function rowsOfJson(files: JsonFile[]): string[][] {
  return [
    ["bestand", "blad", "cel", "regel", "ernst", "melding"],
    ...files.flatMap((f) => {
      if (f.error !== null) return [[f.file, "", "", "", "Niet te lezen", f.error]];
      if (f.findings.length === 0) return [[f.file, "", "", "", "", "Geen bevindingen"]];
      return f.findings.map((x) => [f.file, x.sheet, x.cell, x.rule, SEVERITY_LABEL[x.severity], x.message]);
    }),
  ];
}

const sheetRows = (book: XLSX.WorkBook, name: string) =>
  XLSX.utils.sheet_to_json<string[]>(book.Sheets[name], { header: 1, raw: false, defval: "" });

describeEndToEnd("fourteen workbooks in one session, in headless Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let dir: string;
  let page: Page;
  const watched: Watched = { requests: [], problems: [] };
  /** The fourteen files, in the order they are chosen. */
  const files: { name: string; bytes: Uint8Array }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "iza-sessie-"));
    const names = GEMEENTEN_NML.map((g) => `begroting-${g.toLowerCase().replace(/[^a-z]+/g, "-")}`);
    for (let i = 0; i < names.length; i++) {
      let bytes: Uint8Array;
      let name = `${names[i]}.xlsx`;
      if (i === 2) {
        bytes = new Uint8Array(readFileSync(join(ROOT, "assets", "herverdeling-voorstel-2024.xlsx")));
        name = `herverdeling-${names[i]}.xlsx`;
      } else if (i === 4) {
        bytes = new TextEncoder().encode("Onderdeel;Bedrag\nProjectbureau;500000\n"); // a CSV saved as .xlsx
      } else if (i === 6) {
        bytes = await toBytes(buildWorkbook([begrotingSheet({ total: { f: "SUM(B2:B9)" } })]));
      } else if (i === 8) {
        // stores a limit of 10% of its own; its herverdeling changes 12%
        bytes = await toBytes(
          buildWorkbook([herverdelingSheet(), stateSheet(storedState({ maxHerverdeling: new Dec("0.1") }))]),
        );
      } else {
        bytes = await toBytes(buildWorkbook([begrotingSheet({ name: GEMEENTEN_NML[i] })]));
        if (i === 10) name = `${names[i]}.xlsm`; // an .xlsx with macros is read the same way
      }
      files.push({ name, bytes });
      writeFileSync(join(dir, name), bytes);
    }
    server = await serveStatic(DIST, { "/__test__/axe.min.js": AXE });
    browser = await launchChromium();
    ({ page } = await openPage(browser, `${server.url}/taskpane.html`, watched));
    page.setDefaultTimeout(20_000);
    // Which files the page took into memory, in which order.
    await page.evaluate(() => {
      const read: string[] = [];
      (window as unknown as { __read: string[] }).__read = read;
      const arrayBuffer = Blob.prototype.arrayBuffer;
      Blob.prototype.arrayBuffer = function (this: Blob) {
        if (this instanceof File) read.push(this.name);
        return arrayBuffer.call(this);
      };
    });
    await page.getByRole("button", { name: "Open werkmappen" }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** iza-controle --json on the same files, in the same order. */
  async function cli(...flags: string[]): Promise<JsonFile[]> {
    let stdout = "";
    await main(
      ["--json", ...flags, ...files.map((f) => f.name)],
      { stdout: (s) => (stdout += s), stderr: () => undefined },
      { cwd: dir },
    );
    return (JSON.parse(stdout) as { files: JsonFile[] }).files;
  }

  async function download(kind: "csv" | "xlsx"): Promise<Buffer> {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: `Download overzicht (.${kind})` }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`IZA-overzicht 14-03-2025.${kind}`);
    return readFileSync((await file.path())!);
  }

  test("all fourteen in one go: an overview with counts per category, the unreadable one with its reason", async () => {
    await page
      .locator('input[type="file"]')
      .setInputFiles(files.map((f) => ({ name: f.name, mimeType: XLSX_TYPE, buffer: Buffer.from(f.bytes) })));
    const heading = page.getByRole("heading", { name: /^Overzicht: 14 werkmappen/ });
    await heading.waitFor();
    await page.getByText(/werkmappen gelezen…/).waitFor({ state: "detached" });
    expect(await heading.textContent()).toBe(
      "Overzicht: 14 werkmappen: 1 met fouten, 2 met een PhO-besluit nodig, 1 niet te lezen; samen 2 fouten, 3 PhO-besluiten nodig, 0 waarschuwingen, 1 melding",
    );
    // the focus went to the overview
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("overzicht");
    const rows = page.getByRole("table", { name: "Gecontroleerde werkmappen" }).getByRole("row");
    expect(await rows.count()).toBe(15);
    const text = async (i: number) => ((await rows.nth(i + 1).textContent()) ?? "").replace(/\u00a0/g, " ");
    expect(await text(0)).toBe(`${files[0].name}Geen bevindingen`);
    expect(await text(2)).toBe(`${files[2].name}1 PhO-besluit nodig`);
    expect(await text(4)).toBe(
      `${files[4].name}Niet te lezeneen tekstbestand (zoals CSV): de controle leest werkmappen (.xlsx, .xlsm, .xlsb, .xls) en rekenbladen (.ods); open het in Excel en sla het op als Excel-werkmap (.xlsx)`,
    );
    expect(await text(6)).toBe(`${files[6].name}2 fouten1 melding`); // the total leaves out a row (totaal-klopt-niet, som-mist-regel): € 450.000 not budgeted
    expect(await text(8)).toBe(`${files[8].name}2 PhO-besluiten nodig`); // 12% against its own 10%
    expect(await text(10)).toBe(`${files[10].name}Geen bevindingen`); // the .xlsm
    // each file read once, one after another, in the order chosen
    expect(await page.evaluate(() => (window as unknown as { __read: string[] }).__read)).toEqual(
      files.map((f) => f.name),
    );
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "screenshot-overzicht.png"), fullPage: true });
  }, 120_000);

  test("a file's findings open from the overview, with the keyboard; the focus goes to its results", async () => {
    const link = page.getByRole("button", { name: files[2].name });
    await link.focus();
    await page.keyboard.press("Enter");
    const results = page.getByRole("heading", { name: `${files[2].name}: 1 PhO-besluit nodig` });
    await results.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "resultaten");
    // Tab reaches the findings; outside Excel each one is a stop that can be read
    let onFinding = false;
    for (let i = 0; i < 15 && !onFinding; i++) {
      await page.keyboard.press("Tab");
      onFinding = await page.evaluate(() => !!document.activeElement?.textContent?.includes("Ketenaanpakken"));
    }
    expect(onFinding).toBe(true);
    expect(await axe(page)).toEqual([]);
  }, 60_000);

  test("settings chosen once apply to every file; a file's own stored setting is shown where it differs", async () => {
    await page.getByRole("tab", { name: "Instellingen" }).click();
    await page.getByLabel(/Herverdelingsgrens/).fill("25");
    await page.getByRole("button", { name: "Toepassen" }).click();
    await page.getByText(/Toegepast op alle 14 werkmappen van deze sessie/).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole("tab", { name: "Controle" }).click();
    const heading = page.getByRole("heading", { name: /^Overzicht: 14 werkmappen/ });
    // 22,5% in the herverdeling is within 25%: no PhO-besluit left anywhere
    await page.waitForFunction(
      () => /samen 2 fouten, 0 PhO-besluiten nodig/.test(document.getElementById("overzicht")?.textContent ?? ""),
      undefined,
      { timeout: 30_000 },
    );
    expect(await heading.textContent()).toContain("14 werkmappen: 1 met fouten, 1 niet te lezen");
    await page.getByText("De werkmap bewaart zelf: grens herverdeling 10%").waitFor();
    expect(await page.getByText(/De werkmap bewaart zelf/).count()).toBe(1);
  }, 60_000);

  test("the .csv and the .xlsx hold what iza-controle --json says of the same files with the same settings", async () => {
    const expected = rowsOfJson(await cli("--max-herverdeling", "25%"));
    expect(expected.length).toBeGreaterThan(14);

    const csv = await download("csv");
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvBook = XLSX.read(csv.subarray(3).toString("utf8"), { type: "string", FS: ";", raw: true });
    expect(sheetRows(csvBook, csvBook.SheetNames[0])).toEqual(expected);

    const book = XLSX.read(await download("xlsx"), { type: "buffer" });
    expect(book.SheetNames).toEqual(["Bevindingen", "Instellingen"]);
    expect(sheetRows(book, "Bevindingen")).toEqual(expected);
    const settings = sheetRows(book, "Instellingen");
    expect(settings.map((r) => r[0])).toEqual(["bestand", ...files.map((f) => f.name)]);
    const grens = settings[0].indexOf("grens herverdeling");
    expect(settings[9][grens]).toBe("25%");
    expect(settings[9][grens + 1]).toBe("gekozen in deze sessie; de werkmap bewaart 10%");
    expect(settings[1][grens + 1]).toBe("gekozen in deze sessie");
  }, 60_000);

  test("Help opens the handleiding next to the pane", async () => {
    const [help] = await Promise.all([
      page.context().waitForEvent("page"),
      page.getByRole("link", { name: "Help" }).click(),
    ]);
    await help.waitForLoadState();
    expect(new URL(help.url()).pathname).toBe("/handleiding.html");
    await help.getByRole("heading", { name: "IZA Controle — handleiding" }).waitFor();
    await help.close();
  });

  test("nothing left the page's origin (office.js aside); no CSP violation, no page error", () => {
    expect(foreignOrigins(watched, server.url)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});
