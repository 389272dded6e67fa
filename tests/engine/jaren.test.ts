/** §5 of issue 16: a begroting or realisatie with a column per year, each year against its own grant. */
import { Dec } from "../../src/core/decimal";
import { runEngine } from "../../src/core/engine";
import { formatEuro } from "../../src/core/format";
import { grantSourceText } from "../../src/core/sources";
import { CellSpec, modelFromSpecs, SheetSpec } from "../support/workbooks";

const euro = (n: number) => formatEuro(new Dec(n));

/** "Onderdeel | <headers>" with three onderdelen and a Totaal row; the amounts per onderdeel per column. */
function table(headers: CellSpec[], amounts: number[][], extra: Record<string, CellSpec> = {}): SheetSpec {
  const letters = "BCDEFGHI";
  const labels = ["Projectbureau", "Ketenaanpakken", "Regioplan"];
  return {
    name: "Meerjarig",
    rows: [
      ["Onderdeel", ...headers],
      ...labels.map((label, r) => [label, ...amounts.map((column) => column[r])]),
      ["Totaal", ...headers.map((_, c) => ({ f: `SUM(${letters[c]}2:${letters[c]}4)` }))],
    ] as CellSpec[][],
    cells: extra,
  };
}

const run = (sheet: SheetSpec, toekenning?: number) =>
  runEngine(modelFromSpecs([sheet]), toekenning ? { toekenning: new Dec(toekenning) } : {});
const of = (result: ReturnType<typeof run>, rule?: string) =>
  result.findings.filter((f) => !rule || f.rule === rule).map((f) => [f.rule, f.cell, f.message]);

/** A year's begroting that is exactly the grant: € 4.747.850. */
const FULL = [500000, 3747850, 500000];

describe("a column per year", () => {
  it("years typed as numbers are a header beside Onderdeel, and each column keeps its year", () => {
    const result = run(table([2023, 2024, 2025, 2026], [FULL, FULL, FULL, FULL]));
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].kind).toBe("begroting");
    expect(result.tables[0].columns.map((c) => [c.role, c.year])).toEqual([
      ["label", undefined],
      ["planned", 2023],
      ["planned", 2024],
      ["planned", 2025],
      ["planned", 2026],
    ]);
    expect(of(result)).toEqual([]);
  });

  it("years as text, and headers that name a year: Begroting 2024, Realisatie 2025", () => {
    const result = run(
      table(["Begroting 2024", "Realisatie 2024", "Begroting 2025", "Realisatie 2025"], [FULL, FULL, FULL, FULL]),
    );
    expect(result.tables[0].kind).toBe("realisatie");
    expect(result.tables[0].columns.map((c) => c.year)).toEqual([undefined, 2024, 2024, 2025, 2025]);
  });

  it("a row of years without a label header is data, not a header", () => {
    const result = run({
      name: "Data",
      rows: [
        ["x", 2023, 2024],
        ["y", 100, 200],
      ],
    });
    expect(result.tables).toEqual([]);
  });
});

describe("each year against that year's grant", () => {
  it("a year above its grant: boven-toekenning names the year; the other years stay quiet", () => {
    const over = [600000, 3747850, 500000];
    expect(of(run(table(["2023", "2024", "2025"], [FULL, FULL, over])))).toEqual([
      [
        "boven-toekenning",
        "D5",
        `Totaal begroting 2025 ${euro(4847850)} is ${euro(100000)} hoger dan de beschikbare toekenning 2025 van ${euro(4747850)}`,
      ],
    ]);
  });

  it("a labelled grant per year, beside or below its label; a year no cell names takes the setting", () => {
    const sheet = table(["2024", "2025", "2026"], [FULL, [600000, 3747850, 500000], [600000, 3747850, 500000]], {
      A10: "Toekenning 2024",
      B10: 4747850,
      A12: "SPUK IZA 2025",
      A13: 5000000,
    });
    const result = run(sheet);
    expect(of(result)).toEqual([
      [
        "onder-toekenning",
        "C5",
        `Niet begroot in 2025: ${euro(152150)} van de toekenning 2025 van ${euro(5000000)} (totaal begroting 2025 ${euro(4847850)})`,
      ],
      [
        "boven-toekenning",
        "D5",
        `Totaal begroting 2026 ${euro(4847850)} is ${euro(100000)} hoger dan de beschikbare toekenning 2026 van ${euro(4747850)}`,
      ],
    ]);
    // Each year's grant: 2024 and 2025 from their cells, 2026 from the setting.
    expect(grantSourceText(result.grant.source)).toBe("cel Meerjarig!B10");
    expect(result.yearGrants?.map((y) => [y.year, y.grant.amount.toString(), grantSourceText(y.grant.source)])).toEqual(
      [
        [2024, "4747850", "cel Meerjarig!B10"],
        [2025, "5000000", "cel Meerjarig!A13"],
        [2026, "4747850", "standaardwaarde"],
      ],
    );
  });

  it("a labelled grant without a year is every year's grant", () => {
    const sheet = table(["2024", "2025"], [FULL, FULL], { A10: "Beschikbaar per jaar", B10: 4000000 });
    const result = run(sheet);
    expect(of(result, "boven-toekenning").map((f) => f[1])).toEqual(["B5", "C5"]);
    expect(result.yearGrants).toBeUndefined();
  });

  it("a column of several years is held against no one year's grant", () => {
    const sheet = table(["2024", "2025", "Totaal begroting 2024-2025"], [FULL, FULL, FULL.map((a) => a * 2)]);
    const result = run(sheet);
    expect(result.tables[0].columns[3]).toMatchObject({ role: "planned", yearSpan: true });
    expect(of(result)).toEqual([]);
  });

  it("a single year keeps today's messages, without the year", () => {
    const over = [600000, 3747850, 500000];
    expect(of(run(table(["Begroting 2024"], [over])))[0][2]).toBe(
      `Totaal begroting ${euro(4847850)} is ${euro(100000)} hoger dan de beschikbare toekenning van ${euro(4747850)}`,
    );
  });

  it("a column of 2025 is not held against a cell that names 2024", () => {
    const sheet = table(["Begroting 2025"], [[600000, 3747850, 500000]], { A10: "Toekenning 2024", B10: 5000000 });
    const result = run(sheet);
    expect(of(result, "boven-toekenning")).toHaveLength(1);
    expect(result.yearGrants?.map((y) => [y.year, grantSourceText(y.grant.source)])).toEqual([
      [2025, "standaardwaarde"],
    ]);
  });
});

describe("onderbesteding per year, never offset against another year", () => {
  it("2024 under and 2025 over its begroting: onderbesteding 2024, and 2025 above begroot, each on its own", () => {
    const result = run(
      table(
        ["Begroting 2024", "Realisatie 2024", "Begroting 2025", "Realisatie 2025"],
        [FULL, [400000, 3747850, 500000], FULL, [600000, 3747850, 500000]],
      ),
    );
    expect(of(result)).toEqual([
      [
        "realisatie-boven-begroting",
        "E2",
        `Realisatie 2025 ${euro(600000)} is ${euro(100000)} hoger dan begroot (${euro(500000)}) bij "Projectbureau"`,
      ],
      [
        "onderbesteding",
        "C5",
        `Onderbesteding 2024 ${euro(100000)}: gerealiseerd ${euro(4647850)} van begroot ${euro(4747850)} in 2024; dit deel van de SPUK IZA 2024 is terug te betalen aan VWS en gaat niet over naar een ander jaar`,
      ],
      [
        "boven-toekenning",
        "E5",
        `Totaal realisatie 2025 ${euro(4847850)} is ${euro(100000)} hoger dan de beschikbare toekenning 2025 van ${euro(4747850)}`,
      ],
      [
        "realisatie-boven-begroting",
        "E5",
        `Totaal realisatie 2025 ${euro(4847850)} is ${euro(100000)} hoger dan begroot (${euro(4747850)})`,
      ],
    ]);
  });

  it("a Verschil per year is checked against that year's columns", () => {
    const result = run(
      table(
        ["Begroting 2024", "Realisatie 2024", "Verschil 2024", "Begroting 2025", "Realisatie 2025", "Verschil 2025"],
        [FULL, FULL, [0, 0, 0], FULL, [400000, 3747850, 500000], [100000, 0, 0]],
      ),
    );
    expect(of(result, "verschil-klopt-niet")).toEqual([]);
    expect(of(result, "onderbesteding").map((f) => f[1])).toEqual(["F5"]);
  });
});
