/**
 * iza-controle --csv and --xlsx: the overview of every file, read back with SheetJS (not with our
 * own code) and compared with the --json document of the same run; the exit status of a
 * PhO-besluit; a file that cannot be written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { main } from "../../src/cli/main";
import { SEVERITY_LABEL } from "../../src/core/labels";
import type { Severity } from "../../src/core/findings";
import { begrotingSheet } from "../support/workbooks";
import { buildWorkbook, toBytes } from "../support/xlsx";

const ASSETS = path.resolve(__dirname, "../../assets");

async function run(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const status = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, { cwd });
  return { status, stdout, stderr };
}

interface JsonFile {
  file: string;
  error: string | null;
  findings: { rule: string; severity: Severity; sheet: string; cell: string; message: string }[];
}

/** What the JSON says, as rows of the overview: bestand, blad, cel, regel, ernst, melding. */
function rowsOfJson(files: JsonFile[]): string[][] {
  return files.flatMap((f) => {
    if (f.error !== null) return [[f.file, "", "", "", "Niet te lezen", f.error]];
    if (f.findings.length === 0) return [[f.file, "", "", "", "", "Geen bevindingen"]];
    return f.findings.map((x) => [f.file, x.sheet, x.cell, x.rule, SEVERITY_LABEL[x.severity], x.message]);
  });
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "iza-exports-"));
  writeFileSync(path.join(dir, "kapot.xlsx"), "geen werkmap");
  // a sheet whose name starts like a formula, a message with a quote and a ";" in it
  writeFileSync(
    path.join(dir, "lastig.xlsx"),
    await toBytes(buildWorkbook([begrotingSheet({ name: "=SOM(A1)", total: { f: "SUM(B2:B10)", v: 1 } })])),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("--csv and --xlsx hold exactly what --json says, for every file, unreadable ones included", async () => {
  const files = [
    path.join(ASSETS, "begroting-2024.xlsx"),
    path.join(ASSETS, "herverdeling-voorstel-2024.xlsx"),
    path.join(ASSETS, "jaarrapportage-2024.xlsx"),
    "kapot.xlsx",
    "lastig.xlsx",
  ];
  const { status, stdout, stderr } = await run(["--json", "--csv", "uit.csv", "--xlsx", "uit.xlsx", ...files], dir);
  expect(status).toBe(2); // kapot.xlsx
  const doc = JSON.parse(stdout) as { files: JsonFile[] };
  expect(Object.keys(doc)).toEqual(["files"]);
  expect(stderr).toContain("Overzicht (.csv) geschreven naar uit.csv");
  const expected = [["bestand", "blad", "cel", "regel", "ernst", "melding"], ...rowsOfJson(doc.files)];
  expect(expected.length).toBeGreaterThan(8);

  const bytes = readFileSync(path.join(dir, "uit.csv"));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 with BOM, as Excel needs it
  const text = bytes.toString("utf8");
  expect(text.split("\r\n")[0]).toBe("\ufeffbestand;blad;cel;regel;ernst;melding");
  // read back by SheetJS as Dutch Excel does: ";" between fields, everything as text
  const csv = XLSX.read(text.replace(/^\ufeff/, ""), { type: "string", FS: ";", raw: true, dense: true });
  const csvRows = XLSX.utils.sheet_to_json<string[]>(csv.Sheets[csv.SheetNames[0]], {
    header: 1,
    raw: false,
    defval: "",
  });
  // the sheet named "=SOM(A1)" got an apostrophe in the CSV so that Excel does not take it for a formula
  const unguarded = csvRows.map((row) => row.map((cell) => String(cell).replace(/^'(?=[=+\-@])/, "")));
  expect(unguarded).toEqual(expected);
  expect(csvRows.some((row) => row[1] === "'=SOM(A1)")).toBe(true);
  expect(text).toContain("PhO-besluit nodig");
  expect(text).toContain("€\u00a0-450.000,00");

  const book = XLSX.read(readFileSync(path.join(dir, "uit.xlsx")), { type: "buffer" });
  expect(book.SheetNames).toEqual(["Bevindingen", "Instellingen"]);
  const list = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Bevindingen, { header: 1, raw: false, defval: "" });
  expect(list).toEqual(expected);
  // every cell is text, the one starting with "=" too (no formula in the overview)
  expect(Object.values(book.Sheets.Bevindingen).filter((c) => typeof c === "object" && c && "f" in c)).toEqual([]);
  const settings = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Instellingen, { header: 1, raw: false, defval: "" });
  expect(settings.map((r) => r[0])).toEqual(["bestand", ...doc.files.map((f) => f.file)]);
  expect(settings[1][1]).toBe("€\u00a04.747.850,00 (cel 'Begroting 2024'!B16)");
  expect(settings[1].at(-1)).toBe("Geen bevindingen");
  expect(settings[4].at(-1)).toMatch(/^Niet te lezen: een tekstbestand \(zoals CSV\)/);
});

test("the readable report says where the overview went; JSON stays one document on stdout", async () => {
  const { stdout } = await run(["--csv", "alleen.csv", path.join(ASSETS, "begroting-2024.xlsx")], dir);
  expect(stdout).toContain("Overzicht (.csv) geschreven naar alleen.csv");
  const json = await run(["--json", "--csv", "alleen.csv", path.join(ASSETS, "begroting-2024.xlsx")], dir);
  expect(() => JSON.parse(json.stdout)).not.toThrow();
});

test("exit 3 when a herverdeling needs a PhO-besluit and nothing is a fout; 1 wins over it", async () => {
  const voorstel = path.join(ASSETS, "herverdeling-voorstel-2024.xlsx");
  expect((await run([voorstel], dir)).status).toBe(3);
  expect((await run([voorstel, path.join(ASSETS, "jaarrapportage-2024.xlsx")], dir)).status).toBe(1);
  expect((await run([voorstel, "kapot.xlsx"], dir)).status).toBe(2);
  expect((await run([path.join(ASSETS, "begroting-2024.xlsx")], dir)).status).toBe(0);
});

test("an overview that cannot be written: named with the reason, exit 2, the report still printed", async () => {
  const { status, stdout, stderr } = await run(
    ["--csv", path.join(dir, "bestaat-niet", "uit.csv"), path.join(ASSETS, "begroting-2024.xlsx")],
    dir,
  );
  expect(status).toBe(2);
  expect(stderr).toContain("het overzicht kon niet worden geschreven naar");
  expect(stderr).toContain("de map bestaat niet");
  expect(stdout).toContain("begroting-2024.xlsx");
});
