/** §1 of issue 16: several changes in one table, checked cumulatively against the vastgesteld amount. */
import { Dec } from "../../src/core/decimal";
import { classifyHeader } from "../../src/core/detect/vocabulary";
import { checkWorkbook, detectTables } from "../../src/core/engine";
import { formatEuro, formatEuroChange, formatLimit, formatPercent } from "../../src/core/format";
import { checkCumulatief } from "../../src/core/herverdeling";
import { CellSpec, modelFromSpecs } from "../support/workbooks";
import { phoNote } from "../../src/core/labels";

const euro = (n: number | string) => formatEuro(new Dec(n));
const change = (n: number | string) => formatEuroChange(new Dec(n));
const percent = (fraction: string) => formatPercent(new Dec(fraction));
const limit = formatLimit(new Dec("0.2"));
// these tables are changed begrotingen, no proposals: the PhO-question is whether it decided
const PHO = phoNote(false);

/** A table "Onderdeel | <headers…>" with rows of amounts and a Totaal row of SUM formulas. */
function sheet(headers: string[], rows: [string, ...(number | null)[]][], name = "Herverdeling") {
  const letters = "BCDEFG";
  const last = rows.length + 1;
  const total: CellSpec[] = ["Totaal", ...headers.map((_, i) => ({ f: `SUM(${letters[i]}2:${letters[i]}${last})` }))];
  return { name, rows: [["Onderdeel", ...headers], ...rows, total] as CellSpec[][] };
}

function check(headers: string[], rows: [string, ...(number | null)[]][]) {
  return checkWorkbook(modelFromSpecs([sheet(headers, rows)]));
}

function findings(headers: string[], rows: [string, ...(number | null)[]][], rule?: string) {
  return check(headers, rows)
    .findings.filter((f) => !rule || f.rule === rule)
    .map((f) => [f.rule, f.cell, f.message]);
}

describe("the header words of changes", () => {
  test.each([
    ["1e wijziging", "mutation"],
    ["2e wijziging", "mutation"],
    ["2de wijziging (€)", "mutation"],
    ["Wijziging juni", "mutation"],
    ["Mutatie Kerngroep", "mutation"],
    ["Herverdeling", "mutation"],
    ["Bijstelling", "mutation"],
    ["Na 1e wijziging", "changed"],
    ["Na 2e wijziging", "changed"],
    ["Na wijziging", "changed"],
    ["Begroting na herverdeling", "changed"],
    ["Stand 1 juli", "changed"],
    ["Stand per 30-06-2024", "changed"],
    ["Begroting 2024 (vastgesteld PhO 20-03-2024)", "planned"],
    ["Stand realisatie 30 juni", "actual"],
    ["Stand van zaken", "notes"],
    ["% mutatie", "percentage"],
  ])("%j is a %s header", (text, role) => {
    expect(classifyHeader(text)?.role).toBe(role);
  });

  it('a bare "Mutatie" may be either: the change or a difference', () => {
    expect(classifyHeader("Mutatie")).toMatchObject({ role: "mutation", orDifference: true });
    expect(classifyHeader("Mutatie (€)")).toMatchObject({ role: "mutation", orDifference: true });
    expect(classifyHeader("Mutatie Kerngroep")?.orDifference).toBeUndefined();
  });
});

describe("which table is a herverdeling", () => {
  const kinds = (headers: string[]) =>
    detectTables(
      modelFromSpecs([
        sheet(headers, [
          ["Projectbureau", 100, 10, 110],
          ["Netwerk", 200, 0, 200],
        ]),
      ]),
    ).map((t) => [t.kind, t.columns.map((c) => c.role).join(",")]);

  it('"Vastgesteld | Mutatie" without a gewijzigd column is a herverdeling with the change as a step', () => {
    expect(kinds(["Vastgesteld", "Mutatie"])).toEqual([["herverdeling", "label,planned,mutation"]]);
  });
  it('"Begroting | Realisatie | Verschil" stays a realisatie', () => {
    expect(kinds(["Begroting", "Realisatie", "Verschil"])).toEqual([["realisatie", "label,planned,actual,difference"]]);
  });
  it('"Begroting | Realisatie | Mutatie": the mutatie is the difference of a realisatie', () => {
    expect(kinds(["Begroting", "Realisatie", "Mutatie"])).toEqual([["realisatie", "label,planned,actual,difference"]]);
  });
  it('"Vastgesteld | Gewijzigd | Mutatie": the mutatie is the difference, as before', () => {
    expect(kinds(["Vastgesteld", "Gewijzigd", "Mutatie"])).toEqual([
      ["herverdeling", "label,planned,changed,difference"],
    ]);
  });
  it('"Vastgesteld | 1e wijziging | Na 1e wijziging": a change and the state after it', () => {
    expect(kinds(["Vastgesteld", "1e wijziging", "Na 1e wijziging"])).toEqual([
      ["herverdeling", "label,planned,mutation,changed"],
    ]);
  });
});

describe("several changes add up: herverdeling-boven-grens", () => {
  const twelveAndTen = `"Netwerk": ${change(12000)} en ${change(10000)} samen +${percent("0.22")} van ${euro(100000)} (grens ${limit})`;

  it("changes per column: each within the limit, together beyond it, on the column where the sum passes", () => {
    expect(
      findings(
        ["Vastgesteld", "1e wijziging", "2e wijziging"],
        [
          ["Projectbureau", 500000, -12000, -10000],
          ["Netwerk", 100000, 12000, 10000],
        ],
        "herverdeling-boven-grens",
      ),
    ).toEqual([["herverdeling-boven-grens", "D3", `${twelveAndTen}, tot en met "2e wijziging"; ${PHO}`]]);
  });

  it("successive states: the same, on the state where the change since vastgesteld passes", () => {
    expect(
      findings(
        ["Vastgesteld", "Na 1e wijziging", "Na 2e wijziging"],
        [
          ["Projectbureau", 500000, 488000, 478000],
          ["Netwerk", 100000, 112000, 122000],
        ],
        "herverdeling-boven-grens",
      ),
    ).toEqual([["herverdeling-boven-grens", "D3", `${twelveAndTen}, tot en met "Na 2e wijziging"; ${PHO}`]]);
  });

  it("exactly 20% over two steps is allowed; nothing is reported", () => {
    expect(
      findings(
        ["Vastgesteld", "1e wijziging", "2e wijziging"],
        [
          ["Projectbureau", 500000, -10000, -10000],
          ["Netwerk", 100000, 10000, 10000],
        ],
      ),
    ).toEqual([]);
  });

  it("a step beyond the limit that a later step undoes was still a PhO decision, said on its own column", () => {
    const result = findings(
      ["Vastgesteld", "1e wijziging", "2e wijziging"],
      [
        ["Projectbureau", 500000, -25000, 10000],
        ["Netwerk", 100000, 25000, -10000],
      ],
      "herverdeling-boven-grens",
    );
    expect(result).toEqual([
      [
        "herverdeling-boven-grens",
        "C3",
        `"Netwerk": ${change(25000)} is ${percent("0.25")} van ${euro(100000)} (grens ${limit}), tot en met "1e wijziging"; ` +
          `na "2e wijziging" is het weer binnen de grens (${change(15000)}, ${percent("0.15")}); ${PHO}`,
      ],
    ]);
  });

  it("header variants of the field: vastgesteld with a date, Wijziging juni, Mutatie Kerngroep, Stand 1 juli", () => {
    const result = check(
      ["Begroting 2024 (vastgesteld PhO 20-03-2024)", "Wijziging juni", "Mutatie Kerngroep", "Stand 1 juli"],
      [
        ["Projectbureau", 500000, -8000, -8000, 484000],
        ["Netwerk", 100000, 8000, 8000, 116000],
        ["Ketens", 200000, 0, 0, 200000],
      ],
    );
    expect(result.tables[0].kind).toBe("herverdeling");
    expect(result.findings).toEqual([]);
  });

  it("a blank change is no change and no missing amount", () => {
    expect(
      findings(
        ["Vastgesteld", "1e wijziging", "2e wijziging"],
        [
          ["Projectbureau", 500000, -12000, null],
          ["Netwerk", 100000, 12000, null],
          ["Ketens", 200000, null, null],
        ],
      ),
    ).toEqual([]);
  });

  it('"Vastgesteld | Mutatie": one change, the message of IZA.CHECKREALLOC', () => {
    expect(
      findings(
        ["Vastgesteld", "Mutatie"],
        [
          ["Projectbureau", 500000, -25000],
          ["Netwerk", 100000, 25000],
        ],
        "herverdeling-boven-grens",
      ),
    ).toEqual([
      [
        "herverdeling-boven-grens",
        "C3",
        `"Netwerk": ${change(25000)} is ${percent("0.25")} van ${euro(100000)} (grens ${limit}); ${PHO}`,
      ],
    ]);
  });

  it("any change to an onderdeel vastgesteld at 0, in two steps", () => {
    const [finding] = findings(
      ["Vastgesteld", "1e wijziging", "2e wijziging"],
      [
        ["Projectbureau", 500000, -5000, -5000],
        ["Nieuw", 0, 5000, 5000],
      ],
      "herverdeling-boven-grens",
    );
    // The first step already needs the PhO.
    expect(finding.slice(0, 2)).toEqual(["herverdeling-boven-grens", "C3"]);
    expect(finding[2]).toContain(`${change(5000)} op een vastgesteld bedrag van ${euro(0)}`);
  });
});

describe("the total of the latest state: herverdeling-boven-budget", () => {
  it("changes that add up to more than the total vastgesteld, on the last column's Totaal", () => {
    const result = findings(
      ["Vastgesteld", "1e wijziging", "2e wijziging"],
      [
        ["Projectbureau", 500000, 10000, 5000],
        ["Netwerk", 100000, 0, -5000],
      ],
      "herverdeling-boven-budget",
    );
    expect(result).toEqual([
      [
        "herverdeling-boven-budget",
        "D4",
        `Totaal ${euro(610000)} is ${euro(10000)} boven het plafond van ${euro(600000)} (het totaal vastgesteld)`,
      ],
    ]);
  });

  it("changes that add up to nothing stay quiet", () => {
    expect(
      findings(
        ["Vastgesteld", "1e wijziging", "2e wijziging"],
        [
          ["Projectbureau", 500000, 10000, -5000],
          ["Netwerk", 100000, -10000, 5000],
        ],
        "herverdeling-boven-budget",
      ),
    ).toEqual([]);
  });
});

describe("a state right after its change", () => {
  it("must be the amount before plus the change: verschil-klopt-niet on the change", () => {
    expect(
      findings(
        ["Vastgesteld", "1e wijziging", "Na 1e wijziging"],
        [
          ["Projectbureau", 500000, -10000, 490000],
          ["Netwerk", 100000, 10000, 111000],
        ],
        "verschil-klopt-niet",
      ),
    ).toEqual([
      [
        "verschil-klopt-niet",
        "C3",
        `"1e wijziging" ${euro(10000)} klopt niet: "Na 1e wijziging" − "Vastgesteld" is ${euro(11000)} bij "Netwerk"`,
      ],
    ]);
  });
});

describe("checkCumulatief", () => {
  const d = (n: number) => new Dec(n);
  it("the state after each step, and the first step beyond the limit", () => {
    const result = checkCumulatief(
      d(100000),
      [
        { kind: "mutatie", value: d(12000) },
        { kind: "stand", value: d(122000) },
        { kind: "mutatie", value: d(-2000) },
      ],
      new Dec("0.2"),
    );
    expect(result.states.map(String)).toEqual(["112000", "122000", "120000"]);
    expect(result.changes.map(String)).toEqual(["12000", "10000", "-2000"]);
    expect(result.first).toBe(1);
    expect(result.status).toMatchObject({ code: "PHO", kind: "boven-grens" });
    expect(result.latest).toMatchObject({ code: "OK", kind: "binnen-grens" });
  });
});
