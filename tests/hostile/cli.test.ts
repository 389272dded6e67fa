/**
 * `iza-controle` over a folder of files that fight back, next to ordinary ones: every unreadable
 * file named with a Dutch reason, the others still checked, exit 2, no stack traces.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { begrotingSheet, buildWorkbook, toBytes } from "../engine/helpers";
import { hostileFiles } from "./hostile-files";

async function run(args: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, { cwd });
  return { status, stdout, stderr };
}

interface JsonFile {
  file: string;
  error: string | null;
  findings: { rule: string; severity: string; sheet: string; cell: string; message: string }[];
}

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "iza-hostile-"));
  mkdirSync(path.join(dir, "map"));
  for (const [name, bytes] of Object.entries(await hostileFiles())) writeFileSync(path.join(dir, "map", name), bytes);
  writeFileSync(path.join(dir, "map", "schoon.xlsx"), await toBytes(buildWorkbook([begrotingSheet()])));
  writeFileSync(
    path.join(dir, "map", "fout.xlsx"),
    await toBytes(buildWorkbook([begrotingSheet({ total: { f: "SUM(B2:B10)", v: 1 } })])),
  );
  // 60 MB without writing 60 MB: a sparse file.
  const fd = openSync(path.join(dir, "map", "reusachtig.xlsx"), "w");
  ftruncateSync(fd, 60 * 1024 * 1024);
  closeSync(fd);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const UNREADABLE: Record<string, string | RegExp> = {
  "beschadigd.xlsx":
    "het bestand is afgebroken: het einde ontbreekt (onvolledig gedownload of gekopieerd?); kopieer of download het opnieuw",
  "export.xlsx": /^een tekstbestand \(zoals CSV\): de controle leest werkmappen/,
  "oud-formaat.xlsx": /^een werkmap uit Excel 4\.0 of ouder \(BIFF2-4, van vóór Excel 5\.0\/95\)/,
  "reusachtig.xlsx": "te groot: het bestand is 60 MB, de controle leest werkmappen tot 50 MB",
  "wachtwoord.xlsx": /^beveiligd met een wachtwoord: de controle kan een versleutelde werkmap niet lezen\./,
  "xml-bom.xlsx": /^een XML-bom: het onderdeel xl\/sharedStrings\.xml definieert entiteiten/,
  "zip-bom.xlsx": "beschadigd: een onderdeel van het zip-bestand pakt groter uit dan het opgeeft (een zip-bom?)",
};

test("--json: each unreadable file with its Dutch reason in error, every other file checked, exit 2", async () => {
  const { status, stdout, stderr } = await run(["--json", "map"], dir);
  expect(stderr).toBe("");
  expect(status).toBe(2);
  const files = JSON.parse(stdout).files as JsonFile[];
  const byName = new Map(files.map((f) => [path.basename(f.file), f]));
  expect(files.map((f) => f.file)).toEqual([...files.map((f) => f.file)].sort());
  expect(files).toHaveLength(22);
  for (const [name, expected] of Object.entries(UNREADABLE)) {
    const f = byName.get(name)!;
    if (typeof expected === "string") expect(f.error).toBe(expected);
    else expect(f.error).toMatch(expected);
    expect(f.findings).toEqual([]);
  }
  const readable = files.filter((f) => !(path.basename(f.file) in UNREADABLE));
  expect(readable.every((f) => f.error === null)).toBe(true);
  const rules = (name: string) => byName.get(name)!.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
  expect(rules("schoon.xlsx")).toEqual([]);
  expect(rules("leeg.xlsx")).toEqual([]);
  expect(rules("geen-bladen.xlsx")).toEqual([]);
  // read by their content: an .xls under an .xlsx name, an Excel 95 file (values only, so the Totaal is typed)
  expect(rules("xls-als-xlsx.xlsx")).toEqual(["totaal-vaste-waarde@Begroting!B11"]);
  // .xlsb and .ods in a folder are found and checked (SheetJS's writer: values only)
  expect(rules("begroting.xlsb")).toEqual([
    "boven-toekenning@Begroting!B11",
    "totaal-klopt-niet@Begroting!B11",
    "totaal-vaste-waarde@Begroting!B11",
  ]);
  expect(rules("begroting.ods")).toEqual([
    "onder-toekenning@Begroting!B11",
    "totaal-klopt-niet@Begroting!B11",
    "totaal-vaste-waarde@Begroting!B11",
  ]);
  expect(rules("excel-95.xls")).toEqual([
    "boven-toekenning@Begroting!B11",
    "totaal-klopt-niet@Begroting!B11",
    "totaal-vaste-waarde@Begroting!B11",
  ]);
  expect(rules("heel-groot-bereik.xlsx")).toEqual([]);
  // every amount that comes from another workbook, on its cell
  expect(rules("externe-koppelingen.xlsx")).toEqual(
    ["B2", "B3", "B4", "B6", "B8", "B10"].map((cell) => `externe-koppeling@Begroting!${cell}`),
  );
  expect(rules("fout.xlsx")).toEqual(["totaal-klopt-niet@Begroting!B11"]);
  expect(rules("kringverwijzing.xlsx")).toEqual(["kringverwijzing@Begroting!B11", "totaal-klopt-niet@Begroting!B11"]);
  expect(rules("lange-teksten.xlsx")).toEqual(["onder-toekenning@Begroting!B11"]);
  expect(rules("samengevoegde-kopjes.xlsx")).toEqual(["totaal-klopt-niet@Begroting!C14"]);
  expect(rules("200-bladen.xlsx")).toEqual(["boven-toekenning@Blad 101!B11", "totaal-klopt-niet@Blad 101!B11"]);
  expect(rules("verborgen-bladen.xlsx")).toEqual([
    "verborgen-blad@Verborgen!A1",
    "boven-toekenning@Verborgen!B11",
    "totaal-klopt-niet@Verborgen!B11",
    "verborgen-blad@Heel verborgen!A1",
  ]);
});

test("the readable report names each unreadable file and its reason, and counts them", async () => {
  const { status, stdout, stderr } = await run(["map"], dir);
  expect(stderr).toBe("");
  expect(status).toBe(2);
  expect(stdout).toContain(
    `${path.join("map", "wachtwoord.xlsx")}\n  Niet te lezen: beveiligd met een wachtwoord: de controle kan een versleutelde werkmap niet lezen.`,
  );
  expect(stdout).toContain(
    `${path.join("map", "oud-formaat.xlsx")}\n  Niet te lezen: een werkmap uit Excel 4.0 of ouder`,
  );
  expect(stdout).toContain(`${path.join("map", "reusachtig.xlsx")}\n  Niet te lezen: te groot: het bestand is 60 MB`);
  expect(stdout).toContain(`${path.join("map", "leeg.xlsx")}\n  Toekenning €\u00a04.747.850,00 (standaardwaarde)`);
  expect(stdout).toContain(
    "  Geen tabellen gevonden die de controle herkent (begroting, herverdeling, realisatie of verdeling).",
  );
  expect(stdout).toMatch(
    /Blad "Verborgen"\n {4}Begroting A1:B11, 9 regels\n {6}Melding {12}A1 {3}Dit blad is verborgen/,
  );
  expect(stdout.trimEnd().split("\n").pop()).toBe(
    "22 werkmappen: 8 met fouten, 7 niet te lezen; samen 13 fouten, 0 PhO-besluiten nodig, 10 waarschuwingen, 4 meldingen",
  );
  expect(stdout).not.toMatch(/\bat .*\.(ts|js):\d+|Error:|undefined/);
  // A 32.767-character cell never makes it into the report.
  expect(Math.max(...stdout.split("\n").map((l) => l.length))).toBeLessThan(400);
});
