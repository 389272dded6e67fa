/**
 * The sample workbooks give exactly the findings they were built to give: in memory, as written to
 * assets/, and after a real spreadsheet application (LibreOffice Calc) saved them again.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook, CheckResult } from "../../src/core/engine";
import { ASSETS_DIR, fixZipTimes, ILLUSTRATIEF, SAMPLES } from "../../src/samples/make-samples";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { grantOf } from "../engine/helpers";
import { onPath, SOFFICE, testRequiring } from "../setup/requirements";

async function checkSample(workbook: ExcelJS.Workbook, name: string): Promise<CheckResult> {
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return checkWorkbook(await readXlsx(bytes, name));
}

async function checkFile(file: string): Promise<CheckResult> {
  return checkWorkbook(await readXlsx(new Uint8Array(readFileSync(file)), path.basename(file)));
}

/** What each sample must give, exactly. */
const EXPECTED: Record<
  string,
  { grant: { amount: string; source: string }; tables: string[]; findings: [string, string, string, string, string][] }
> = {
  "begroting-2024.xlsx": {
    grant: { amount: "4747850", source: "cel 'Begroting 2024'!B16" },
    tables: ["Begroting 2024 begroting A4:C14"],
    findings: [],
  },
  "herverdeling-voorstel-2024.xlsx": {
    grant: { amount: "4747850", source: "standaardwaarde" },
    tables: ["Herverdeling 2024 herverdeling A4:F14"],
    findings: [
      [
        "herverdeling-boven-grens",
        "fout",
        "Herverdeling 2024",
        "C7",
        '"Uitvoeringskosten onderdeel 3 (Ketenaanpakken)": -€ 450.000,00 is 22,5% van € 2.000.000,00 (grens 20%); hiervoor is een besluit van de PhO nodig',
      ],
    ],
  },
  "jaarrapportage-2024.xlsx": {
    grant: { amount: "4747850", source: "cel Toelichting!B6" },
    tables: ["Bijlage 2 realisatie B6:G16", "Bijlage 2 verdeling B22:G37"],
    findings: [
      [
        "realisatie-boven-begroting",
        "waarschuwing",
        "Bijlage 2",
        "D11",
        'Realisatie € 19.250,00 is € 1.400,00 hoger dan begroot (€ 17.850,00) bij "Uitvoeringskosten onderdeel 5 (E-health, anonieme…"',
      ],
      [
        "onderbesteding",
        "info",
        "Bijlage 2",
        "D16",
        "Onderbesteding € 352.032,77: gerealiseerd € 4.395.817,23 van begroot € 4.747.850,00; dit deel van de SPUK IZA is terug te betalen aan VWS",
      ],
      [
        "verschil-klopt-niet",
        "fout",
        "Bijlage 2",
        "G30",
        '"Restant" € 20.283,69 klopt niet: "Toegekend" − "Gefactureerd" is € 2.028,37 bij "Nederweert"',
      ],
      [
        "facturen-boven-budget",
        "waarschuwing",
        "Bijlage 2",
        "F35",
        'Gefactureerd € 53.966,93 is € 1.250,00 meer dan toegekend (€ 52.716,93) bij "Venray"',
      ],
    ],
  },
};

function expectSample(result: CheckResult, file: string): void {
  const expected = EXPECTED[file];
  expect(grantOf(result)).toEqual(expected.grant);
  expect(result.tables.map((t) => `${t.sheet} ${t.kind} ${t.range}`)).toEqual(expected.tables);
  expect(result.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.message])).toEqual(expected.findings);
}

describe.each(SAMPLES.map((s) => [s.file, s] as const))("%s", (file, sample) => {
  test("gives exactly the findings it was built to give", async () => {
    expectSample(await checkSample(sample.make(), file), file);
  });

  test("the file in assets/ is the same sample", async () => {
    expectSample(await checkFile(path.join(ASSETS_DIR, file)), file);
  });
});

test("the begroting sample is clean and holds the reference table", async () => {
  const model = await readXlsx(new Uint8Array(readFileSync(path.join(ASSETS_DIR, "begroting-2024.xlsx"))), "b");
  const result = checkWorkbook(model);
  expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  const cells = model.sheets[0].cells;
  const amounts = cells
    .filter((c) => c.col === 2 && c.row >= 5 && c.row <= 13)
    .map((c) => (c.value as { value: number }).value);
  expect(amounts).toEqual([500000, 500000, 2000000, 480000, 17850, 200000, 500000, 100000, 450000]);
  expect(cells.find((c) => c.row === 14 && c.col === 2)).toMatchObject({
    formula: "SUM(B5:B13)",
    value: { kind: "number", value: 4747850 },
  });
});

test("regenerating gives the same bytes as the files in assets/", async () => {
  for (const sample of SAMPLES) {
    const bytes = fixZipTimes(new Uint8Array((await sample.make().xlsx.writeBuffer()) as ArrayBuffer));
    expect(Buffer.from(bytes).equals(readFileSync(path.join(ASSETS_DIR, sample.file)))).toBe(true);
  }
});

test("illustrative figures are labelled as such in the workbook", async () => {
  for (const file of ["herverdeling-voorstel-2024.xlsx", "jaarrapportage-2024.xlsx"]) {
    const model = await readXlsx(new Uint8Array(readFileSync(path.join(ASSETS_DIR, file))), file);
    const texts = model.sheets.flatMap((s) => s.cells.map((c) => (c.value.kind === "text" ? c.value.value : "")));
    expect(texts.some((t) => t.startsWith(ILLUSTRATIEF))).toBe(true);
  }
});

testRequiring(
  [SOFFICE],
  "saved again by LibreOffice Calc, the samples give the same findings",
  async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "iza-lo-"));
    try {
      const files = SAMPLES.map((s) => path.join(ASSETS_DIR, s.file));
      execFileSync(
        onPath("soffice")!,
        [
          `-env:UserInstallation=file://${path.join(dir, "profiel")}`,
          "--headless",
          "--convert-to",
          "xlsx",
          "--outdir",
          path.join(dir, "uit"),
          ...files,
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
      for (const sample of SAMPLES) {
        const converted = path.join(dir, "uit", sample.file);
        expect(existsSync(converted)).toBe(true);
        expectSample(await checkFile(converted), sample.file);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  150_000,
);
