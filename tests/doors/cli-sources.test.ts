/** iza-controle says where the grant and each setting came from, and that a flag overrides the workbook. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { Dec } from "../../src/core/decimal";
import { defaultState } from "../../src/core/stored-state";
import { begrotingSheet, stateSheet } from "../support/workbooks";
import { buildWorkbook, toBytes } from "../support/xlsx";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "iza-sources-"));
  const stored = {
    settings: { ...defaultState().settings, maxHerverdeling: new Dec("0.1"), toekenning: new Dec(5000000) },
    tables: [{ sheet: "Weg", range: "A1:B3", kind: "begroting" as const, roles: { 1: "label" as const } }],
  };
  const sheets = [begrotingSheet(), stateSheet(stored), { name: "IZA controle 24-11-2025", rows: [["Toekenning", 1]] }];
  writeFileSync(path.join(dir, "bewaard.xlsx"), await toBytes(buildWorkbook(sheets)));
  const voorblad = { name: "Voorblad", rows: [["Toekenning SPUK IZA", 4747850]] };
  writeFileSync(path.join(dir, "cel.xlsx"), await toBytes(buildWorkbook([voorblad, begrotingSheet()])));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<string> {
  let stdout = "";
  await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stdout += s) }, { cwd: dir });
  return stdout;
}

test("the stored settings apply, and their source is named", async () => {
  const out = await run(["bewaard.xlsx"]);
  expect(out).toContain(
    "Toekenning €\u00a05.000.000,00 (opgeslagen in de werkmap), grens herverdeling 10% (opgeslagen in de werkmap)",
  );
  expect(out).toContain(
    'Niet gecontroleerd (bladen van IZA Controle zelf): "IZA_instellingen", "IZA controle 24-11-2025"',
  );
  expect(out).toContain('Aangewezen tabel Weg!A1:B3 overgeslagen: het blad "Weg" bestaat niet meer');
  expect(out).toMatch(/Melding +B11 +Niet begroot: €\u00a0252\.150,00 van de toekenning van €\u00a05\.000\.000,00/);
});

test("--toekenning and --max-herverdeling override what the workbook stores, and the output says so", async () => {
  const out = await run(["--toekenning", "4747850", "--max-herverdeling", "25%", "bewaard.xlsx"]);
  expect(out).toContain(
    "Toekenning €\u00a04.747.850,00 (--toekenning), grens herverdeling 25% (--max-herverdeling; de werkmap bewaart 10%)",
  );
  expect(out).toContain("Toekenning (--toekenning; de werkmap bewaart €\u00a05.000.000,00)");
  expect(out).not.toContain("onder-toekenning");
});

test("a grant cell in the workbook wins over --toekenning, and the output says why", async () => {
  const out = await run(["--toekenning", "6000000", "cel.xlsx"]);
  expect(out).toContain("Toekenning €\u00a04.747.850,00 (cel Voorblad!B1), grens herverdeling 20% (standaardwaarde)");
  expect(out).toContain(
    "De instelling toekenning €\u00a06.000.000,00 (--toekenning) is niet gebruikt: de werkmap noemt de toekenning zelf in cel Voorblad!B1",
  );
});
