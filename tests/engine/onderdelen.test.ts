import { matchOnderdelen, OnderdeelIndex, onderdeelKey, parseOnderdeelLabel } from "../../src/core/onderdelen";

/** The labels of the begroting 2024 of the GUP (IZA-DOMAIN.md, the reference table). */
const GUP = [
  "Uitvoeringskosten onderdeel 1 (Projectbureau, incl. communicatie, regionale bijeenkomsten en overige kosten en programmamanager GGD pijler 1)",
  "Uitvoeringskosten onderdeel 2 (Netwerksamenwerking)",
  "Uitvoeringskosten onderdeel 3 (Ketenaanpakken)",
  "Uitvoeringskosten onderdeel 4 (Dekkend netwerk steunpunten)",
  "Uitvoeringskosten onderdeel 5 (E-health, anonieme zorg etc.)",
  "Uitvoeringskosten onderdeel 6 (Regioplan)",
  "Uitvoeringskosten onderdeel 6 (Aanvullende plannen)",
  "Monitoring en evaluatie",
  "Vergoeding inzet individuele gemeenten (ambtelijke agendacommissie en werkgroepen)",
];

/** label → [reference position, how] for each match, null for none. */
function pairs(labels: string[], reference = GUP): (readonly [number, string] | null)[] {
  return matchOnderdelen(labels, reference).matches.map((m) => (m.reference === null ? null : [m.reference, m.how!]));
}

describe("onderdeel labels taken apart", () => {
  it.each([
    ["Uitvoeringskosten onderdeel 1 (Projectbureau, incl. communicatie)", "1", "", "projectbureau incl communicatie"],
    ["1. Projectbureau", "1", "projectbureau", ""],
    ["1) Projectbureau", "1", "projectbureau", ""],
    ["Onderdeel 3: Ketenaanpakken", "3", "ketenaanpakken", ""],
    ["onderdeel 6 (Regioplan)", "6", "", "regioplan"],
    ["3.2 Valpreventie", "3.2", "valpreventie", ""],
    ["Kosten projectbureau onderdeel 1", "1", "projectbureau", ""],
    ["Monitoring en evaluatie", undefined, "monitoring en evaluatie", ""],
    ["2024 begroting", undefined, "2024 begroting", ""],
  ])("%s", (text, number, outside, inside) => {
    const label = parseOnderdeelLabel(text);
    expect(label.number).toBe(number);
    expect(label.outside).toBe(outside);
    expect(label.inside).toBe(inside);
  });

  it("onderdeelKey ignores case, accents, spaces and punctuation", () => {
    expect(onderdeelKey("  E-health,  anonieme zorg etc. ")).toBe(onderdeelKey("e health anonieme zorg etc"));
    expect(onderdeelKey("Coördinatie & communicatie")).toBe(onderdeelKey("coordinatie en communicatie"));
    expect(onderdeelKey("Onderdeel 1")).not.toBe(onderdeelKey("Onderdeel 2"));
  });
});

describe("matchOnderdelen", () => {
  it("the reference itself matches exactly, every label", () => {
    const { matches, unmatched } = matchOnderdelen(GUP, GUP);
    expect(matches.map((m) => [m.reference, m.how])).toEqual(GUP.map((_, i) => [i, "gelijk"]));
    expect(unmatched).toEqual([]);
  });

  it("the ways the gemeenten write them: case, spaces, numbering, other bracket text", () => {
    const labels = [
      "1. Projectbureau",
      "uitvoeringskosten  onderdeel 2 (netwerksamenwerking)",
      "Onderdeel 3",
      "4 Steunpunten",
      "Uitvoeringskosten onderdeel 5 (E-health, anonieme zorg, etc.)",
      "6. Regioplan",
      "Onderdeel 6 (aanvullende plannen)",
      "MONITORING EN EVALUATIE",
      "Vergoeding inzet individuele gemeenten",
    ];
    expect(pairs(labels)).toEqual([
      [0, "nummer"],
      [1, "schrijfwijze"],
      [2, "nummer"],
      [3, "nummer"],
      [4, "schrijfwijze"],
      [5, "omschrijving"],
      [6, "omschrijving"],
      [7, "schrijfwijze"],
      [8, "omschrijving"],
    ]);
  });

  it("onderdeel 6's two lines are never merged by their number alone", () => {
    // "Onderdeel 6" could be either line: it matches neither, and both reference lines stay unmatched.
    const { matches, unmatched } = matchOnderdelen(["Onderdeel 6"], GUP);
    expect(matches[0].reference).toBeNull();
    expect(unmatched).toContain(5);
    expect(unmatched).toContain(6);
    // With other text in brackets the number cannot decide either.
    expect(pairs(["Onderdeel 6 (Regioplan NML)", "Onderdeel 6 (Extra)"])).toEqual([[5, "omschrijving"], null]);
  });

  it("a number that two labels of the checked table carry does not match by number alone", () => {
    const reference = ["Onderdeel 6 (Regioplan)", "Monitoring"];
    expect(pairs(["6. Regioplan", "6. Aanvullende plannen"], reference)).toEqual([[0, "omschrijving"], null]);
    expect(pairs(["6. Regioplan NML", "6. Aanvullende plannen"], reference)).toEqual([[0, "omschrijving"], null]);
    expect(pairs(["6. Iets", "6. Anders"], reference)).toEqual([null, null]);
  });

  it("a different number never matches, whatever the text", () => {
    expect(pairs(["Onderdeel 2 (Projectbureau)"], ["Onderdeel 1 (Projectbureau)"])).toEqual([null]);
  });

  it("an onderdeel of no reference label matches none; a reference label no label matches is unmatched", () => {
    const { matches, unmatched } = matchOnderdelen(["Nieuw: Valpreventie", ...GUP.slice(0, 7)], GUP);
    expect(matches[0].reference).toBeNull();
    expect(unmatched).toEqual([7, 8]);
  });

  it("the strongest match is made first over the whole table: an exact label is never robbed", () => {
    const reference = ["Projectbureau", "Projectbureau (extern)"];
    // "projectbureau" would match both by description; "Projectbureau (extern)" takes its own exactly first.
    expect(pairs(["Projectbureau (extern)", "projectbureau"], reference)).toEqual([
      [1, "gelijk"],
      [0, "schrijfwijze"],
    ]);
  });

  it("two labels for one onderdeel match neither", () => {
    // Both describe onderdeel 1 equally well ("Projectbureau, incl. communicatie, …"), neither by number.
    const { matches, unmatched } = matchOnderdelen(["Projectbureau", "Projectbureau incl. communicatie"], GUP);
    expect(matches.map((m) => m.reference)).toEqual([null, null]);
    expect(unmatched).toContain(0);
  });

  it("says which reference label was matched", () => {
    const { matches } = matchOnderdelen(["1. Projectbureau"], GUP);
    expect(matches[0]).toEqual({
      index: 0,
      label: "1. Projectbureau",
      reference: 0,
      referenceLabel: GUP[0],
      how: "nummer",
    });
  });
});

describe("OnderdeelIndex: one label at a time (a register's Van and Naar)", () => {
  const index = new OnderdeelIndex(GUP);
  it.each([
    ["Uitvoeringskosten onderdeel 3 (Ketenaanpakken)", 2, "gelijk"],
    ["onderdeel 3 (ketenaanpakken)", 2, "nummer"],
    ["Ketenaanpakken", 2, "omschrijving"],
    ["Onderdeel 3", 2, "nummer"],
    ["Regioplan", 5, "omschrijving"],
    ["6 Aanvullende plannen", 6, "omschrijving"],
  ])("%s", (label, reference, how) => {
    expect(index.find(label)).toEqual({ reference, how });
  });

  it("an onderdeel 6 without its description, or an unknown onderdeel, is none", () => {
    expect(index.find("Onderdeel 6")).toBeNull();
    expect(index.find("Onderdeel 7")).toBeNull();
    expect(index.find("Reiskosten")).toBeNull();
  });

  it("many lines may name the same onderdeel", () => {
    expect(index.find("3. Ketenaanpakken")?.reference).toBe(2);
    expect(index.find("Ketenaanpakken")?.reference).toBe(2);
  });
});
