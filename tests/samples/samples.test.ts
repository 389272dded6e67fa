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
import { Dec } from "../../src/core/decimal";
import { phoNote } from "../../src/core/labels";
import { formatEuro, formatEuroChange } from "../../src/core/format";
import { checkWithPolicy } from "../../src/core/policy";
import { grantOf } from "../engine/helpers";
import { onPath, SOFFICE, testRequiring } from "../setup/requirements";
import { OVER_THE_YEAR_EXPECTED, VASTGESTELD_PAIR } from "./over-the-year";

/** An amount as the messages write it (through core/format, whose output issue 14 changes). */
const euro = (value: string) => formatEuro(new Dec(value));
const change = (value: string) => formatEuroChange(new Dec(value));

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
        "pho",
        "Herverdeling 2024",
        "C7",
        '"Uitvoeringskosten onderdeel 3 (Ketenaanpakken)": €\u00a0-450.000,00 is 22,5% van €\u00a02.000.000,00 (grens 20%); hiervoor is een PhO-besluit nodig',
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
        'Realisatie €\u00a019.250,00 is €\u00a01.400,00 hoger dan begroot (€\u00a017.850,00) bij "Uitvoeringskosten onderdeel 5 (E-health, anonieme zorg etc.)"',
      ],
      [
        "onderbesteding",
        "info",
        "Bijlage 2",
        "D16",
        "Onderbesteding €\u00a0352.032,77: gerealiseerd €\u00a04.395.817,23 van begroot €\u00a04.747.850,00; dit deel van de SPUK IZA is terug te betalen aan VWS",
      ],
      [
        "verschil-klopt-niet",
        "fout",
        "Bijlage 2",
        "G30",
        '"Restant" €\u00a020.283,69 klopt niet: "Toegekend" − "Gefactureerd" is €\u00a02.028,37 bij "Nederweert"',
      ],
      [
        "facturen-boven-budget",
        "waarschuwing",
        "Bijlage 2",
        "F35",
        'Gefactureerd €\u00a053.966,93 is €\u00a01.250,00 meer dan toegekend (€\u00a052.716,93) bij "Venray"',
      ],
    ],
  },
  "register-herverdelingen-2024.xlsx": {
    grant: { amount: "4747850", source: "standaardwaarde" },
    tables: ["Begroting 2024 herverdeling A4:C14", "Register herverdelingen register A4:G8"],
    findings: [
      [
        "register-wijkt-af",
        "fout",
        "Begroting 2024",
        "C11",
        `"Uitvoeringskosten onderdeel 6 (Aanvullende plannen)": de begroting wijzigt ${change("30000")} (vastgesteld ${euro("500000")}, nu ${euro("530000")}), maar het register 'Register herverdelingen'!A4:G8 telt in 2024 ${change("0")}; verschil ${euro("30000")}`,
      ],
      [
        "herverdeling-boven-grens",
        "pho",
        "Begroting 2024",
        "C12",
        `"Monitoring en evaluatie": ${change("25000")} is 25,0% van ${euro("100000")} (grens 20%); ${phoNote(false)}`,
      ],
      [
        "onbekend-onderdeel",
        "waarschuwing",
        "Register herverdelingen",
        "C7",
        `"Onderdeel 6" ("Naar") wijst geen onderdeel van de begroting 'Begroting 2024'!A4:C14 eenduidig aan; deze kant van de regel telt niet mee`,
      ],
      [
        "besluit-bevoegdheid",
        "fout",
        "Register herverdelingen",
        "D8",
        `Besluit van de Kerngroep, maar hiermee wijzigt "Monitoring en evaluatie" in 2024 cumulatief (besluiten van 11-04-2024 en 12-09-2024): ${change("15000")} en ${change("10000")} samen +25,0% van ${euro("100000")} (grens 20%); hiervoor was een besluit van de PhO nodig`,
      ],
    ],
  },
  "sisa-verrekening-2024.xlsx": {
    grant: { amount: "4747850", source: "standaardwaarde" },
    tables: ["SiSa-verrekening verantwoording A4:E19"],
    findings: [
      [
        "verrekening-klopt-niet",
        "fout",
        "SiSa-verrekening",
        "D12",
        `"Terug te betalen" ${euro("0")} klopt niet bij "Nederweert": "Voorschot 2024" − "Besteed volgens SiSa 2024" is ${euro("2028.37")} (positief is wat de gemeente terugbetaalt, volgens de kolomkop)`,
      ],
      [
        "verantwoord-boven-overgemaakt",
        "waarschuwing",
        "SiSa-verrekening",
        "C17",
        `Verantwoord ${euro("53966.93")} is ${euro("1250")} meer dan overgemaakt (${euro("52716.93")}) bij "Venray": dat verschil kan niet uit de SPUK IZA worden betaald`,
      ],
      [
        "verrekening-totaal",
        "info",
        "SiSa-verrekening",
        "D19",
        `Verrekening per saldo: Venlo vordert ${euro("36467.59")} terug van de gemeenten (${euro("37717.59")} terug van 8 gemeenten, ${euro("1250")} na te betalen aan 1 gemeente)`,
      ],
    ],
  },
};

function expectSample(result: CheckResult, file: string): void {
  const expected = EXPECTED[file] ?? OVER_THE_YEAR_EXPECTED[file];
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

test("begroting-2024-juli.xlsx against the vastgestelde begroting of begroting-2024.xlsx", async () => {
  const read = (file: string) => readXlsx(new Uint8Array(readFileSync(path.join(ASSETS_DIR, file))), file);
  const result = checkWithPolicy(await read(VASTGESTELD_PAIR.checked), {
    source: "opdrachtregel",
    vastgesteld: { kind: "werkmap", model: await read(VASTGESTELD_PAIR.vastgesteld) },
  });
  expect(result.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.message])).toEqual(
    VASTGESTELD_PAIR.findings,
  );
  expect(result.vastgesteld?.comparisons[0].matches.map((m) => m.how)).toEqual(VASTGESTELD_PAIR.how);
  expect(result.vastgesteld?.comparisons[0].unmatched).toEqual([]);
});

test("regenerating gives the same bytes as the files in assets/", async () => {
  for (const sample of SAMPLES) {
    const bytes = fixZipTimes(new Uint8Array((await sample.make().xlsx.writeBuffer()) as ArrayBuffer));
    expect(Buffer.from(bytes).equals(readFileSync(path.join(ASSETS_DIR, sample.file)))).toBe(true);
  }
});

test("illustrative figures are labelled as such in the workbook", async () => {
  for (const file of [
    "herverdeling-voorstel-2024.xlsx",
    "jaarrapportage-2024.xlsx",
    "register-herverdelingen-2024.xlsx",
    "sisa-verrekening-2024.xlsx",
    ...Object.keys(OVER_THE_YEAR_EXPECTED),
  ]) {
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
