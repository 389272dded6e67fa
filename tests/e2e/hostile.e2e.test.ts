import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "../../src/dev/chromium";
import { serveStatic, StaticServer } from "../../src/dev/static-server";
import { describeEndToEnd, DIST, expectJaarrapportageFindings } from "./e2e-setup";
import { hostileFiles } from "../hostile/hostile-files";

/**
 * Files that fight back, and workbooks in the other formats (.xls of Excel 95 and 97-2003, .xlsb,
 * .ods), in the pane outside Office, in real headless Chromium against the production build
 * (dist/; this test builds nothing). One page opens them one after another
 * through its file input, as a user would: each unreadable file gives a Dutch message naming the
 * file and the reason, each readable one its findings, and the pane goes on: a good workbook
 * opened after them still gives its four findings. Nothing goes to another origin.
 */

const ROOT = join(__dirname, "..", "..");
const OFFICE_JS_HOST = "appsforoffice.microsoft.com";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TEXT_FILE =
  "een tekstbestand (zoals CSV): de controle leest werkmappen (.xlsx, .xlsm, .xlsb, .xls) en rekenbladen (.ods); open het in Excel en sla het op als Excel-werkmap (.xlsx)";

/** What the pane shows for a file: the reason it cannot be read, or the summary of its check. */
type Outcome =
  | { reason: string | RegExp }
  | { summary: string; scope: string; cells?: Record<string, string[]>; noTables?: boolean };

/** In the order they are opened; the cases the issue names first. */
const CASES: [string, Outcome][] = [
  [
    "beschadigd.xlsx",
    {
      reason:
        "het bestand is afgebroken: het einde ontbreekt (onvolledig gedownload of gekopieerd?); kopieer of download het opnieuw",
    },
  ],
  [
    "oud-formaat.xlsx",
    {
      reason:
        "een werkmap uit Excel 4.0 of ouder (BIFF2-4, van vóór Excel 5.0/95): open het in Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx)",
    },
  ],
  [
    "wachtwoord.xlsx",
    { reason: /beveiligd met een wachtwoord: de controle kan een versleutelde werkmap niet lezen\./ },
  ],
  ["leeg.xlsx", { summary: "Geen bevindingen", scope: "geen tabel gevonden", noTables: true }],
  ["heel-groot-bereik.xlsx", { summary: "Geen bevindingen", scope: "1 tabel gevonden, op het blad Begroting" }],
  [
    "verborgen-bladen.xlsx",
    {
      summary: "2 fouten en 2 meldingen",
      scope: "2 tabellen gevonden, op de bladen Verborgen en Heel verborgen",
      cells: { Verborgen: ["A1", "B11"], "Heel verborgen": ["A1"] },
    },
  ],
  [
    "200-bladen.xlsx",
    { summary: "2 fouten", scope: "10 tabellen gevonden, op 10 bladen", cells: { "Blad 101": ["B11"] } },
  ],
  // the other formats, read in the page: .xls (Excel 95 needs the code pages, a chunk of their own), .xlsb, .ods
  [
    "excel-95.xls",
    {
      summary: "2 fouten en 1 waarschuwing",
      scope: "1 tabel gevonden, op het blad Begroting",
      cells: { Begroting: ["B11"] },
    },
  ],
  [
    "xls-als-xlsx.xlsx",
    { summary: "1 waarschuwing", scope: "1 tabel gevonden, op het blad Begroting", cells: { Begroting: ["B11"] } },
  ],
  [
    "begroting.xlsb",
    {
      summary: "2 fouten en 1 waarschuwing",
      scope: "1 tabel gevonden, op het blad Begroting",
      cells: { Begroting: ["B11"] },
    },
  ],
  [
    "begroting.ods",
    {
      summary: "1 fout, 1 waarschuwing en 1 melding",
      scope: "1 tabel gevonden, op het blad Begroting",
      cells: { Begroting: ["B11"] },
    },
  ],
  [
    "xml-bom.xlsx",
    {
      reason:
        "een XML-bom: het onderdeel xl/sharedStrings.xml definieert entiteiten die zich bij het lezen vermenigvuldigen; Excel schrijft dat nooit, de controle leest het niet",
    },
  ],
  // the rest of the hostile files the command line gets too
  ["export.xlsx", { reason: TEXT_FILE }],
  ["geen-bladen.xlsx", { summary: "Geen bevindingen", scope: "geen tabel gevonden", noTables: true }],
  [
    "zip-bom.xlsx",
    { reason: "beschadigd: een onderdeel van het zip-bestand pakt groter uit dan het opgeeft (een zip-bom?)" },
  ],
  [
    // the Totaal counts itself: kringverwijzing and totaal-klopt-niet, both on B11
    "kringverwijzing.xlsx",
    { summary: "2 fouten", scope: "1 tabel gevonden, op het blad Begroting", cells: { Begroting: ["B11"] } },
  ],
  [
    "lange-teksten.xlsx",
    { summary: "1 melding", scope: "1 tabel gevonden, op het blad Begroting", cells: { Begroting: ["B11"] } },
  ],
  [
    "externe-koppelingen.xlsx",
    {
      summary: "6 waarschuwingen",
      scope: "1 tabel gevonden, op het blad Begroting",
      cells: { Begroting: ["B2", "B3", "B4", "B6", "B8", "B10"] },
    },
  ],
  [
    "samengevoegde-kopjes.xlsx",
    { summary: "1 fout", scope: "1 tabel gevonden, op het blad Begroting", cells: { Begroting: ["C14"] } },
  ],
  // over the size limit: refused before the page reads it (a sparse file, opened by its path)
  ["reusachtig.xlsx", { reason: "te groot: het bestand is 60 MB, de controle leest werkmappen tot 50 MB" }],
];

describeEndToEnd("files that fight back, in the pane outside Office in headless Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let files: Record<string, Uint8Array>;
  let dir: string;
  const requests: { method: string; url: string }[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    files = await hostileFiles();
    dir = mkdtempSync(join(tmpdir(), "iza-e2e-"));
    // 60 MB without writing 60 MB; by path, the browser reads it from disk, so it costs nothing.
    const fd = openSync(join(dir, "reusachtig.xlsx"), "w");
    ftruncateSync(fd, 60 * 1024 * 1024);
    closeSync(fd);
    server = await serveStatic(DIST);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 360, height: 900 },
      locale: "nl-NL",
      timezoneId: "Europe/Amsterdam",
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.route("**/*", (route) => {
      const request = route.request();
      requests.push({ method: request.method(), url: request.url() });
      if (new URL(request.url()).hostname === OFFICE_JS_HOST) return route.abort();
      return route.continue();
    });
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`fout in de pagina: ${error.message}`));
    // Which files the page took into memory: a file over the size limit must not be among them.
    await page.addInitScript(() => {
      const read: string[] = [];
      (window as unknown as { __read: string[] }).__read = read;
      const arrayBuffer = Blob.prototype.arrayBuffer;
      Blob.prototype.arrayBuffer = function (this: Blob) {
        if (this instanceof File) read.push(this.name);
        return arrayBuffer.call(this);
      };
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("button", { name: "Open werkmappen" }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Through the page's file input (hidden; the button opens it), as "Open een werkmap" does. */
  async function open(name: string) {
    const input = page.locator('input[type="file"]');
    if (name in files) await input.setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(files[name]) });
    else await input.setInputFiles(join(dir, name));
  }

  test("each file: the unreadable ones a Dutch message with their name and reason, the others their findings", async () => {
    expect(Object.keys(files).sort()).toEqual(
      CASES.map(([name]) => name)
        .filter((n) => n in files)
        .sort(),
    );
    for (const [name, outcome] of CASES) {
      await open(name);
      if ("reason" in outcome) {
        const alert = page.getByRole("alert").filter({ hasText: `${name} kon niet worden gelezen` });
        await alert.waitFor();
        const text = (await alert.textContent()) ?? "";
        if (typeof outcome.reason === "string") expect(text).toContain(outcome.reason);
        else expect(text).toMatch(outcome.reason);
        expect(text).not.toMatch(/\bat .*:\d+|Error:|undefined|NaN/);
        expect(await page.getByRole("alert").count()).toBe(1);
        continue;
      }
      const summary = page.getByRole("status").filter({ hasText: `${name}, gecontroleerd om` });
      await summary.waitFor();
      // the results heading; with more files open it names the file shown
      expect(await summary.getByRole("heading").textContent()).toMatch(new RegExp(`^(${name}: )?${outcome.summary}$`));
      expect(await summary.textContent()).toContain(`${outcome.scope}.`);
      expect(await page.getByRole("alert").count()).toBe(0); // the previous file's message is gone
      expect(await page.getByText("Er is geen IZA-tabel gevonden").count()).toBe(outcome.noTables ? 1 : 0);
      for (const [sheet, cells] of Object.entries(outcome.cells ?? {})) {
        const region = page.getByRole("region", { name: new RegExp(`^Blad ${sheet}\\b`) });
        for (const cell of cells) await region.getByText(cell, { exact: true }).first().waitFor();
      }
    }
    // Every file was read in the page, but the one over the size limit: refused by its size alone.
    const read = await page.evaluate(() => (window as unknown as { __read: string[] }).__read);
    expect(read).toEqual(CASES.map(([name]) => name).filter((name) => name !== "reusachtig.xlsx"));
  }, 50_000);

  test("after them, a good workbook through the same input still gives its four findings", async () => {
    const name = "jaarrapportage-2024.xlsx";
    await page.locator('input[type="file"]').setInputFiles({
      name,
      mimeType: XLSX,
      buffer: readFileSync(join(ROOT, "assets", name)),
    });
    await page
      .getByRole("status")
      .filter({ hasText: `${name}, gecontroleerd om` })
      .waitFor();
    await expectJaarrapportageFindings(page);
    expect(await page.getByRole("alert").count()).toBe(0);
  }, 30_000);

  test("nothing left the page's origin (office.js aside) and nothing was sent; no CSP violation, no page error", () => {
    const foreign = requests
      .map((r) => new URL(r.url))
      .filter((url) => url.origin !== server.url && url.hostname !== OFFICE_JS_HOST)
      .map((url) => url.href);
    expect(foreign).toEqual([]);
    expect(requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(requests.filter((r) => /\.(xlsx|xlsb|xls|ods)$/i.test(new URL(r.url).pathname))).toEqual([]); // no file went out
    expect(requests.some((r) => /\/chunks\/.*\.js$/.test(r.url))).toBe(true); // the reader (SheetJS) came as a chunk
    // the code pages an Excel 95 file needs came as a chunk of their own
    expect(requests.some((r) => /\/chunks\/codepages\.[0-9a-f]+\.js$/.test(r.url))).toBe(true);
    expect(problems).toEqual([]);
  });
});
