/**
 * The doors agree: the same workbook gives the same findings, tables, grant and settings through
 * the command line's JSON (iza-controle --json), the file door (the pane outside Excel, on the
 * .xlsx bytes) and the Excel door (the pane in Excel, on the office-addin-mock Excel holding the
 * same cells). The workbooks: the samples in assets/, and ones that store settings, store a
 * table the detection misses, carry an old report sheet, have two changes in one table or a column
 * per year, or store a vastgestelde begroting (a sheet, or what was read of a file).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { Dec } from "../../src/core/decimal";
import type { TableKind } from "../../src/core/detect/types";
import { KIND_LABEL } from "../../src/core/labels";
import { checkWithPolicy } from "../../src/core/policy";
import { grantSourceText } from "../../src/core/sources";
import type { WorkbookModel } from "../../src/core/workbook";
import { createExcelDoor } from "../../src/excel/excel-door";
import { reportLayout } from "../../src/excel/report";
import { runCheck } from "../../src/taskpane/check";
import { openFileDoor } from "../../src/xlsx/file-door";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { createExcelMock } from "../excel/excel-mock";
import {
  BEGROTING_2024,
  begrotingSheet,
  herverdelingSheet,
  mockNamesFromModel,
  mockSheetsFromModel,
  SheetSpec,
  begroting2024After,
  begrotingNaWijzigingSheet,
  registerSheet,
  stateSheet,
  storedState,
  verantwoordingSheet,
} from "../support/workbooks";
import { buildWorkbook, toBytes } from "../support/xlsx";

type Globals = { Excel?: unknown; Office?: unknown };

/** What a door shows the user: the grant, the settings with their sources, the tables and every finding. */
interface Outcome {
  grant: { amount: string; source: string };
  settings: Record<string, { value: string; source: string }>;
  tables: string[];
  findings: { rule: string; severity: string; sheet: string; cell: string; message: string }[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "iza-doors-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete (globalThis as Globals).Excel;
  delete (globalThis as Globals).Office;
});

async function throughCli(name: string, bytes: Uint8Array, tables: string[]): Promise<Outcome> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  let stdout = "";
  await main(["--json", file], { stdout: (s) => (stdout += s), stderr: () => undefined });
  const [doc] = JSON.parse(stdout).files;
  if (doc.error) throw new Error(doc.error);
  const settings = Object.fromEntries(
    Object.entries(doc.settings as Record<string, { value: string; source: string }>).map(([key, s]) => [
      key,
      { value: s.value, source: s.source },
    ]),
  );
  // The JSON has no tables; the readable report names them: of the other doors' tables, those the
  // report shows on their sheet with their kind and range (a table it lacks makes the lists differ).
  let readable = "";
  await main([file], { stdout: (s) => (readable += s), stderr: () => undefined });
  const sections = readable.split(/^ {2}Blad /m);
  const shown = tables.filter((t) => {
    const kind = t.slice(t.lastIndexOf(" ") + 1) as TableKind;
    const where = t.slice(0, t.lastIndexOf(" "));
    const [sheet, range] = [where.slice(0, where.lastIndexOf("!")), where.slice(where.lastIndexOf("!") + 1)];
    return sections.some((part) => part.startsWith(`"${sheet}"`) && part.includes(`${KIND_LABEL[kind]} ${range}`));
  });
  return { grant: doc.grant, settings, tables: shown, findings: doc.findings };
}

function outcomeOf(run: Awaited<ReturnType<typeof runCheck>>): Outcome {
  return {
    grant: { amount: run.grant.amount.toString(), source: grantSourceText(run.grant.source) },
    settings: Object.fromEntries(
      Object.entries(run.settings).map(([key, s]) => [key, { value: s.value.toString(), source: s.source }]),
    ),
    tables: run.tables.map((t) => `${t.sheet}!${t.range} ${t.kind}`),
    findings: run.findings,
  };
}

async function throughFileDoor(name: string, bytes: Uint8Array): Promise<Outcome> {
  return outcomeOf(await runCheck(await openFileDoor(bytes, name)));
}

async function throughExcelDoor(model: WorkbookModel): Promise<Outcome> {
  const excel = createExcelMock(mockSheetsFromModel(model), model.name, { names: mockNamesFromModel(model) });
  (globalThis as Globals).Excel = excel.Excel;
  (globalThis as Globals).Office = { context: { requirements: { isSetSupported: () => true } } };
  return outcomeOf(await runCheck(createExcelDoor()));
}

/** Every door's outcome for the .xlsx bytes; they must be one and the same. */
async function allDoors(name: string, bytes: Uint8Array): Promise<Outcome> {
  const file = await throughFileDoor(name, bytes);
  // The Excel workbook holds the same cells as the file (read from it, as Excel would open it).
  const excel = await throughExcelDoor(await readXlsx(bytes, name));
  const cli = await throughCli(name, bytes, file.tables);
  expect(excel).toEqual(file);
  expect(cli).toEqual(file);
  return file;
}

const sample = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "..", "..", "assets", name)));

describe("the samples", () => {
  test.each([
    "begroting-2024.xlsx",
    "herverdeling-voorstel-2024.xlsx",
    "jaarrapportage-2024.xlsx",
    "register-herverdelingen-2024.xlsx",
    "sisa-verrekening-2024.xlsx",
    // issue 16: two changes in one table, a begroting of July, a column per year
    "herverdeling-2024-twee-wijzigingen.xlsx",
    "begroting-2024-juli.xlsx",
    "meerjarenbegroting-2023-2026.xlsx",
  ])("%s: the same through the command line, the file door and the Excel door", async (name) => {
    const outcome = await allDoors(name, sample(name));
    expect(outcome.tables.length).toBeGreaterThan(0);
  });
});

async function xlsx(sheets: SheetSpec[]): Promise<Uint8Array> {
  return toBytes(buildWorkbook(sheets));
}

describe("what the workbook stores applies through every door", () => {
  test("a 10% limit stored in IZA_instellingen: two changes of 12% need the PhO, everywhere", async () => {
    const bytes = await xlsx([herverdelingSheet(), stateSheet(storedState({ maxHerverdeling: new Dec("0.1") }))]);
    const outcome = await allDoors("grens-10.xlsx", bytes);
    expect(outcome.settings.maxHerverdeling).toEqual({ value: "0.1", source: "werkmap" });
    expect(outcome.findings.filter((f) => f.rule === "herverdeling-boven-grens").map((f) => f.cell)).toEqual([
      "C2",
      "C3",
    ]);
    // the settings sheet's own "toekenning" row is no grant cell: the grant is the setting
    expect(outcome.grant).toEqual({ amount: "4747850", source: "opgeslagen in de werkmap" });
    expect(outcome.findings.every((f) => f.sheet === "Herverdeling")).toBe(true);
  });

  test("a stored toekenning is the grant of a workbook that names none", async () => {
    const bytes = await xlsx([begrotingSheet(), stateSheet(storedState({ toekenning: new Dec("5000000") }))]);
    const outcome = await allDoors("toekenning.xlsx", bytes);
    expect(outcome.grant).toEqual({ amount: "5000000", source: "opgeslagen in de werkmap" });
    expect(outcome.findings.map((f) => f.rule)).toEqual(["onder-toekenning"]);
  });

  test("a stored table the detection misses is checked, everywhere", async () => {
    // No header words the detection knows: only the stored roles make it a table.
    const vrij: SheetSpec = {
      name: "Vrij",
      rows: [
        ["Wat", "Hoeveel"],
        ["Projectbureau", 500000],
        ["Netwerk", 500000],
        ["Totaal", 900000],
      ],
    };
    const stored = storedState({}, [
      { sheet: "Vrij", range: "A1:B4", kind: "begroting", roles: { 1: "label", 2: "planned" } },
    ]);
    const outcome = await allDoors("tabel.xlsx", await xlsx([vrij, stateSheet(stored)]));
    expect(outcome.tables).toEqual(["Vrij!A1:B4 begroting"]);
    expect(outcome.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "totaal-klopt-niet@B4",
      "totaal-vaste-waarde@B4",
    ]);
  });

  test("an old report sheet is no data: its cells are not checked and its Toekenning is no grant", async () => {
    const old = reportLayout({
      findings: [{ rule: "totaal-klopt-niet", severity: "fout", sheet: "Begroting", cell: "B11", message: "x" }],
      settings: storedState({ toekenning: new Dec("6000000") }).settings,
      grant: { amount: new Dec("6000000"), source: { kind: "instelling", from: "werkmap" } },
      workbookName: "oud.xlsx",
      date: new Date(2025, 10, 24, 14, 3),
    });
    const report: SheetSpec = { name: "IZA controle 24-11-2025", rows: [...old.head, [], ...old.table] };
    const outcome = await allDoors("verslag.xlsx", await xlsx([begrotingSheet(), report]));
    expect(outcome.grant).toEqual({ amount: "4747850", source: "standaardwaarde" });
    expect(outcome.findings).toEqual([]);
  });

  test("two changes in one table: the cumulative change on the column where it passes the limit, everywhere", async () => {
    const steps: SheetSpec = {
      name: "Wijzigingen",
      rows: [
        ["Onderdeel", "Vastgesteld", "1e wijziging", "2e wijziging"],
        ["Projectbureau", 500000, -12000, -10000],
        ["Netwerk", 100000, 12000, 10000],
        ["Totaal", { f: "SUM(B2:B3)" }, { f: "SUM(C2:C3)" }, { f: "SUM(D2:D3)" }],
      ],
    };
    const outcome = await allDoors("stappen.xlsx", await xlsx([steps]));
    expect(outcome.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["herverdeling-boven-grens@D3"]);
  });

  test("a table with a column per year, each year against its own labelled grant, everywhere", async () => {
    const years: SheetSpec = {
      name: "Jaren",
      rows: [
        ["Onderdeel", 2024, 2025],
        ["Projectbureau", 500000, 600000],
        ["Ketens", 4247850, 4247850],
        ["Totaal", { f: "SUM(B2:B3)" }, { f: "SUM(C2:C3)" }],
      ],
      cells: { A8: "Toekenning 2024", B8: 4747850, A9: "Toekenning 2025", B9: 4800000 },
    };
    const outcome = await allDoors("jaren.xlsx", await xlsx([years]));
    expect(outcome.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["boven-toekenning@C4"]);
    expect(outcome.findings[0].message).toContain("toekenning 2025");
  });

  test("a vastgestelde begroting stored as a sheet of the workbook, everywhere", async () => {
    const adopted = begrotingSheet({ name: "Vastgesteld", header: ["Onderdeel", "Vastgesteld"] });
    const current = begrotingSheet({
      name: "Actueel",
      amounts: [620000, 500000, 1880000, 480000, 17850, 200000, 500000, 100000, 450000],
    });
    const state = { ...storedState({}), vastgesteld: { kind: "blad" as const, sheet: "Vastgesteld" } };
    const outcome = await allDoors("vastgesteld-blad.xlsx", await xlsx([adopted, current, stateSheet(state)]));
    expect(outcome.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([
      "herverdeling-boven-grens@Actueel!B2",
    ]);
  });

  test("a vastgestelde begroting kept from a file, everywhere, and the same as iza-controle --vastgesteld", async () => {
    const checked = begrotingSheet({
      name: "Actueel",
      amounts: [620000, 500000, 1880000, 480000, 17850, 200000, 500000, 100000, 450000],
    });
    const vastgesteldBytes = await xlsx([begrotingSheet({ name: "GUP", header: ["Onderdeel", "Vastgesteld"] })]);
    const vastgesteldFile = path.join(dir, "vastgesteld.xlsx");
    writeFileSync(vastgesteldFile, vastgesteldBytes);
    // What the pane keeps after a file was chosen: the onderdelen as read from it.
    const kept = checkWithPolicy(await readXlsx(await xlsx([checked]), "a.xlsx"), {
      source: "sessie",
      vastgesteld: { kind: "werkmap", model: await readXlsx(vastgesteldBytes, "vastgesteld.xlsx") },
    }).state;
    expect(kept.vastgesteld?.kind).toBe("vast");
    const outcome = await allDoors("vastgesteld-bewaard.xlsx", await xlsx([checked, stateSheet(kept)]));
    expect(outcome.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([
      "herverdeling-boven-grens@Actueel!B2",
    ]);
    // The command line with the file itself gives the same findings on the workbook without stored state.
    const plain = path.join(dir, "actueel.xlsx");
    writeFileSync(plain, await xlsx([checked]));
    let stdout = "";
    await main(["--json", "--vastgesteld", vastgesteldFile, plain], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
    });
    expect(JSON.parse(stdout).files[0].findings).toEqual(outcome.findings);
  });
});

describe("the new kinds of table, through every door", () => {
  test("a register over its begroting, with a 10% limit stored: the Kerngroep decision that needed the PhO, everywhere", async () => {
    const register = registerSheet([
      [{ v: 45337, fmt: "dd-mm-yyyy" }, "Onderdeel 2", "Monitoring en evaluatie", 6000, "Kerngroep 15-02-2024"],
      ["12 maart 2024", "Onderdeel 1", "Monitoring en evaluatie", 5000, "KG-2024-03"],
      ["01-04-2024", "Reserve", "Onderdeel 4", 1000, "PhO"],
    ]);
    const begroting = begrotingNaWijzigingSheet(
      begroting2024After([
        [1, 7, 6000],
        [0, 7, 5000],
      ]),
    );
    const bytes = await xlsx([begroting, register, stateSheet(storedState({ maxHerverdeling: new Dec("0.1") }))]);
    const outcome = await allDoors("register.xlsx", bytes);
    expect(outcome.tables).toEqual(["Begroting!A1:C11 herverdeling", "Register!A1:E4 register"]);
    expect(outcome.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([
      // the Reserve's 1.000 for onderdeel 4 is in the register, not in the begroting
      "register-wijkt-af@Begroting!C5",
      "herverdeling-boven-grens@Begroting!C9",
      "besluit-bevoegdheid@Register!D3",
      "onbekend-onderdeel@Register!B4",
    ]);
    expect(outcome.findings[2].message).toMatch(
      /cumulatief \(besluiten van 15-02-2024 en 12-03-2024\): .*6\.000,00 en .*5\.000,00 samen \+11,0% van .*100\.000,00 \(grens 10%\)/,
    );
  });

  test("a SiSa-verrekening written as 'Na te betalen': the sign, the fout and the total, everywhere", async () => {
    const sheet = verantwoordingSheet({
      headers: ["Gemeente", "Uitbetaald", "Verantwoord", "Na te betalen"],
      accounted: { 4: 40500 },
      settlement: { 7: 2000 },
    });
    const outcome = await allDoors("sisa.xlsx", await xlsx([sheet]));
    expect(outcome.tables).toEqual(["SiSa 2024!A1:D16 verantwoording"]);
    expect(outcome.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "verantwoord-boven-overgemaakt@C6",
      "verrekening-klopt-niet@D9",
      "verrekening-totaal@D16",
    ]);
    expect(outcome.findings[1].message).toMatch(/positief is wat Venlo nabetaalt, volgens de kolomkop/);
  });
});

describe("the formula checks agree through every door", () => {
  test("a Totaal that adds up by accident while its formula leaves a line out", async () => {
    const amounts = BEGROTING_2024.map(([, amount], i) => (i === 8 ? 0 : amount));
    const outcome = await allDoors("som.xlsx", await xlsx([begrotingSheet({ amounts, total: { f: "SUM(B2:B9)" } })]));
    expect(outcome.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["onder-toekenning@B11", "som-mist-regel@B11"]);
    expect(outcome.findings[1].message).toMatch(
      /^Totaal =SOM\(B2:B9\) telt rij 10 .* de juiste formule is =SOM\(B2:B10\)$/,
    );
  });

  test("a Verschil typed over its formula with the right number, and a defined name in a formula", async () => {
    const rows: SheetSpec["rows"] = [["Onderdeel", "Begroting 2024 (€)", "Realisatie 2024 (€)", "Verschil (€)"]];
    const lines: [string, number, number][] = [
      ["Projectbureau", 500000, 480000],
      ["Netwerksamenwerking", 500000, 500000],
      ["Ketenaanpakken", 2000000, 1900000],
      ["Monitoring", 100000, 100000],
    ];
    lines.forEach(([name, b, c], i) => rows.push([name, b, c, i === 2 ? 100000 : { f: `B${i + 2}-C${i + 2}` }]));
    rows.push(["Totaal", { f: "SUM(Begroot)", v: 3100000 }, { f: "SUM(C2:C5)" }, { f: "SUM(D2:D5)" }]);
    const workbook = buildWorkbook([{ name: "Realisatie", rows }]);
    workbook.definedNames.add("Realisatie!$B$2:$B$4", "Begroot");
    const outcome = await allDoors("verschil.xlsx", await toBytes(workbook));
    // the name Begroot (B2:B4) leaves out line 5, which the value of the total does not show
    expect(outcome.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "inconsistente-formule@D4",
      "som-mist-regel@B6",
      "onderbesteding@C6",
    ]);
  });

  test("a hidden line whose amount counts in the total", async () => {
    const outcome = await allDoors("verborgen.xlsx", await xlsx([{ ...begrotingSheet(), hiddenRows: [6] }]));
    expect(outcome.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["verborgen-regel@B6"]);
  });

  test("a cycle through a second sheet", async () => {
    const begroting = begrotingSheet();
    begroting.rows![5][1] = { f: "Hulp!A1", v: BEGROTING_2024[4][1] };
    const hulp: SheetSpec = { name: "Hulp", rows: [[{ f: "Begroting!B11/2", v: 1 }]] };
    const outcome = await allDoors("kring.xlsx", await xlsx([begroting, hulp]));
    expect(outcome.findings.filter((f) => f.rule === "kringverwijzing").map((f) => f.cell)).toEqual(["B6", "B11"]);
  });
});
