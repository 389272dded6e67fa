/**
 * The register of herverdelingen (issue 16 §3): dates read exactly, the header words, the table
 * kind, and the rules besluit-bevoegdheid, register-wijkt-af and onbekend-onderdeel against the
 * begroting of the workbook.
 */
import fc from "fast-check";
import { compareDays, dateFromSerial, DayDate, formatDay, parseDateText } from "../../src/core/dates";
import { Dec } from "../../src/core/decimal";
import { classifyHeader } from "../../src/core/detect/vocabulary";
import { checkTables, checkWorkbook, tableFromSelection } from "../../src/core/engine";
import { formatEuro, formatEuroChange } from "../../src/core/format";
import { checkWithPolicy, CheckOverrides } from "../../src/core/policy";
import { decidedBy } from "../../src/core/rules/register";
import {
  BEGROTING_2024,
  begroting2024After,
  begrotingNaWijzigingSheet,
  begrotingSheet,
  CellSpec,
  modelFromSpecs,
  RegisterLine,
  registerSheet,
} from "../support/workbooks";
import { brief, check, modelOf, only } from "./helpers";

const euro = (value: number) => formatEuro(new Dec(value));
const change = (value: number) => formatEuroChange(new Dec(value));
const date = (text: string) => ({ v: serialOf(text), fmt: "dd-mm-yyyy" });

/** Excel's serial number of a day after February 1900, computed here the long way round. */
function serialOf(text: string): number {
  const [d, m, y] = text.split("-").map(Number);
  let serial = 61; // 1 March 1900
  const day: DayDate = { year: 1900, month: 3, day: 1 };
  while (compareDays(day, { year: y, month: m, day: d }) < 0) {
    Object.assign(day, nextDay(day));
    serial++;
  }
  return serial;
}

function nextDay({ year, month, day }: DayDate): DayDate {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day < length) return { year, month, day: day + 1 };
  return month < 12 ? { year, month: month + 1, day: 1 } : { year: year + 1, month: 1, day: 1 };
}

describe("dates, exactly", () => {
  test.each([
    [1, "01-01-1900"],
    [59, "28-02-1900"],
    [61, "01-03-1900"],
    [45292, "01-01-2024"],
    [45351, "29-02-2024"],
    [45292.999, "01-01-2024"],
    [2958465, "31-12-9999"],
  ])("serial %d is %s", (serial, text) => {
    expect(formatDay(dateFromSerial(serial)!)).toBe(text);
  });

  test.each([0, -1, 60, 2958466, Number.NaN])("serial %d is no day Excel shows", (serial) => {
    expect(dateFromSerial(serial)).toBeNull();
  });

  test("every serial is the day after the one before it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958464 }), (serial) => {
        expect(dateFromSerial(serial + 1)).toEqual(nextDay(dateFromSerial(serial)!));
      }),
    );
  });

  test.each([
    ["12-03-2024", "12-03-2024"],
    ["12/3/24", "12-03-2024"],
    ["12.03.2024", "12-03-2024"],
    ["2024-03-12", "12-03-2024"],
    ["12 maart 2024", "12-03-2024"],
    ["12 mrt. 2024", "12-03-2024"],
    ["di 12 maart 2024", "12-03-2024"],
    ["Dinsdag 12 Maart 2024", "12-03-2024"],
    ["1 mei 2024", "01-05-2024"],
    ["29-02-2024", "29-02-2024"],
    [" 31 december 2025 ", "31-12-2025"],
  ])("%j is %s", (text, day) => {
    expect(formatDay(parseDateText(text)!)).toBe(day);
  });

  test.each(["31-02-2024", "29-02-2023", "12-13-2024", "12 foo 2024", "2024", "maart 2024", "12-03", "Kerngroep"])(
    "%j is no date",
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );

  test("a date written out reads back as the same day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const day = dateFromSerial(serial)!;
        expect(parseDateText(formatDay(day))).toEqual(day);
      }),
    );
  });
});

describe("header words of a register", () => {
  test.each([
    ["Datum", "date"],
    ["Datum besluit", "date"],
    ["Besluitdatum", "date"],
    ["Van", "from"],
    ["Van onderdeel", "from"],
    ["Ten laste van", "from"],
    ["Naar", "to"],
    ["Naar onderdeel", "to"],
    ["Ten gunste van", "to"],
    ["Besluit", "decision"],
    ["Besloten door", "decision"],
    ["Kenmerk", "decision"],
    ["Besluit (Kerngroep / PhO, datum of nummer)", "decision"],
    ["Kerngroep / PhO", "decision"],
  ])("%j is a %s header", (text, role) => {
    expect(classifyHeader(text)?.role).toBe(role);
  });

  test("words of other tables keep their meaning", () => {
    expect(classifyHeader("Af")).toBeNull();
    expect(classifyHeader("Bij")).toBeNull();
    expect(classifyHeader("Begroting na besluit PhO")?.role).toBe("planned");
    expect(classifyHeader("Gewijzigd na besluit PhO")?.role).toBe("changed");
    expect(classifyHeader("Vastgesteld (PhO 20-03-2024)")?.role).toBe("planned");
    expect(classifyHeader("Onderdeel")?.role).toBe("label");
  });

  test.each([
    ["Kerngroep", "kerngroep"],
    ["Kerngroep IZA 15-02-2024", "kerngroep"],
    ["KG-2024-04", "kerngroep"],
    ["PhO", "pho"],
    ["PhO-besluit 2024/07", "pho"],
    ["Portefeuillehoudersoverleg 20 juni", "pho"],
    ["Kerngroep, bekrachtigd door de PhO", "pho"],
    ["Stuurgroep", null],
    ["", null],
  ])("%j was decided by %s", (text, body) => {
    expect(decidedBy(text)).toBe(body);
  });
});

describe("table kind", () => {
  test("Datum | Van | Naar | Bedrag | Besluit is a register, whatever other columns it has", async () => {
    const result = await check([
      begrotingSheet(),
      registerSheet([[date("15-02-2024"), "Onderdeel 1", "Onderdeel 2", 1000, "Kerngroep"]], {
        headers: ["Datum", "Van onderdeel", "Naar onderdeel", "Bedrag (€)", "Besloten door", "Kenmerk", "Toelichting"],
      }),
    ]);
    expect(result.tables.map((t) => `${t.sheet} ${t.kind} ${t.range}`)).toEqual([
      "Begroting begroting A1:B11",
      "Register register A1:G2",
    ]);
    const register = result.tables[1];
    expect(register.columns.map((c) => c.role)).toEqual([
      "date",
      "from",
      "to",
      "planned",
      "decision",
      "decision",
      "notes",
    ]);
  });

  test("a ledger with Af and Bij, and a list of dates and amounts, are no register", async () => {
    const ledger = {
      name: "Bank",
      rows: [
        ["Datum", "Omschrijving", "Af", "Bij"],
        ["01-02-2024", "Huur", 1000, null],
        ["02-02-2024", "Subsidie", null, 5000],
      ],
    };
    const list = {
      name: "Lijst",
      rows: [
        ["Datum", "Bedrag"],
        ["01-02-2024", 1000],
        ["02-02-2024", 2000],
      ],
    };
    const result = await check([ledger, list]);
    expect(result.tables.map((t) => t.kind)).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  test("the total of a register is no begroting: no grant rules on it", async () => {
    const result = await check([
      begrotingSheet(),
      registerSheet([
        ["01-03-2024", "Onderdeel 3", "Onderdeel 4", 5000000, "PhO"],
        ["Totaal", null, null, { f: "SUM(D2:D2)" }, null],
      ]),
    ]);
    expect(result.tables.map((t) => t.kind)).toEqual(["begroting", "register"]);
    expect(only(result, "boven-toekenning")).toEqual([]);
  });
});

test("a register the detection misses, pointed out with its roles ('Tabel niet gevonden?'), is checked", async () => {
  const sheets = [
    begrotingSheet(),
    registerSheet(
      [
        ["1 maart 2024", "Onderdeel 2", "Monitoring en evaluatie", 15000, "KG"],
        ["1 juni 2024", "Onderdeel 1", "Monitoring en evaluatie", 6000, "KG"],
      ],
      { headers: ["Wanneer", "Uit", "In", "Euro", "Wie"] },
    ),
  ];
  const model = await modelOf(sheets);
  expect(checkWorkbook(model).tables.map((t) => t.kind)).toEqual(["begroting"]);
  const chosen = tableFromSelection(model, "Register", "A1:E3", {
    1: "date",
    2: "from",
    3: "to",
    4: "planned",
    5: "decision",
  });
  expect(chosen.kind).toBe("register");
  const result = checkTables(model, [...checkWorkbook(model).tables, chosen]);
  expect(brief(result)).toEqual(["besluit-bevoegdheid@Register!D3"]);
});

/** The workbook of a register over a begroting that shows the moves made. */
function workbook(lines: RegisterLine[], moves: [number, number, number][]) {
  return [begrotingNaWijzigingSheet(begroting2024After(moves)), registerSheet(lines)];
}

describe("besluit-bevoegdheid", () => {
  test("two Kerngroep steps within the limit each, beyond it together: on the Bedrag of the second", async () => {
    const result = await check(
      workbook(
        [
          ["11-04-2024", "Onderdeel 2", "Monitoring en evaluatie", 15000, "Kerngroep"],
          [date("12-09-2024"), "Onderdeel 1", "Monitoring en evaluatie", 10000, "Kerngroep"],
        ],
        [
          [1, 7, 15000],
          [0, 7, 10000],
        ],
      ),
    );
    const found = only(result, "besluit-bevoegdheid");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "fout", sheet: "Register", cell: "D3" });
    expect(found[0].message).toBe(
      `Besluit van de Kerngroep, maar hiermee wijzigt "Monitoring en evaluatie" in 2024 cumulatief (besluiten van 11-04-2024 en 12-09-2024): ${change(15000)} en ${change(10000)} samen +25,0% van ${euro(100000)} (grens 20%); hiervoor was een besluit van de PhO nodig`,
    );
    expect(only(result, "register-wijkt-af")).toEqual([]);
  });

  test("exactly 20% together is the Kerngroep's to decide", async () => {
    const result = await check(
      workbook(
        [
          ["11-04-2024", "Onderdeel 2", "Monitoring en evaluatie", 15000, "Kerngroep"],
          ["12-09-2024", "Onderdeel 1", "Monitoring en evaluatie", 5000, "Kerngroep"],
        ],
        [
          [1, 7, 15000],
          [0, 7, 5000],
        ],
      ),
    );
    expect(brief(result)).toEqual([]);
  });

  test("in date order, not in the order of the rows", async () => {
    const result = await check(
      workbook(
        [
          ["12 september 2024", "Onderdeel 1", "Monitoring en evaluatie", 10000, "Kerngroep"],
          ["11 april 2024", "Onderdeel 2", "Monitoring en evaluatie", 15000, "Kerngroep"],
        ],
        [
          [1, 7, 15000],
          [0, 7, 10000],
        ],
      ),
    );
    expect(only(result, "besluit-bevoegdheid").map((f) => f.cell)).toEqual(["D2"]);
  });

  test("each year of the register counts on its own, and the message names it", async () => {
    const lines: RegisterLine[] = [
      ["11-04-2024", "Onderdeel 2", "Monitoring en evaluatie", 15000, "Kerngroep"],
      ["15-01-2025", "Onderdeel 1", "Monitoring en evaluatie", 15000, "Kerngroep"],
      ["15-03-2025", "Onderdeel 1", "Monitoring en evaluatie", 6000, "Kerngroep"],
    ];
    const result = await check(workbook(lines, [[0, 7, 21000]]));
    const found = only(result, "besluit-bevoegdheid");
    expect(found.map((f) => f.cell)).toEqual(["D4"]);
    expect(found[0].message).toMatch(
      /"Monitoring en evaluatie" in 2025 cumulatief \(besluiten van 15-01-2025 en 15-03-2025\): .* samen \+21,0%/,
    );
  });

  test("a PhO decision beyond the limit is allowed, and the onderdeel counts from its amount after it", async () => {
    const lines: RegisterLine[] = [
      ["01-03-2024", "Onderdeel 3", "Monitoring en evaluatie", 50000, "PhO 01-03-2024"],
      ["01-05-2024", "Onderdeel 1", "Monitoring en evaluatie", 30000, "Kerngroep"],
      ["01-06-2024", "Onderdeel 1", "Monitoring en evaluatie", 1000, "Kerngroep"],
    ];
    const result = await check(
      workbook(lines, [
        [2, 7, 50000],
        [0, 7, 31000],
      ]),
    );
    // after the PhO: 150.000; +30.000 is exactly 20% of it, +31.000 is beyond
    const found = only(result, "besluit-bevoegdheid");
    expect(found.map((f) => f.cell)).toEqual(["D4"]);
    expect(found[0].message).toMatch(
      /"Monitoring en evaluatie" in 2024 sinds het PhO-besluit van 01-03-2024 cumulatief \(besluiten van 01-05-2024 en 01-06-2024\): .*30\.000,00 en .*1\.000,00 samen \+20,7% van .*150\.000,00 \(grens 20%\)/,
    );
  });

  test("both sides beyond the limit: one finding naming both; one side beyond: only that one", async () => {
    const both = await check(
      workbook([["01-03-2024", "Monitoring en evaluatie", "Onderdeel 5", 21000, "Kerngroep"]], [[7, 4, 21000]]),
    );
    const [finding] = only(both, "besluit-bevoegdheid");
    expect(finding.message).toMatch(
      /^Besluit van de Kerngroep, maar hiermee wijzigt "Monitoring en evaluatie" in 2024 cumulatief: .*21\.000,00 is 21,0% van .*100\.000,00 \(grens 20%\); en hiermee wijzigt "Uitvoeringskosten onderdeel 5 .*117,6% van .*17\.850,00 \(grens 20%\); hiervoor was een besluit van de PhO nodig$/,
    );
    const one = await check(
      workbook([["01-03-2024", "Onderdeel 5", "Monitoring en evaluatie", 17850, "Kerngroep"]], [[4, 7, 17850]]),
    );
    const [only5] = only(one, "besluit-bevoegdheid");
    expect(only5.message).toMatch(/"Uitvoeringskosten onderdeel 5 .*100,0%/);
    expect(only5.message).not.toMatch(/Monitoring/); // 17,85% of 100.000 is within the limit
  });

  test("a line whose decider is not named is not judged; the limit is the setting", async () => {
    const lines: RegisterLine[] = [["01-03-2024", "Onderdeel 1", "Onderdeel 2", 60000, "zie notulen"]];
    expect(only(await check(workbook(lines, [[0, 1, 60000]])), "besluit-bevoegdheid")).toEqual([]);
    const kerngroep: RegisterLine[] = [["01-03-2024", "Onderdeel 1", "Onderdeel 2", 60000, "Kerngroep"]];
    expect(only(await check(workbook(kerngroep, [[0, 1, 60000]])), "besluit-bevoegdheid")).toEqual([]);
    const strict = await check(workbook(kerngroep, [[0, 1, 60000]]), { maxHerverdeling: new Dec("0.1") });
    expect(only(strict, "besluit-bevoegdheid").map((f) => f.message)).toEqual([
      expect.stringMatching(/12,0% van .*500\.000,00 \(grens 10%\).*; en hiermee wijzigt .*12,0%/),
    ]);
  });

  test("with only a begroting in the workbook it is the vastgestelde", async () => {
    const result = await check([
      begrotingSheet(),
      registerSheet([["01-03-2024", "Onderdeel 3", "Monitoring en evaluatie", 20001, "Kerngroep"]]),
    ]);
    expect(brief(result)).toEqual(["besluit-bevoegdheid@Register!D2"]);
  });
});

describe("register-wijkt-af", () => {
  test("the begroting changed an onderdeel the register does not: on its current amount", async () => {
    const lines: RegisterLine[] = [["15-02-2024", "Onderdeel 3", "Onderdeel 4", 50000, "Kerngroep"]];
    const result = await check(
      workbook(lines, [
        [2, 3, 50000],
        [5, 4, 2150],
      ]),
    );
    expect(brief(result)).toEqual(["register-wijkt-af@Begroting!C6", "register-wijkt-af@Begroting!C7"]);
    expect(only(result, "register-wijkt-af")[0].message).toBe(
      `"Uitvoeringskosten onderdeel 5 (E-health, anonieme zorg etc.)": de begroting wijzigt ${change(2150)} (vastgesteld ${euro(17850)}, nu ${euro(20000)}), maar het register Register!A1:E2 telt in 2024 ${change(0)}; verschil ${euro(2150)}`,
    );
  });

  test("a herverdeling in steps (Vastgesteld | 1e wijziging | 2e wijziging): its latest state, on the last step", async () => {
    const rows: CellSpec[][] = [["Onderdeel", "Vastgesteld 2024", "1e wijziging", "2e wijziging"]];
    BEGROTING_2024.forEach(([label, amount], i) =>
      rows.push([label, amount, i === 2 ? -50000 : i === 3 ? 50000 : null, i === 0 ? -1000 : i === 1 ? 1000 : null]),
    );
    const lines: RegisterLine[] = [
      ["15-02-2024", "Onderdeel 3", "Onderdeel 4", 50000, "Kerngroep"],
      ["15-06-2024", "Onderdeel 1", "Onderdeel 2", 1500, "Kerngroep"],
    ];
    const result = await check([{ name: "Herverdeling", rows }, registerSheet(lines)]);
    expect(result.tables.map((t) => t.kind)).toEqual(["herverdeling", "register"]);
    expect(brief(result)).toEqual(["register-wijkt-af@Herverdeling!D2", "register-wijkt-af@Herverdeling!D3"]);
    expect(only(result, "register-wijkt-af")[0].message).toMatch(
      /de begroting wijzigt €\s?-1\.000,00 \(vastgesteld €\s?500\.000,00, nu €\s?499\.000,00\), maar het register .* telt in 2024 €\s?-1\.500,00; verschil €\s?500,00$/,
    );
  });

  test("the year the begroting names is the year compared; without one, the register's latest", async () => {
    const lines: RegisterLine[] = [
      ["15-02-2024", "Onderdeel 3", "Onderdeel 4", 50000, "Kerngroep"],
      ["15-02-2025", "Onderdeel 1", "Onderdeel 2", 10000, "Kerngroep"],
    ];
    // "Vastgesteld 2024": the lines of 2024
    expect(brief(await check(workbook(lines, [[2, 3, 50000]])))).toEqual([]);
    // "Vastgesteld": the register's latest year, 2025
    const [begroting, register] = workbook(lines, [[0, 1, 10000]]);
    begroting.rows![0] = ["Onderdeel", "Vastgesteld", "Gewijzigd"];
    expect(brief(await check([begroting, register]))).toEqual([]);
    // a begroting of 2023 and a register without a line in 2023: nothing to compare
    const [old] = workbook(lines, [[0, 1, 10000]]);
    old.rows![0] = ["Onderdeel", "Vastgesteld 2023", "Gewijzigd 2023"];
    expect(brief(await check([old, register]))).toEqual([]);
    // the same three, each with a begroting the compared year does not explain: only a wrong year
    // choice (or none at all) would stay quiet
    const [off2024] = workbook(lines, [[2, 3, 40000]]);
    expect(brief(await check([off2024, register])).some((b) => b.startsWith("register-wijkt-af"))).toBe(true);
    const [off] = workbook(lines, [[0, 1, 9000]]);
    off.rows![0] = ["Onderdeel", "Vastgesteld", "Gewijzigd"];
    expect(brief(await check([off, register])).some((b) => b.startsWith("register-wijkt-af"))).toBe(true);
    // 2023 has no line: a begroting of 2023 that moves what no register year holds is not compared either
    const [old2] = workbook(lines, [[2, 3, 7000]]);
    old2.rows![0] = ["Onderdeel", "Vastgesteld 2023", "Gewijzigd 2023"];
    expect(brief(await check([old2, register]))).toEqual([]);
  });

  test("without a current begroting there is nothing to compare", async () => {
    const result = await check([
      begrotingSheet(),
      registerSheet([["15-02-2024", "Onderdeel 3", "Onderdeel 4", 50000, "Kerngroep"]]),
    ]);
    expect(brief(result)).toEqual([]);
  });
});

describe("onbekend-onderdeel", () => {
  test("a Van or Naar that names no onderdeel, or two: on that cell, and that side does not count", async () => {
    const lines: RegisterLine[] = [
      ["01-03-2024", "Reserve", "Onderdeel 4", 5000, "PhO"],
      ["01-04-2024", "Onderdeel 3", "Onderdeel 6", 5000, "PhO"],
    ];
    const result = await check(
      workbook(lines, [
        [2, 3, 5000],
        [2, 6, 5000],
      ]),
    );
    const unknown = only(result, "onbekend-onderdeel");
    expect(unknown.map((f) => [f.severity, f.cell])).toEqual([
      ["waarschuwing", "B2"],
      ["waarschuwing", "C3"],
    ]);
    expect(unknown[0].message).toBe(
      `"Reserve" ("Van") wijst geen onderdeel van de begroting Begroting!A1:C11 eenduidig aan; deze kant van de regel telt niet mee`,
    );
    // onderdeel 3 lost 10.000 in the begroting and in the register; the Reserve side and onderdeel 6 were not counted
    expect(only(result, "register-wijkt-af").map((f) => f.cell)).toEqual(["C4", "C8"]);
  });

  test("labels as the gemeenten write them name their onderdeel", async () => {
    const lines: RegisterLine[] = [
      ["01-03-2024", "3. Ketenaanpakken", "ONDERDEEL 4", 1000, "Kerngroep"],
      ["01-03-2024", "onderdeel 1 (projectbureau)", "6. Regioplan", 1000, "Kerngroep"],
      ["01-03-2024", "Monitoring & Evaluatie", "Vergoeding inzet individuele gemeenten", 1000, "Kerngroep"],
    ];
    const result = await check(
      workbook(lines, [
        [2, 3, 1000],
        [0, 5, 1000],
        [7, 8, 1000],
      ]),
    );
    expect(brief(result)).toEqual([]);
  });

  test("a register without a begroting in the workbook is not checked against one", async () => {
    const result = await check(registerSheet([["01-03-2024", "Reserve", "Onderdeel 4", 5000, "Kerngroep"]]));
    expect(result.tables.map((t) => t.kind)).toEqual(["register"]);
    expect(result.findings).toEqual([]);
  });
});

describe("the cells of a register", () => {
  test("a line without an amount, and an amount typed as text", async () => {
    const lines: RegisterLine[] = [
      ["01-03-2024", "Onderdeel 3", "Onderdeel 4", 1000, "Kerngroep"],
      ["01-04-2024", "Onderdeel 3", "Onderdeel 4", null, "Kerngroep"],
      ["01-05-2024", "Onderdeel 3", "Onderdeel 4", "2.000", "Kerngroep"],
    ];
    const result = await check(workbook(lines, [[2, 3, 1000]]));
    expect(brief(result)).toEqual(["lege-bedragcel@Register!D3", "getal-als-tekst@Register!D4"]);
    expect(only(result, "lege-bedragcel")[0].message).toBe(
      `De regel "Onderdeel 3" → "Onderdeel 4" heeft geen bedrag in kolom "Bedrag"`,
    );
  });
});

describe("against a vastgestelde begroting given as a file or a sheet (§2)", () => {
  /** The vastgestelde begroting 2024 of the GUP, as a file of its own. */
  const vastgesteldFile = modelFromSpecs(
    [begrotingSheet({ name: "Begroting 2024", header: ["Onderdeel", "Vastgesteld"] })],
    "vastgesteld.xlsx",
  );
  const fromFile: CheckOverrides = {
    source: "opdrachtregel",
    vastgesteld: { kind: "werkmap", model: vastgesteldFile },
  };
  const rules = (result: { findings: { rule: string; sheet: string; cell: string }[] }, ...ids: string[]) =>
    result.findings.filter((f) => ids.includes(f.rule)).map((f) => `${f.rule}@${f.sheet}!${f.cell}`);

  /** The workbook's current begroting (Onderdeel | Begroting, numbered labels) and its register. */
  function current(amounts: number[], lines: RegisterLine[], extra: [string, number][] = []) {
    const rows: CellSpec[][] = [["Onderdeel", "Begroting 2024"]];
    BEGROTING_2024.forEach(([label], i) => rows.push([label.replace(/^Uitvoeringskosten o/, "O"), amounts[i]]));
    for (const line of extra) rows.push(line);
    return [{ name: "Begroting", rows }, registerSheet(lines)];
  }

  test("the register against the file's amounts, the current amounts from the workbook's begroting", () => {
    const lines: RegisterLine[] = [
      ["11-04-2024", "Onderdeel 2", "Monitoring en evaluatie", 15000, "Kerngroep"],
      ["12-09-2024", "Onderdeel 1", "Monitoring en evaluatie", 10000, "Kerngroep"],
    ];
    // the begroting also moved 5.000 from onderdeel 3 to 4 without a register line
    const amounts = begroting2024After([
      [1, 7, 15000],
      [0, 7, 10000],
      [2, 3, 5000],
    ]);
    const result = checkWithPolicy(modelFromSpecs(current(amounts, lines)), fromFile);
    expect(rules(result, "besluit-bevoegdheid", "register-wijkt-af", "onbekend-onderdeel")).toEqual([
      "register-wijkt-af@Begroting!B4",
      "register-wijkt-af@Begroting!B5",
      "besluit-bevoegdheid@Register!D3",
    ]);
    const wijkt = result.findings.find((f) => f.rule === "register-wijkt-af")!;
    expect(wijkt.message).toMatch(
      /^"Uitvoeringskosten onderdeel 3 \(Ketenaanpakken\)": de begroting wijzigt €\s?-5\.000,00/,
    );
  });

  test("an onderdeel only in the workbook's begroting counts as vastgesteld 0", () => {
    const lines: RegisterLine[] = [["01-03-2024", "Onderdeel 3", "Innovatiefonds", 10000, "Kerngroep"]];
    const amounts = begroting2024After([]);
    amounts[2] -= 10000;
    const result = checkWithPolicy(modelFromSpecs(current(amounts, lines, [["Innovatiefonds", 10000]])), fromFile);
    expect(rules(result, "besluit-bevoegdheid", "register-wijkt-af", "onbekend-onderdeel")).toEqual([
      "besluit-bevoegdheid@Register!D2",
    ]);
    expect(result.findings.find((f) => f.rule === "besluit-bevoegdheid")!.message).toMatch(
      /"Innovatiefonds" in 2024 cumulatief: €\s?\+10\.000,00 op een vastgesteld bedrag van €\s?0,00/,
    );
  });

  test("a sheet of the workbook as the vastgestelde: the other begroting is the current one, and messages name the sheet", () => {
    const lines: RegisterLine[] = [["01-03-2024", "Reserve", "Onderdeel 4", 5000, "PhO"]];
    const model = modelFromSpecs([
      begrotingSheet({ name: "Vastgesteld", header: ["Onderdeel", "Vastgesteld"] }),
      ...current(begroting2024After([]), lines),
    ]);
    const result = checkWithPolicy(model, { source: "sessie", vastgesteld: { kind: "blad", sheet: "Vastgesteld" } });
    expect(rules(result, "besluit-bevoegdheid", "register-wijkt-af", "onbekend-onderdeel")).toEqual([
      "register-wijkt-af@Begroting!B5",
      "onbekend-onderdeel@Register!B2",
    ]);
    expect(result.findings.find((f) => f.rule === "onbekend-onderdeel")!.message).toMatch(
      /wijst geen onderdeel van de vastgestelde begroting Vastgesteld!A1:B11 \(kolom "Vastgesteld"\) eenduidig aan/,
    );
  });
});
