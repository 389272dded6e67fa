/**
 * The six formula rules: each trips on its case and stays quiet on the right formulas — a total
 * over exactly its lines, SUBTOTAL totals, a Totaal over subtotals and the lines below them, a
 * total written as =B2+B3+…, absolute and mixed references, a computed column with a header row
 * formula, percentages, a formula that uses 100 to make a percentage. Expected texts are made with
 * the core's own formatters, so a change of their output (issue 14) does not break them.
 */
import { checkWorkbook, CheckResult } from "../../src/core/engine";
import { Dec } from "../../src/core/decimal";
import { formatEuro } from "../../src/core/format";
import { quote } from "../../src/core/text";
import { BEGROTING_2024, begrotingSheet, CellSpec, modelFromSpecs, SheetSpec } from "../support/workbooks";
import { check } from "./helpers";

const FORMULA_RULES = [
  "som-mist-regel",
  "kringverwijzing",
  "inconsistente-formule",
  "vaste-waarde-in-formule",
  "verborgen-regel",
  "verwijzing-naar-lege-cel",
];

function run(sheets: SheetSpec | SheetSpec[]): CheckResult {
  return checkWorkbook(modelFromSpecs(Array.isArray(sheets) ? sheets : [sheets]));
}

/** "rule@cell" of the formula rules' findings. */
function formulaFindings(result: CheckResult): string[] {
  return result.findings.filter((f) => FORMULA_RULES.includes(f.rule)).map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
}

function message(result: CheckResult, rule: string, cell: string): string {
  const found = result.findings.filter((f) => f.rule === rule && f.cell === cell);
  expect(found).toHaveLength(1);
  return found[0].message;
}

/** How the messages name a line of the begroting (rows 2–10): `rij 6 ("Uitvoeringskosten …")`. */
const line = (row: number) => `rij ${row} (${quote(BEGROTING_2024[row - 2][0], 50)})`;
const label = (row: number) => `${row} (${quote(BEGROTING_2024[row - 2][0], 50)})`;

describe("som-mist-regel", () => {
  test.each([
    "SUM(B2:B10)",
    "SUBTOTAL(9,B2:B10)",
    "SUBTOTAL(109,B2:B10)",
    "B2+B3+B4+B5+B6+B7+B8+B9+B10",
    "SUM($B$2:$B$10)",
    "SUM(B$2:B$10)",
    "SUM(B2:B6,B7:B10)",
    "ROUND(SUM(B2:B10),2)",
    "SOM(B2:B10)",
  ])("a total over exactly its lines is quiet: =%s", (formula) => {
    expect(run(begrotingSheet({ total: { f: formula } })).findings).toEqual([]);
  });

  test("a total that adds up by accident while it leaves a line out (an amount of 0 today)", () => {
    const amounts = BEGROTING_2024.map(([, amount], i) => (i === 8 ? 0 : amount));
    const result = run(begrotingSheet({ amounts, total: { f: "SUM(B2:B9)" } }));
    // the value rules see nothing wrong: the total is the sum of the lines
    expect(result.findings.map((f) => f.rule)).toEqual(["onder-toekenning", "som-mist-regel"]);
    expect(message(result, "som-mist-regel", "B11")).toBe(
      `Totaal =SOM(B2:B9) telt ${line(10)} niet mee; de juiste formule is =SOM(B2:B10)`,
    );
  });

  test("a total written as =B2+B3+… that skips a line, and one that counts a line twice", () => {
    const skips = run(begrotingSheet({ total: { f: "B2+B3+B4+B5+B7+B8+B9+B10" } }));
    expect(message(skips, "som-mist-regel", "B11")).toBe(
      `Totaal =B2+B3+B4+B5+B7+B8+B9+B10 telt ${line(6)} niet mee; de juiste formule is =SOM(B2:B10)`,
    );
    const twice = run(begrotingSheet({ total: { f: "SUM(B2:B10)+B5" } }));
    expect(message(twice, "som-mist-regel", "B11")).toBe(
      `Totaal =SOM(B2:B10)+B5 telt ${line(5)} dubbel; de juiste formule is =SOM(B2:B10)`,
    );
  });

  test("a total that counts the header, or a number that is no line of its table", () => {
    const header = run(begrotingSheet({ total: { f: "SUM(B1:B10)" } }));
    expect(message(header, "som-mist-regel", "B11")).toBe(
      "Totaal =SOM(B1:B10) telt de kopregel (rij 1) mee; de juiste formule is =SOM(B2:B10)",
    );
    const sheet = begrotingSheet({ at: "A3", total: { f: "SUM(B2:B12)" } });
    sheet.cells = { A2: "Versie", B2: 3 };
    const foreign = run(sheet);
    expect(message(foreign, "som-mist-regel", "B13")).toBe(
      "Totaal =SOM(B2:B12) telt de kopregel (rij 3) mee en cel B2 mee, die geen regel van de tabel is; de juiste formule is =SOM(B4:B12)",
    );
  });

  /** A begroting with groups: lines 2–4, Subtotaal A (5), lines 6–8, Subtotaal B (9), a loose line 10, Totaal (11). */
  function grouped(sub1: string, sub2: string, total: string, hiddenRows?: number[]): SheetSpec {
    const rows: CellSpec[][] = [["Post", "Begroting 2024"]];
    const amounts = [100000, 200000, 300000, 0, 50000, 150000, 25000];
    const labels = ["Projectleider", "Secretariaat", "Communicatie", "", "Training", "Materialen", "Onvoorzien"];
    let k = 0;
    for (let row = 2; row <= 10; row++) {
      if (row === 5) rows.push(["Subtotaal personeel", { f: sub1 }]);
      else if (row === 9) rows.push(["Subtotaal activiteiten", { f: sub2 }]);
      else {
        rows.push([row === 6 ? "Activiteiten:" : labels[k], row === 6 ? null : amounts[k]]);
        k++;
      }
    }
    rows.push(["Totaal", { f: total }]);
    return { name: "Begroting", rows, hiddenRows };
  }

  test.each([
    ["the sum of the subtotals and the loose line", "SUM(B2:B4)", "SUM(B6:B8)", "B5+B9+B10"],
    ["SUM over the subtotals", "SUM(B2:B4)", "SUM(B7:B8)", "SUM(B5,B9,B10)"],
    [
      "one SUBTOTAL over everything, the subtotals SUBTOTAL too",
      "SUBTOTAL(9,B2:B4)",
      "SUBTOTAL(9,B6:B8)",
      "SUBTOTAL(9,B2:B10)",
    ],
    ["SUBTOTAL 109 throughout", "SUBTOTAL(109,B2:B4)", "SUBTOTAL(109,B7:B8)", "SUBTOTAL(109,B2:B10)"],
  ])("a Totaal over subtotals is quiet: %s", (_name, sub1, sub2, total) => {
    expect(run(grouped(sub1, sub2, total)).findings).toEqual([]);
  });

  test("a SUM over the subtotals and their own lines counts every line twice; the right formula adds the subtotals", () => {
    const result = run(grouped("SUM(B2:B4)", "SUM(B7:B8)", "SUM(B2:B10)"));
    expect(formulaFindings(result)).toEqual(["som-mist-regel@Begroting!B11"]);
    expect(message(result, "som-mist-regel", "B11")).toBe(
      'Totaal =SOM(B2:B10) telt de rijen 2 ("Projectleider"), 3 ("Secretariaat"), 4 ("Communicatie") en nog 2 dubbel; de juiste formule is =SOM(B5;B9;B10)',
    );
  });

  test("a SUBTOTAL over SUM subtotals counts them: the right formula is SUBTOTAAL over the subtotals", () => {
    const result = run(grouped("SUM(B2:B4)", "SUM(B7:B8)", "SUBTOTAL(9,B2:B10)"));
    expect(message(result, "som-mist-regel", "B11")).toMatch(/dubbel; de juiste formule is =SUBTOTAAL\(9;B5;B9;B10\)$/);
  });

  test("a subtotal that leaves out the line above it: named once, on the subtotal", () => {
    const result = run(grouped("SUM(B2:B4)", "SUM(B7:B7)", "B5+B9+B10"));
    expect(formulaFindings(result)).toEqual(["som-mist-regel@Begroting!B9"]);
    expect(message(result, "som-mist-regel", "B9")).toBe(
      'Subtotaal =SOM(B7:B7) telt rij 8 ("Materialen") niet mee; de juiste formule is =SOM(B7:B8)',
    );
  });

  test("SUBTOTAL 109 leaves a hidden line out: som-mist-regel says so, and the hidden line does not count", () => {
    const result = run(grouped("SUBTOTAL(109,B2:B4)", "SUBTOTAL(109,B7:B8)", "SUBTOTAL(109,B2:B10)", [3]));
    expect(formulaFindings(result)).toEqual(["som-mist-regel@Begroting!B5"]);
    expect(message(result, "som-mist-regel", "B5")).toBe(
      'Subtotaal =SUBTOTAAL(109;B2:B4) telt verborgen rij 3 ("Secretariaat") niet mee (SUBTOTAAL 109 slaat verborgen rijen over); de juiste formule is =SUBTOTAAL(109;B2:B4)',
    );
  });

  test("a total that counts itself is a kringverwijzing, not a line left out", () => {
    const result = run(begrotingSheet({ total: { f: "SUM(B2:B11)", v: 4747850 } }));
    expect(formulaFindings(result)).toEqual(["kringverwijzing@Begroting!B11"]);
    expect(message(result, "kringverwijzing", "B11")).toBe(
      "De formule =SOM(B2:B11) telt haar eigen cel B11 mee (kringverwijzing): Excel kan haar niet uitrekenen en toont 0 of een oude uitkomst",
    );
  });

  test("from a real .xlsx file (the reader's road): the same finding", async () => {
    const result = await check(begrotingSheet({ total: { f: "SUM(B2:B9)" } }));
    expect(result.findings.filter((f) => f.rule === "som-mist-regel").map((f) => f.cell)).toEqual(["B11"]);
  });
});

describe("kringverwijzing", () => {
  test("through another sheet: on each cell of the cycle that is in a table, naming the others", () => {
    const begroting = begrotingSheet();
    begroting.rows![5][1] = { f: "'Blad 2'!A1", v: BEGROTING_2024[4][1] };
    const other: SheetSpec = { name: "Blad 2", rows: [[{ f: "Begroting!B11/2", v: 1 }]] };
    const result = run([begroting, other]);
    expect(formulaFindings(result)).toEqual(["kringverwijzing@Begroting!B6", "kringverwijzing@Begroting!B11"]);
    expect(message(result, "kringverwijzing", "B6")).toBe(
      "De formule ='Blad 2'!A1 hangt via B11 en 'Blad 2'!A1 van haar eigen uitkomst af (kringverwijzing): Excel kan haar niet uitrekenen en toont 0 of een oude uitkomst",
    );
  });

  test("running totals and references between sheets without a cycle are quiet", () => {
    const rows: CellSpec[][] = [["Onderdeel", "Begroting", "Cumulatief"]];
    BEGROTING_2024.forEach(([name, amount], i) => rows.push([name, amount, { f: `SUM($B$2:B${i + 2})` }]));
    rows.push(["Totaal", { f: "SUM(B2:B10)" }, { f: "C10" }]);
    const summary: SheetSpec = { name: "Overzicht", rows: [["Totaal", { f: "Begroting!B11", v: 4747850 }]] };
    expect(formulaFindings(run([{ name: "Begroting", rows }, summary]))).toEqual([]);
  });
});

/** A realisatie table: Onderdeel | Begroting | Realisatie | Verschil | % besteed, rows 2–6, Totaal 7. */
function realisatie(change: (rows: CellSpec[][]) => void = () => undefined): SheetSpec {
  const rows: CellSpec[][] = [["Onderdeel", "Begroting 2024 (€)", "Realisatie 2024 (€)", "Verschil (€)", "% besteed"]];
  const lines: [string, number, number][] = [
    ["Projectbureau", 500000, 480000],
    ["Netwerksamenwerking", 500000, 500000],
    ["Ketenaanpakken", 2000000, 1900000],
    ["Sociaal domein", 600000, 450000],
    ["Monitoring", 100000, 90000],
  ];
  lines.forEach(([name, b, c], i) => {
    const row = i + 2;
    rows.push([name, b, c, { f: `B${row}-C${row}` }, { f: `C${row}/B${row}`, fmt: "0.0%" }]);
  });
  rows.push(["Totaal", { f: "SUM(B2:B6)" }, { f: "SUM(C2:C6)" }, { f: "SUM(D2:D6)" }, { f: "C7/B7", fmt: "0.0%" }]);
  change(rows);
  return { name: "Realisatie", rows };
}

describe("inconsistente-formule", () => {
  test("one line computes its Verschil another way (the same value today)", () => {
    const result = run(realisatie((rows) => (rows[3][3] = { f: "-(C4-B4)" })));
    expect(formulaFindings(result)).toEqual(["inconsistente-formule@Realisatie!D4"]);
    expect(message(result, "inconsistente-formule", "D4")).toBe(
      'In kolom "Verschil" heeft rij 4 ("Ketenaanpakken") de formule =-(C4-B4), anders dan de andere regels: die rekenen hier =B4-C4',
    );
  });

  test("a Verschil typed over its formula with the right number", () => {
    const result = run(realisatie((rows) => (rows[2][3] = 0)));
    expect(result.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "inconsistente-formule@D3",
      "onderbesteding@C7",
    ]);
    expect(message(result, "inconsistente-formule", "D3")).toBe(
      `In kolom "Verschil" staat op rij 3 ("Netwerksamenwerking") een getypt getal (${formatEuro(new Dec(0))}) waar de andere regels een formule hebben: hier =B3-C3; een getypt getal volgt wijzigingen niet`,
    );
  });

  test("a typed number that is also wrong is the fout of verschil-klopt-niet only", () => {
    const result = run(realisatie((rows) => (rows[2][3] = 5000)));
    expect(result.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["verschil-klopt-niet@D3", "onderbesteding@C7"]);
  });

  test("quiet: a header row formula, absolute and mixed references, percentages with 100", () => {
    const result = run(
      realisatie((rows) => {
        rows[0][3] = { f: '"Verschil (€)"', v: "Verschil (€)" };
        rows[0][5] = "Aandeel";
        for (let row = 2; row <= 6; row++) {
          rows[row - 1][4] = { f: `C${row}/B${row}*100` };
          rows[row - 1][5] = { f: `$C${row}/C$7`, fmt: "0.0%" };
        }
        rows[6][4] = { f: "C7/B7*100" };
        rows[6][5] = { f: "SUM(F2:F6)", fmt: "0.0%" };
      }),
    );
    expect(result.findings.filter((f) => f.rule !== "onderbesteding")).toEqual([]);
  });

  test("quiet: the first line of a running balance (=B2) above =C2+B3", () => {
    const rows: CellSpec[][] = [["Onderdeel", "Bedrag (€)", "Saldo (€)"]];
    BEGROTING_2024.forEach(([name, amount], i) =>
      rows.push([name, amount, { f: i === 0 ? "B2" : `C${i + 1}+B${i + 2}` }]),
    );
    const result = run({ name: "Begroting", rows });
    expect(result.tables).toHaveLength(1);
    expect(formulaFindings(result)).toEqual([]);
    // the same column with one line that does not follow is found
    rows[5][2] = { f: "B6" };
    expect(formulaFindings(run({ name: "Begroting", rows }))).toEqual(["inconsistente-formule@Begroting!C6"]);
  });
});

describe("vaste-waarde-in-formule", () => {
  /** A herverdeling whose third Gewijzigd is a formula. */
  const herverdeling = (formula: string): SheetSpec => ({
    name: "Herverdeling",
    rows: [
      ["Onderdeel", "Vastgesteld (€)", "Gewijzigd (€)"],
      ["Projectbureau", 500000, 500000],
      ["Netwerk", 500000, 500000],
      ["Ketens", 2000000, { f: formula }],
      ["Totaal", { f: "SUM(B2:B4)" }, { f: "SUM(C2:C4)" }],
    ],
  });

  test.each([
    ["B4+5000", "het getypte bedrag 5000"],
    ["B4-250", "het getypte bedrag 250"],
    ["MAX(0,B4-1200.5)", "het getypte bedrag 1200,5"],
    ["(B4+500)*1.21", "het getypte bedrag 500"],
    ["B4+12*150-75", "de getypte bedragen 12*150 en 75"],
  ])("=%s: %s", (formula, what) => {
    const result = run(herverdeling(formula));
    expect(formulaFindings(result)).toEqual(["vaste-waarde-in-formule@Herverdeling!C4"]);
    expect(message(result, "vaste-waarde-in-formule", "C4")).toContain(` bevat ${what}: dat staat op geen regel`);
  });

  test("a Totaal =SOM(B5:B12)-250", () => {
    const result = run(begrotingSheet({ total: { f: "SUM(B2:B10)-250" } }));
    expect(message(result, "vaste-waarde-in-formule", "B11")).toBe(
      "De formule =SOM(B2:B10)-250 bevat het getypte bedrag 250: dat staat op geen regel en verandert niet mee; zet het in een eigen cel of regel en verwijs daarnaar",
    );
  });

  test.each([
    "B4*0.2",
    "B4*20%",
    "ROUND(B4*1.21,2)",
    "B4/12",
    "B4*1000/1000",
    "-B4",
    "B4*(1+0.05)",
    "IF(B4>50000,B4,0)",
    "1500*12",
    "VLOOKUP(A4,A2:B3,2,FALSE)+0",
    "SUBTOTAL(9,B4:B4)",
  ])("factors, units and arguments pass: =%s", (formula) => {
    const sheet = herverdeling(formula);
    if (formula.startsWith("VLOOKUP")) sheet.rows![3][2] = { f: formula, v: 500000 };
    expect(formulaFindings(run(sheet))).toEqual([]);
  });

  test("a formula that uses 100 to make a percentage (in a percentage column) passes", () => {
    const result = run(
      realisatie((rows) => rows.slice(1, 6).forEach((r, i) => (r[4] = { f: `C${i + 2}/B${i + 2}*100` }))),
    );
    expect(formulaFindings(result)).toEqual([]);
  });
});

describe("verborgen-regel", () => {
  test("a hidden line whose amount counts in the total, on its amount cell", () => {
    const result = run({ ...begrotingSheet(), hiddenRows: [6] });
    expect(formulaFindings(result)).toEqual(["verborgen-regel@Begroting!B6"]);
    expect(message(result, "verborgen-regel", "B6")).toBe(
      `Rij ${label(6)} is verborgen, maar het bedrag ${formatEuro(new Dec(BEGROTING_2024[4][1]))} in kolom "Bedrag" telt mee in het totaal; wie de tabel leest of afdrukt, ziet het niet`,
    );
  });

  test("quiet: a hidden row outside the table, a hidden empty line, a total with SUBTOTAL 109", () => {
    const sheet = begrotingSheet({ amounts: BEGROTING_2024.map(([, a], i) => (i === 3 ? null : a)) });
    sheet.cells = { A14: "Toelichting", B14: 12 };
    expect(formulaFindings(run({ ...sheet, hiddenRows: [5, 13, 14] }))).toEqual([]);
    const subtotal = begrotingSheet({ total: { f: "SUBTOTAL(109,B2:B10)" } });
    expect(formulaFindings(run({ ...subtotal, hiddenRows: [6] }))).toEqual(["som-mist-regel@Begroting!B11"]);
  });

  test("a hidden amount column of a table", () => {
    const result = run({ ...realisatie(), hiddenCols: [3] });
    expect(formulaFindings(result)).toEqual(["verborgen-regel@Realisatie!C2"]);
    expect(message(result, "verborgen-regel", "C2")).toMatch(
      /^Kolom C \("Realisatie 2024"\) is verborgen, maar de bedragen erin tellen mee/,
    );
  });
});

describe("verwijzing-naar-lege-cel", () => {
  const herverdeling = (formula: string, extra: SheetSpec[] = []): SheetSpec[] => [
    {
      name: "Herverdeling",
      rows: [
        ["Onderdeel", "Vastgesteld (€)", "Gewijzigd (€)", null, "Indexatie"],
        ["Projectbureau", 500000, { f: formula.replace(/#/g, "2") }],
        ["Netwerk", 500000, { f: formula.replace(/#/g, "3") }],
        ["Ketens", 2000000, { f: formula.replace(/#/g, "4") }],
        ["Totaal", { f: "SUM(B2:B4)" }, { f: "SUM(C2:C4)" }],
      ],
    },
    ...extra,
  ];

  test("a rate cell never filled in", () => {
    const result = run(herverdeling("B#*(1+$F$1)"));
    expect(formulaFindings(result)).toEqual([
      "verwijzing-naar-lege-cel@Herverdeling!C2",
      "verwijzing-naar-lege-cel@Herverdeling!C3",
      "verwijzing-naar-lege-cel@Herverdeling!C4",
    ]);
    expect(message(result, "verwijzing-naar-lege-cel", "C2")).toBe(
      "De formule =B2*(1+$F$1) verwijst naar de lege cel F1; vul die in of pas de verwijzing aan",
    );
  });

  test("an empty cell on another sheet", () => {
    const sheets = herverdeling("B#+Mutaties!B#", [
      {
        name: "Mutaties",
        rows: [
          [null, "Mutatie"],
          [null, 0],
          [null, 0],
        ],
      },
    ]);
    for (let row = 2; row <= 4; row++) sheets[0].rows![row - 1][2] = { f: `B${row}+Mutaties!B${row}`, v: 500000 };
    const result = run(sheets);
    expect(formulaFindings(result)).toEqual(["verwijzing-naar-lege-cel@Herverdeling!C4"]);
    expect(message(result, "verwijzing-naar-lege-cel", "C4")).toContain("verwijst naar de lege cel Mutaties!B4;");
  });

  test("quiet: an empty amount on a line of the table, a formula that tests for empty, a range with blanks", () => {
    const blank = realisatie((rows) => (rows[2][2] = null));
    expect(formulaFindings(run(blank))).toEqual([]);
    const tested = realisatie((rows) => {
      rows[2][2] = null;
      for (let row = 2; row <= 6; row++)
        rows[row - 1][3] = { f: `IF(C${row}="","",B${row}-C${row})`, v: row === 3 ? "" : 0 };
    });
    expect(formulaFindings(run(tested))).toEqual([]);
  });
});
