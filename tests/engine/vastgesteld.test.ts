/** §2 of issue 16: the vastgestelde begroting as a file or sheet of its own, through the check policy. */
import { Dec } from "../../src/core/decimal";
import { formatEuro, formatEuroChange, formatLimit, formatPercent } from "../../src/core/format";
import { checkWithPolicy, CheckOverrides } from "../../src/core/policy";
import { stateFromRows, stateToRows } from "../../src/core/stored-state";
import { VastgesteldeBegroting } from "../../src/core/vastgesteld";
import { phoNote } from "../../src/core/labels";
import {
  CellSpec,
  BEGROTING_2024,
  begrotingSheet,
  modelFromSpecs,
  SheetSpec,
  stateSheet,
  storedState,
} from "../support/workbooks";

const euro = (n: number) => formatEuro(new Dec(n));
const change = (n: number) => formatEuroChange(new Dec(n));
const percent = (f: string) => formatPercent(new Dec(f));
const limit = formatLimit(new Dec("0.2"));
// these tables are changed begrotingen, no proposals: the PhO-question is whether it decided
const PHO = phoNote(false);

/** The vastgestelde begroting 2024 of the GUP, as a file of its own. */
const vastgesteldFile = modelFromSpecs(
  [begrotingSheet({ name: "Begroting 2024", header: ["Onderdeel", "Vastgesteld"] })],
  "vastgesteld.xlsx",
);
const fromFile: CheckOverrides = { source: "opdrachtregel", vastgesteld: { kind: "werkmap", model: vastgesteldFile } };

/** A begroting "Onderdeel | Begroting" with these rows and a Totaal row; the amount of row i is in B(i+2). */
function begroting(rows: [string, number][], name = "Begroting"): SheetSpec {
  const last = rows.length + 1;
  return {
    name,
    rows: [["Onderdeel", "Begroting"], ...rows, ["Totaal", { f: `SUM(B2:B${last})` }]] as CellSpec[][],
  };
}

/** The GUP's lines as a gemeente writes them: numbered, short, in other case; amounts as adopted. */
const WRITTEN: [string, number][] = [
  ["1. Projectbureau", 500000],
  ["uitvoeringskosten  onderdeel 2 (netwerksamenwerking)", 500000],
  ["Onderdeel 3", 2000000],
  ["4 Steunpunten", 480000],
  ["Uitvoeringskosten onderdeel 5 (E-health, anonieme zorg etc.)", 17850],
  ["6. Regioplan", 200000],
  ["6. Aanvullende plannen", 500000],
  ["Monitoring en evaluatie", 100000],
  ["Vergoeding inzet individuele gemeenten", 450000],
];

function check(rows: [string, number][], overrides: CheckOverrides = fromFile) {
  return checkWithPolicy(modelFromSpecs([begroting(rows)]), overrides);
}
const of = (result: ReturnType<typeof check>, rule?: string) =>
  result.findings.filter((f) => !rule || f.rule === rule).map((f) => [f.rule, f.cell, f.message]);

describe("a begroting against the vastgestelde begroting of another file", () => {
  it("the same begroting written differently: no findings, and each label says how it matched", () => {
    const result = check(WRITTEN);
    expect(of(result)).toEqual([]);
    expect(result.vastgesteld?.begroting).toMatchObject({
      workbook: "vastgesteld.xlsx",
      sheet: "Begroting 2024",
      range: "A1:B11",
      column: "Vastgesteld",
    });
    expect(result.vastgesteld?.from).toBe("opdrachtregel");
    const [comparison] = result.vastgesteld!.comparisons;
    expect(comparison).toMatchObject({ sheet: "Begroting", range: "A1:B11", unmatched: [] });
    expect(comparison.matches.map((m) => [m.reference, m.how])).toEqual([
      [0, "nummer"],
      [1, "schrijfwijze"],
      [2, "nummer"],
      [3, "nummer"],
      [4, "gelijk"],
      [5, "omschrijving"],
      [6, "omschrijving"],
      [7, "gelijk"],
      [8, "omschrijving"],
    ]);
  });

  it("beyond the limit from the vastgesteld amount: herverdeling-boven-grens on the amount, naming the match", () => {
    const rows = WRITTEN.map(([l, a], i): [string, number] => [l, i === 0 ? 620000 : i === 2 ? 1880000 : a]);
    expect(of(check(rows), "herverdeling-boven-grens")).toEqual([
      [
        "herverdeling-boven-grens",
        "B2",
        `"1. Projectbureau": ${change(120000)} is ${percent("0.24")} van ${euro(500000)} (grens ${limit}) ten opzichte van de vastgestelde begroting ("Uitvoeringskosten onderdeel 1 (Projectbureau, incl. communicatie, regionale bijeenkomsten en overige kosten en programmamanager GGD pijler 1)", zelfde onderdeelnummer); ${PHO}`,
      ],
    ]);
    // Exactly 20% is the Kerngroep's.
    const twenty = WRITTEN.map(([l, a], i): [string, number] => [l, i === 0 ? 600000 : i === 2 ? 1900000 : a]);
    expect(of(check(twenty))).toEqual([]);
  });

  it("a row that matches no onderdeel counts as vastgesteld 0: any amount needs the PhO", () => {
    const rows: [string, number][] = [...WRITTEN.slice(0, 8), ["Valpreventie extra", 10000], WRITTEN[8]];
    rows[2] = ["Onderdeel 3", 1990000];
    expect(of(check(rows), "herverdeling-boven-grens")).toEqual([
      [
        "herverdeling-boven-grens",
        "B10",
        `"Valpreventie extra" staat niet in de vastgestelde begroting: ${change(10000)} op een vastgesteld bedrag van ${euro(0)}; elke wijziging hiervan vraagt een besluit van de PhO`,
      ],
    ]);
  });

  it("an onderdeel that disappeared: onderdeel-verdwenen on the Totaal cell", () => {
    const rows = WRITTEN.filter((_, i) => i !== 7).map(([l, a], i): [string, number] => [l, i === 0 ? 600000 : a]);
    expect(of(check(rows))).toEqual([
      [
        "onderdeel-verdwenen",
        "B10",
        `"Monitoring en evaluatie" (vastgesteld ${euro(100000)}) staat niet in deze begroting: ${change(-100000)} is ${percent("1")} van ${euro(100000)} (grens ${limit}); ${PHO} Staat het er onder een andere naam, geef het dan de naam uit de vastgestelde begroting`,
      ],
    ]);
  });

  it("onderdeel 6 without its description matches neither line: both are reported", () => {
    const rows: [string, number][] = [...WRITTEN.slice(0, 5), ["Onderdeel 6", 700000], ...WRITTEN.slice(7)];
    const result = check(rows);
    expect(of(result).map(([rule, cell]) => `${rule}@${cell}`)).toEqual([
      "herverdeling-boven-grens@B7",
      "onderdeel-verdwenen@B10",
      "onderdeel-verdwenen@B10",
    ]);
    expect(result.vastgesteld!.comparisons[0].unmatched).toEqual([BEGROTING_2024[5][0], BEGROTING_2024[6][0]]);
  });

  it("the total above the total vastgesteld: herverdeling-boven-budget on the Totaal cell", () => {
    const rows = WRITTEN.map(([l, a], i): [string, number] => [l, i === 1 ? 550000 : a]);
    expect(of(check(rows), "herverdeling-boven-budget")).toEqual([
      [
        "herverdeling-boven-budget",
        "B11",
        `Totaal ${euro(4797850)} is ${euro(50000)} boven het plafond van ${euro(4747850)} (het totaal van de vastgestelde begroting)`,
      ],
    ]);
  });

  it("without a vastgestelde begroting nothing of this is checked", () => {
    const rows = WRITTEN.map(([l, a], i): [string, number] => [l, i === 0 ? 620000 : i === 2 ? 1880000 : a]);
    const result = checkWithPolicy(modelFromSpecs([begroting(rows)]));
    expect(of(result)).toEqual([]);
    expect(result.vastgesteld).toBeUndefined();
  });

  it("a table with a column per year is compared in the column of the vastgestelde begroting's year only", () => {
    const years = (headers: CellSpec[]): SheetSpec => ({
      name: "Jaren",
      rows: [
        ["Onderdeel", ...headers],
        ...WRITTEN.map(([l, a]) => [l, a, a * 2]),
        ["Totaal", { f: "SUM(B2:B10)" }, { f: "SUM(C2:C10)" }],
      ],
    });
    // The vastgestelde begroting names no year: which year's column would it be? None is compared.
    const none = checkWithPolicy(modelFromSpecs([years([2024, 2025])]), fromFile);
    expect(none.vastgesteld?.comparisons).toEqual([]);
    // Adopted as "Vastgesteld 2025": the 2025 column, where every amount is doubled.
    const adopted2025 = modelFromSpecs([begrotingSheet({ header: ["Onderdeel", "Vastgesteld 2025"] })], "2025.xlsx");
    const result = checkWithPolicy(modelFromSpecs([years([2024, 2025])]), {
      source: "opdrachtregel",
      vastgesteld: { kind: "werkmap", model: adopted2025 },
    });
    expect(result.vastgesteld?.begroting?.year).toBe(2025);
    expect(of(result).map(([rule, cell]) => `${rule}@${cell}`)).toContain("herverdeling-boven-grens@C2");
    expect(of(result).every(([, cell]) => String(cell).startsWith("C"))).toBe(true);
  });

  it("a file without a begroting: no comparison, and the reason", () => {
    const empty = modelFromSpecs([{ name: "Blad1", rows: [["Iets anders"]] }], "leeg.xlsx");
    const result = check(WRITTEN, { source: "opdrachtregel", vastgesteld: { kind: "werkmap", model: empty } });
    expect(result.vastgesteld?.problem).toBe(
      "geen begroting gevonden in 'leeg.xlsx': een tabel met een kolom Onderdeel en een kolom Begroting of Vastgesteld",
    );
    expect(of(result)).toEqual([]);
  });
});

describe("a sheet of the same workbook as the vastgestelde begroting, kept in the workbook", () => {
  const adopted = begrotingSheet({ name: "Vastgesteld", header: ["Onderdeel", "Vastgesteld"] });
  const current = begroting(
    WRITTEN.map(([l, a], i): [string, number] => [l, i === 0 ? 620000 : i === 2 ? 1880000 : a]),
    "Actueel",
  );

  it("stored as a sheet: the other begroting tables are compared, the sheet itself is not", () => {
    const state = { ...storedState({}), vastgesteld: { kind: "blad" as const, sheet: "Vastgesteld" } };
    const result = checkWithPolicy(modelFromSpecs([adopted, current, stateSheet(state)]));
    expect(result.vastgesteld).toMatchObject({
      from: "werkmap",
      begroting: { workbook: "Werkmap.xlsx", sheet: "Vastgesteld" },
    });
    expect(result.vastgesteld!.comparisons.map((c) => c.sheet)).toEqual(["Actueel"]);
    expect(of(result).map(([rule, cell]) => `${rule}@${cell}`)).toEqual(["herverdeling-boven-grens@B2"]);
    expect(result.findings[0].sheet).toBe("Actueel");
    expect(result.state.vastgesteld).toEqual({ kind: "blad", sheet: "Vastgesteld" });
  });

  it("a stored sheet that is gone: the reason, no comparison", () => {
    const state = { ...storedState({}), vastgesteld: { kind: "blad" as const, sheet: "Weg" } };
    const result = checkWithPolicy(modelFromSpecs([current, stateSheet(state)]));
    expect(result.vastgesteld?.problem).toBe('het blad "Weg" bestaat niet (meer) in deze werkmap');
  });

  it("taken away for a session (the pane outside Excel): none is used, whatever the file stores", () => {
    const state = { ...storedState({}), vastgesteld: { kind: "blad" as const, sheet: "Vastgesteld" } };
    const model = modelFromSpecs([adopted, current, stateSheet(state)]);
    const result = checkWithPolicy(model, { source: "sessie", vastgesteld: null });
    expect(result.vastgesteld).toBeUndefined();
    expect(result.state.vastgesteld).toBeUndefined();
    expect(of(result, "herverdeling-boven-grens")).toEqual([]);
    // Without the override the stored choice applies again.
    expect(checkWithPolicy(model).state.vastgesteld).toEqual({ kind: "blad", sheet: "Vastgesteld" });
  });

  it("a file read now is kept as its onderdelen and amounts; stored, it gives the same findings", () => {
    const first = checkWithPolicy(modelFromSpecs([current]), fromFile);
    expect(first.state.vastgesteld?.kind).toBe("vast");
    const rows = stateToRows(first.state);
    const again = stateFromRows(rows);
    expect(again.vastgesteld).toEqual(first.state.vastgesteld);
    const stored = checkWithPolicy(modelFromSpecs([current, stateSheet(again)]));
    expect(stored.findings).toEqual(first.findings);
    expect(stored.vastgesteld?.from).toBe("werkmap");
  });

  it("the stored form is one row: sleutel vastgesteld, JSON", () => {
    const begrotingKept: VastgesteldeBegroting = {
      workbook: "v.xlsx",
      sheet: "B",
      range: "A1:B3",
      column: "Vastgesteld 2024",
      year: 2024,
      onderdelen: [{ label: "Projectbureau", amount: new Dec("500000.5"), cell: "B2" }],
    };
    const rows = stateToRows({ ...storedState({}), vastgesteld: { kind: "vast", begroting: begrotingKept } });
    const row = rows.find((r) => r[0] === "vastgesteld")!;
    expect(JSON.parse(row[1])).toEqual({
      kind: "vast",
      workbook: "v.xlsx",
      sheet: "B",
      range: "A1:B3",
      column: "Vastgesteld 2024",
      year: 2024,
      onderdelen: [["Projectbureau", "500000.5", "B2"]],
    });
    expect(stateFromRows([["vastgesteld", "{kapot"]]).vastgesteld).toBeUndefined();
  });
});
