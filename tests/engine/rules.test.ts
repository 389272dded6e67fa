/**
 * Every rule: a workbook that trips it (rule id, severity, sheet, cell, key part of the message)
 * and one that must not.
 */
import { Dec } from "../../src/core/decimal";
import { GEMEENTEN_NML } from "../../src/core/gemeenten";
import { CellSpec, begrotingSheet, brief, check, grantOf, only, SheetSpec } from "./helpers";

function expectOne(
  result: Awaited<ReturnType<typeof check>>,
  rule: string,
  severity: string,
  sheet: string,
  cell: string,
  message: string | RegExp,
) {
  const found = only(result, rule);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ rule, severity, sheet, cell });
  expect(found[0].message).toMatch(message);
}

/** A realisatie table at A1: Onderdeel | Begroting | Realisatie | Verschil | % besteed, with formulas. */
function realisatie(
  lines: [string, CellSpec, CellSpec][],
  extra: { verschil?: Record<number, CellSpec>; pct?: Record<number, CellSpec>; total?: boolean } = {},
): SheetSpec {
  const rows: CellSpec[][] = [["Onderdeel", "Begroting 2024 (€)", "Realisatie 2024 (€)", "Verschil (€)", "% besteed"]];
  lines.forEach(([label, b, r], i) => {
    const row = i + 2;
    rows.push([
      label,
      b,
      r,
      extra.verschil?.[i] ?? { f: `B${row}-C${row}` },
      extra.pct?.[i] ?? { f: `C${row}/B${row}`, fmt: "0.0%" },
    ]);
  });
  const last = lines.length + 1;
  if (extra.total !== false) {
    rows.push([
      "Totaal",
      { f: `SUM(B2:B${last})` },
      { f: `SUM(C2:C${last})` },
      { f: `SUM(D2:D${last})` },
      { f: `C${last + 1}/B${last + 1}`, fmt: "0.0%" },
    ]);
  }
  return { name: "Realisatie", rows };
}

const LINES: [string, CellSpec, CellSpec][] = [
  ["Projectbureau", 500000, 480000],
  ["Netwerksamenwerking", 500000, 500000],
  ["Ketenaanpakken", 2000000, 1900000],
];

/** A verdeling over the 14 gemeenten: Gemeente | Inwoners | Aandeel | Toegekend | Gefactureerd | Restant. */
function verdeling(
  options: {
    names?: string[];
    invoiced?: Record<number, number>;
    restant?: Record<number, CellSpec>;
    aandeel?: Record<number, CellSpec>;
  } = {},
): SheetSpec {
  const names = options.names ?? [...GEMEENTEN_NML];
  const rows: CellSpec[][] = [["Gemeente", "Inwoners", "Aandeel", "Toegekend (€)", "Gefactureerd (€)", "Restant (€)"]];
  const total = names.length + 2;
  names.forEach((naam, i) => {
    const row = i + 2;
    rows.push([
      naam,
      1000,
      options.aandeel?.[i] ?? { f: `B${row}/B$${total}`, fmt: "0.00%" },
      10000,
      options.invoiced?.[i] ?? 9000,
      options.restant?.[i] ?? { f: `D${row}-E${row}` },
    ]);
  });
  rows.push([
    "Totaal",
    { f: `SUM(B2:B${total - 1})` },
    { f: `SUM(C2:C${total - 1})`, fmt: "0.00%" },
    { f: `SUM(D2:D${total - 1})` },
    { f: `SUM(E2:E${total - 1})` },
    { f: `SUM(F2:F${total - 1})` },
  ]);
  return { name: "Verdeling", rows };
}

/** A herverdeling: Onderdeel | Vastgesteld | Gewijzigd. */
function herverdeling(lines: [string, CellSpec, CellSpec][]): SheetSpec {
  const rows: CellSpec[][] = [["Onderdeel", "Vastgesteld (€)", "Gewijzigd (€)"]];
  lines.forEach(([label, a, c]) => rows.push([label, a, c]));
  const last = lines.length + 1;
  rows.push(["Totaal", { f: `SUM(B2:B${last})` }, { f: `SUM(C2:C${last})` }]);
  return { name: "Herverdeling", rows };
}

describe("the clean references stay clean", () => {
  test("begroting 2024", async () => {
    expect((await check(begrotingSheet())).findings).toEqual([]);
  });
  test("realisatie (only the onderbesteding info)", async () => {
    expect(brief(await check(realisatie(LINES)))).toEqual(["onderbesteding@Realisatie!C5"]);
  });
  test("verdeling over the 14", async () => {
    expect((await check(verdeling())).findings).toEqual([]);
  });
});

describe("totaal-klopt-niet", () => {
  test("a typed total € 100 off", async () => {
    const result = await check(begrotingSheet({ total: { f: "SUM(B2:B10)", v: 4747950 } }));
    expectOne(
      result,
      "totaal-klopt-niet",
      "fout",
      "Begroting",
      "B11",
      "Totaal €\u00a04.747.950,00 wijkt €\u00a0100,00 af van de som van de regels (€\u00a04.747.850,00)",
    );
  });
  test("a SUM that skips the last row: the total is off, and som-mist-regel names the row", async () => {
    const result = await check(begrotingSheet({ total: { f: "SUM(B2:B9)" } }));
    expectOne(
      result,
      "totaal-klopt-niet",
      "fout",
      "Begroting",
      "B11",
      "Totaal €\u00a04.297.850,00 wijkt €\u00a0450.000,00 af van de som van de regels (€\u00a04.747.850,00)",
    );
    expectOne(
      result,
      "som-mist-regel",
      "fout",
      "Begroting",
      "B11",
      /^Totaal =SOM\(B2:B9\) telt rij 10 \("Vergoeding inzet individuele gemeenten .*\) niet mee; de juiste formule is =SOM\(B2:B10\)$/,
    );
  });
  test("a subtotal is checked against the rows above it", async () => {
    const rows: CellSpec[][] = [
      ["Onderdeel", "Bedrag"],
      ["A", 100],
      ["B", 200],
      ["Subtotaal", { f: "SUM(B2:B3)", v: 301 }],
      ["C", 50],
      ["Totaal", { f: "B4+B5", v: 351 }],
    ];
    const result = await check({ name: "Sub", rows });
    expectOne(result, "totaal-klopt-niet", "fout", "Sub", "B4", /Subtotaal €\u00a0301,00 wijkt €\u00a01,00 af/);
  });
  test("no finding when the total matches to the half cent", async () => {
    const result = await check(begrotingSheet({ total: { f: "SUM(B2:B10)", v: 4747850.004 } }));
    expect(only(result, "totaal-klopt-niet")).toEqual([]);
  });
  test("text amounts do not count, as in Excel's SUM", async () => {
    const amounts: CellSpec[] = [500000, 500000, 2000000, 480000, "€ 17.850,-", 200000, 500000, 100000, 450000];
    const result = await check(begrotingSheet({ amounts }));
    expect(only(result, "totaal-klopt-niet")).toEqual([]);
    expect(brief(result)).toContain("getal-als-tekst@Begroting!B6");
  });
});

describe("totaal-vaste-waarde", () => {
  test("a typed Totaal", async () => {
    const result = await check(begrotingSheet({ total: 4747850 }));
    expectOne(
      result,
      "totaal-vaste-waarde",
      "waarschuwing",
      "Begroting",
      "B11",
      "Totaal €\u00a04.747.850,00 is een getypt getal, geen formule",
    );
    expect(only(result, "totaal-klopt-niet")).toEqual([]);
  });
  test("a formula is fine", async () => {
    expect(only(await check(begrotingSheet()), "totaal-vaste-waarde")).toEqual([]);
  });
});

describe("getal-als-tekst", () => {
  test.each([
    ["500.000", "€\u00a0500.000,00"],
    ["€ 17.850,-", "€\u00a017.850,00"],
  ])("%s", async (text, meant) => {
    const amounts: CellSpec[] = [500000, text, 2000000, 480000, 17850, 200000, 500000, 100000, 450000];
    const result = await check(begrotingSheet({ amounts }));
    expectOne(
      result,
      "getal-als-tekst",
      "fout",
      "Begroting",
      "B3",
      `"${text}" staat als tekst in de cel, niet als getal (${meant})`,
    );
  });
  test("words in an amount cell are no number", async () => {
    const amounts: CellSpec[] = [500000, "PM", 2000000, 480000, 17850, 200000, 500000, 100000, 450000];
    expect(only(await check(begrotingSheet({ amounts })), "getal-als-tekst")).toEqual([]);
  });
});

describe("foutwaarde", () => {
  test.each(["#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?"])("%s in an amount cell", async (error) => {
    const amounts: CellSpec[] = [
      500000,
      500000,
      { f: "Blad2!A1", v: { error } },
      480000,
      17850,
      200000,
      500000,
      100000,
      450000,
    ];
    const result = await check(begrotingSheet({ amounts, total: { f: "SUM(B2:B10)", v: { error } } }));
    const found = only(result, "foutwaarde");
    expect(found.map((f) => f.cell)).toEqual(["B4", "B11"]);
    expect(found[0]).toMatchObject({ severity: "fout", sheet: "Begroting" });
    expect(found[0].message).toContain(`foutwaarde ${error}`);
    expect(only(result, "totaal-klopt-niet")).toEqual([]);
  });
  test("#REF! is named the Dutch way too", async () => {
    const amounts: CellSpec[] = [500000, 500000, { error: "#REF!" }, 480000, 17850, 200000, 500000, 100000, 450000];
    expect(only(await check(begrotingSheet({ amounts })), "foutwaarde")[0].message).toContain("#REF! (#VERW!)");
  });
  test("an error in a notes column is none of ours", async () => {
    const sheet = begrotingSheet();
    sheet.rows![0].push("Toelichting");
    sheet.rows![3].push({ error: "#N/A" });
    expect(only(await check(sheet), "foutwaarde")).toEqual([]);
  });
});

describe("negatief-bedrag", () => {
  test("a negative realisatie", async () => {
    const result = await check(realisatie([...LINES, ["Correctie", 0, -2500]]));
    expectOne(
      result,
      "negatief-bedrag",
      "waarschuwing",
      "Realisatie",
      "C5",
      'Negatief bedrag €\u00a0-2.500,00 bij "Correctie"',
    );
  });
  test("a negative verschil is no negative amount", async () => {
    const result = await check(realisatie([["Projectbureau", 500000, 520000], ...LINES.slice(1)]));
    expect(only(result, "negatief-bedrag")).toEqual([]);
  });
});

describe("meer-dan-twee-decimalen", () => {
  test("fractions of a cent", async () => {
    const amounts: CellSpec[] = [500000, 500000, 2000000, 480000, 17850.125, 200000, 500000, 100000, 450000];
    const result = await check(begrotingSheet({ amounts }));
    expectOne(
      result,
      "meer-dan-twee-decimalen",
      "waarschuwing",
      "Begroting",
      "B6",
      "Bedrag 17.850,125 heeft delen van een cent",
    );
  });
  test("cents and float noise of formulas are fine", async () => {
    const amounts: CellSpec[] = [
      500000.1,
      { f: "0.1+0.2", v: 0.1 + 0.2 },
      2000000,
      480000,
      17850.99,
      200000,
      500000,
      100000,
      450000,
    ];
    expect(only(await check(begrotingSheet({ amounts })), "meer-dan-twee-decimalen")).toEqual([]);
  });
});

describe("lege-bedragcel", () => {
  test("a line without amount", async () => {
    const amounts: CellSpec[] = [500000, 500000, 2000000, 480000, null, 200000, 500000, 100000, 450000];
    const result = await check(begrotingSheet({ amounts }));
    expectOne(
      result,
      "lege-bedragcel",
      "waarschuwing",
      "Begroting",
      "B6",
      /"Uitvoeringskosten onderdeel 5.*" heeft geen bedrag in kolom "Bedrag"/,
    );
  });
  test("a heading line (ending in a colon, or in capitals) is left alone", async () => {
    const rows: CellSpec[][] = [
      ["Onderdeel", "Bedrag"],
      ["Ketenaanpakken:", null],
      ["Kansrijke Start", 400000],
      ["Valpreventie", 400000],
      ["OVERIG", null],
      ["Monitoring", 100000],
      ["Totaal", { f: "SUM(B2:B6)" }],
    ];
    expect(only(await check({ name: "Kop", rows }), "lege-bedragcel")).toEqual([]);
  });
});

describe("boven-toekenning and onder-toekenning", () => {
  test("a begroting above the grant", async () => {
    const amounts: CellSpec[] = [600000, 500000, 2000000, 480000, 17850, 200000, 500000, 100000, 450000];
    const result = await check(begrotingSheet({ amounts }));
    expectOne(
      result,
      "boven-toekenning",
      "fout",
      "Begroting",
      "B11",
      "Totaal begroting €\u00a04.847.850,00 is €\u00a0100.000,00 hoger dan de beschikbare toekenning van €\u00a04.747.850,00",
    );
  });
  test("a realisatie above the grant", async () => {
    const result = await check(realisatie([["Alles", 4747850, 4800000]]));
    expectOne(
      result,
      "boven-toekenning",
      "fout",
      "Realisatie",
      "C3",
      "Totaal realisatie €\u00a04.800.000,00 is €\u00a052.150,00 hoger",
    );
  });
  test("the grant from a labelled cell in the workbook", async () => {
    const sheet = begrotingSheet();
    sheet.cells = { A13: "Beschikbaar", B13: 4000000 };
    const result = await check(sheet);
    expect(grantOf(result)).toEqual({ amount: "4000000", source: "cel Begroting!B13" });
    expectOne(result, "boven-toekenning", "fout", "Begroting", "B11", "toekenning van €\u00a04.000.000,00");
  });
  test("the grant from a label with the amount below it, on another sheet", async () => {
    const result = await check([
      { name: "Voorblad", cells: { B2: "Toekenning SPUK IZA 2024", B3: 5000000 } },
      begrotingSheet(),
    ]);
    expect(grantOf(result)).toEqual({ amount: "5000000", source: "cel Voorblad!B3" });
    expectOne(
      result,
      "onder-toekenning",
      "info",
      "Begroting",
      "B11",
      "Niet begroot: €\u00a0252.150,00 van de toekenning van €\u00a05.000.000,00",
    );
  });
  test("the setting when the workbook has none", async () => {
    const result = await check(begrotingSheet(), { toekenning: new Dec(4800000) });
    expect(grantOf(result)).toEqual({ amount: "4800000", source: "instelling" });
    expectOne(result, "onder-toekenning", "info", "Begroting", "B11", "€\u00a052.150,00");
  });
  test("a begroting far below the grant is a part, not the whole: no info", async () => {
    const rows: CellSpec[][] = [
      ["Project", "Begroting"],
      ["Kansrijke Start", 40000],
      ["Valpreventie", 60000],
      ["Totaal", { f: "SUM(B2:B3)" }],
    ];
    expect(only(await check({ name: "Deel", rows }), "onder-toekenning")).toEqual([]);
  });
});

describe("herverdeling-boven-grens and herverdeling-boven-budget", () => {
  test("above 20% needs the PhO, exactly 20% does not", async () => {
    const result = await check(
      herverdeling([
        ["Onderdeel 1", 100000, 120000],
        ["Onderdeel 2", 100000, 79999.99],
        ["Onderdeel 3", 200000, 200000.01],
      ]),
    );
    expectOne(
      result,
      "herverdeling-boven-grens",
      "pho",
      "Herverdeling",
      "C3",
      '"Onderdeel 2": €\u00a0-20.000,01 is 20,00001% van €\u00a0100.000,00 (grens 20%)',
    );
    expect(only(result, "herverdeling-boven-budget")).toEqual([]);
  });
  test("any change on an adopted 0", async () => {
    const result = await check(
      herverdeling([
        ["Nieuw project", 0, 5000],
        ["Onderdeel 1", 100000, 95000],
      ]),
    );
    expectOne(
      result,
      "herverdeling-boven-grens",
      "pho",
      "Herverdeling",
      "C2",
      "€\u00a0+5.000,00 op een vastgesteld bedrag van €\u00a00,00",
    );
  });
  test("the limit is a setting", async () => {
    const lines: [string, CellSpec, CellSpec][] = [
      ["A", 100000, 115000],
      ["B", 100000, 85000],
    ];
    expect(only(await check(herverdeling(lines)), "herverdeling-boven-grens")).toEqual([]);
    expect(brief(await check(herverdeling(lines), { maxHerverdeling: new Dec("0.1") }))).toEqual([
      "herverdeling-boven-grens@Herverdeling!C2",
      "herverdeling-boven-grens@Herverdeling!C3",
    ]);
  });
  test("the total of the changed amounts above the total adopted", async () => {
    const result = await check(
      herverdeling([
        ["A", 100000, 110000],
        ["B", 100000, 100000],
      ]),
    );
    expectOne(
      result,
      "herverdeling-boven-budget",
      "fout",
      "Herverdeling",
      "C4",
      "Totaal €\u00a0210.000,00 is €\u00a010.000,00 boven het plafond van €\u00a0200.000,00",
    );
  });
});

describe("verschil-klopt-niet", () => {
  test("a Verschil that is not begroting − realisatie", async () => {
    const result = await check(realisatie(LINES, { verschil: { 2: 90000 } }));
    expectOne(
      result,
      "verschil-klopt-niet",
      "fout",
      "Realisatie",
      "D4",
      '"Verschil" €\u00a090.000,00 klopt niet: "Begroting 2024" − "Realisatie 2024" is €\u00a0100.000,00 bij "Ketenaanpakken"',
    );
  });
  test("realisatie − begroting is accepted too", async () => {
    const result = await check(realisatie(LINES, { verschil: { 0: -20000 } }));
    expect(only(result, "verschil-klopt-niet")).toEqual([]);
  });
  test("a Restant that is not toegekend − gefactureerd", async () => {
    const result = await check(verdeling({ restant: { 3: 10000 } }));
    expectOne(
      result,
      "verschil-klopt-niet",
      "fout",
      "Verdeling",
      "F5",
      '"Restant" €\u00a010.000,00 klopt niet: "Toegekend" − "Gefactureerd" is €\u00a01.000,00 bij "Gennep"',
    );
  });
});

describe("percentage-klopt-niet", () => {
  test("a % besteed that is not realisatie / begroting", async () => {
    const result = await check(realisatie(LINES, { pct: { 0: { v: 0.9, fmt: "0.0%" } } }));
    expectOne(
      result,
      "percentage-klopt-niet",
      "fout",
      "Realisatie",
      "E2",
      '"% besteed" 90,00% klopt niet: "Realisatie 2024" / "Begroting 2024" is 96,00%',
    );
  });
  test("within 0,05 percentage point is right; points instead of fractions too", async () => {
    const ok = await check(realisatie(LINES, { pct: { 0: { v: 0.9604, fmt: "0.0%" }, 1: 100, 2: 95 } }));
    expect(only(ok, "percentage-klopt-niet")).toEqual([]);
    const off = await check(realisatie(LINES, { pct: { 0: { v: 0.9606, fmt: "0.0%" } } }));
    expect(only(off, "percentage-klopt-niet").map((f) => f.cell)).toEqual(["E2"]);
  });
  test("an aandeel that is not inwoners / totaal", async () => {
    const result = await check(verdeling({ aandeel: { 0: { v: 0.08, fmt: "0.00%" } } }));
    expect(only(result, "percentage-klopt-niet")[0]).toMatchObject({ cell: "C2", severity: "fout" });
    expect(only(result, "percentage-klopt-niet")[0].message).toContain('"Inwoners" / het totaal ervan is 7,14%');
  });
});

describe("realisatie-boven-begroting and onderbesteding", () => {
  test("actual above planned on a row", async () => {
    const result = await check(realisatie([["E-health", 17850, 19250], ...LINES]));
    expectOne(
      result,
      "realisatie-boven-begroting",
      "waarschuwing",
      "Realisatie",
      "C2",
      'Realisatie €\u00a019.250,00 is €\u00a01.400,00 hoger dan begroot (€\u00a017.850,00) bij "E-health"',
    );
  });
  test("onderbesteding is the amount to repay", async () => {
    const result = await check(realisatie(LINES));
    expectOne(
      result,
      "onderbesteding",
      "info",
      "Realisatie",
      "C5",
      /^Onderbesteding €\u00a0120\.000,00: .* terug te betalen aan VWS/,
    );
    expect(only(result, "realisatie-boven-begroting")).toEqual([]);
  });
  test("no onderbesteding when all is spent", async () => {
    const result = await check(realisatie([["Alles", 1000, 1000]]));
    expect(only(result, "onderbesteding")).toEqual([]);
  });
});

describe("gemeenten", () => {
  test("gemeente-ontbreekt names who is missing, on the header of the gemeente column", async () => {
    const names = GEMEENTEN_NML.filter((n) => n !== "Gennep" && n !== "Venray");
    const result = await check(verdeling({ names }));
    expectOne(
      result,
      "gemeente-ontbreekt",
      "fout",
      "Verdeling",
      "A1",
      "Ontbreken in de tabel: Gennep en Venray (12 van de 14 gemeenten staan erin)",
    );
  });
  test("gemeente-dubbel across spellings", async () => {
    const names = [...GEMEENTEN_NML.filter((n) => n !== "Weert"), "Horst a/d Maas"];
    const result = await check(verdeling({ names }));
    expectOne(
      result,
      "gemeente-dubbel",
      "fout",
      "Verdeling",
      "A15",
      '"Horst a/d Maas" is dezelfde gemeente als "Horst aan de Maas" (ook in A6)',
    );
    expectOne(result, "gemeente-ontbreekt", "fout", "Verdeling", "A1", "Ontbreekt in de tabel: Weert");
  });
  test("onbekende-gemeente", async () => {
    const result = await check(verdeling({ names: [...GEMEENTEN_NML, "Maastricht"] }));
    expectOne(
      result,
      "onbekende-gemeente",
      "waarschuwing",
      "Verdeling",
      "A16",
      '"Maastricht" is geen van de 14 gemeenten',
    );
  });
  test("common spellings are no unknown gemeenten; fewer than 7 names is no table of gemeenten", async () => {
    const spelled = [
      "Beesel",
      "Bergen (L)",
      "Echt Susteren",
      "Gennep",
      "Horst a/d Maas",
      "Leudal",
      "Maasgouw",
      "Nederweert",
      "Peel & Maas",
      "Roerdalen",
      "Roermond",
      "Gemeente Venlo",
      "Venray",
      "WEERT",
    ];
    expect((await check(verdeling({ names: spelled }))).findings).toEqual([]);
    const few = await check(verdeling({ names: ["Venlo", "Venray", "Weert", "Projectbureau"] }));
    expect(few.findings.filter((f) => f.rule.includes("gemeente"))).toEqual([]);
  });
});

describe("aandelen-niet-100", () => {
  test("shares that add up to 99,98%", async () => {
    const rows: CellSpec[][] = [["Gemeente", "Aandeel", "Bedrag (€)"]];
    GEMEENTEN_NML.forEach((naam, i) => rows.push([naam, { v: i === 0 ? 0.0712 : 0.0714, fmt: "0.00%" }, 1000]));
    rows.push(["Totaal", { f: "SUM(B2:B15)", fmt: "0.00%" }, { f: "SUM(C2:C15)" }]);
    const result = await check({ name: "Sleutel", rows });
    expectOne(
      result,
      "aandelen-niet-100",
      "fout",
      "Sleutel",
      "B16",
      'De aandelen in kolom "Aandeel" tellen op tot 99,94%, niet tot 100%',
    );
  });
  test("a key in percentage points that adds up to 100", async () => {
    const rows: CellSpec[][] = [["Gemeente", "Verdeelsleutel (%)", "Toegekend"]];
    const shares = [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 8];
    GEMEENTEN_NML.forEach((naam, i) => rows.push([naam, shares[i], shares[i] * 1000]));
    rows.push(["Totaal", { f: "SUM(B2:B15)" }, { f: "SUM(C2:C15)" }]);
    expect((await check({ name: "Sleutel", rows })).findings).toEqual([]);
    rows[14][1] = 7.99;
    rows[14][2] = 7990;
    const off = await check({ name: "Sleutel", rows });
    expectOne(off, "aandelen-niet-100", "fout", "Sleutel", "B16", "tellen op tot 99,99%");
  });
});

describe("facturen-boven-budget", () => {
  test("invoiced above the amount granted", async () => {
    const result = await check(verdeling({ invoiced: { 11: 10500 } }));
    expectOne(
      result,
      "facturen-boven-budget",
      "waarschuwing",
      "Verdeling",
      "E13",
      'Gefactureerd €\u00a010.500,00 is €\u00a0500,00 meer dan toegekend (€\u00a010.000,00) bij "Venlo"',
    );
  });
  test("invoiced up to the cent of the grant is fine", async () => {
    expect(only(await check(verdeling({ invoiced: { 11: 10000 } })), "facturen-boven-budget")).toEqual([]);
  });
});

describe("verborgen-blad", () => {
  test("a hidden sheet with a table", async () => {
    const sheet = { ...begrotingSheet(), state: "hidden" as const };
    expectOne(await check(sheet), "verborgen-blad", "info", "Begroting", "A1", "Dit blad is verborgen");
  });
  test("a hidden sheet without tables is nobody's business", async () => {
    expect(
      (
        await check([
          begrotingSheet(),
          {
            name: "Hulp",
            state: "hidden",
            rows: [
              [1, 2],
              [3, 4],
            ],
          },
        ])
      ).findings,
    ).toEqual([]);
  });
});

test("findings are sorted by sheet, row, column and rule", async () => {
  const amounts: CellSpec[] = [-1, "500.000", 2000000, 480000, 17850.001, 200000, 500000, null, 450000];
  const result = await check([
    begrotingSheet({ name: "B", amounts, total: 1 }),
    begrotingSheet({ name: "A", amounts }),
  ]);
  const keys = result.findings.map((f) => `${f.sheet}!${f.cell}:${f.rule}`);
  expect(keys[0].startsWith("B!")).toBe(true);
  expect(keys).toEqual([
    "B!B2:negatief-bedrag",
    "B!B3:getal-als-tekst",
    "B!B6:meer-dan-twee-decimalen",
    "B!B9:lege-bedragcel",
    "B!B11:totaal-klopt-niet",
    "B!B11:totaal-vaste-waarde",
    "A!B2:negatief-bedrag",
    "A!B3:getal-als-tekst",
    "A!B6:meer-dan-twee-decimalen",
    "A!B9:lege-bedragcel",
    "A!B11:onder-toekenning",
  ]);
});

test("a label naming the grant wins over a bare Beschikbaar", async () => {
  const result = await check([
    { name: "Tabel 2", cells: { A1: "Beschikbaar voor gemeenten", B1: 600000 } },
    { name: "Voorblad", cells: { A1: "Toekenning SPUK IZA", B1: "€", C1: "4.747.850" } },
    begrotingSheet(),
  ]);
  expect(grantOf(result)).toEqual({ amount: "4747850", source: "cel Voorblad!C1" });
  expect(result.findings).toEqual([]);
});

describe("externe-koppeling", () => {
  const amounts = (first: CellSpec, second: CellSpec): CellSpec[] => [
    first,
    second,
    2000000,
    480000,
    17850,
    200000,
    500000,
    100000,
    450000,
  ];

  it("names an amount that comes from another workbook, on its cell", async () => {
    const result = await check(
      begrotingSheet({
        amounts: amounts({ f: "[1]Begroting!B2", v: 500000 }, { f: "'C:\\iza\\[gup.xlsx]Blad1'!B3", v: 500000 }),
      }),
    );
    expect(only(result, "externe-koppeling").map((f) => `${f.severity} ${f.cell}`)).toEqual([
      "waarschuwing B2",
      "waarschuwing B3",
    ]);
    expect(only(result, "externe-koppeling")[0].message).toMatch(
      /komt via een koppeling uit een andere werkmap \("=\[1\]Begroting!B2"\)/,
    );
  });

  it("stays silent on references within the workbook and on a table's structured references", async () => {
    const result = await check(
      begrotingSheet({ amounts: amounts({ f: "Bijlage!B5", v: 500000 }, { f: "SUM(Tabel1[2024])", v: 500000 }) }),
    );
    expect(only(result, "externe-koppeling")).toEqual([]);
  });
});
