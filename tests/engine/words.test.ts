/**
 * The words the advisers read, from core: the category "PhO-besluit nodig", counts, the tables
 * found, full onderdeel names, what a clean workbook was checked for, and the CSV of the overview.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWithPolicy } from "../../src/core/policy";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { csvField, findingRows, toCsv } from "../../src/core/export";
import { formatEuro } from "../../src/core/format";
import { Dec } from "../../src/core/decimal";
import { countBySeverity, countLine, countText, tablesFoundText } from "../../src/core/labels";
import { RULES } from "../../src/core/rules/catalogue";
import { tableLabel } from "../../src/core/tables-of";
import { BEGROTING_2024, begrotingSheet, CellSpec, modelFromSpecs, SheetSpec } from "../support/workbooks";

const checkSheets = (sheets: SheetSpec[]) => checkWithPolicy(modelFromSpecs(sheets, "test.xlsx"));

/** A herverdeling of the onderdelen given and one that makes up for them (the total stays). */
function herverdelingSheet(options: { header?: CellSpec[]; rows: CellSpec[][] }): SheetSpec {
  return {
    name: "Herverdeling",
    rows: [
      options.header ?? ["Onderdeel", "Vastgesteld", "Gewijzigd"],
      ...options.rows,
      ["Netwerk", 500000, 500000 - options.rows.reduce((sum, [, a, c]) => sum + (c as number) - (a as number), 0)],
    ],
  };
}

describe("a herverdeling beyond the limit is a decision, not a fout", () => {
  test("its own category; the rule id stays", () => {
    expect(RULES["herverdeling-boven-grens"].severity).toBe("pho");
    expect(RULES["herverdeling-boven-budget"].severity).toBe("fout");
  });

  test("a proposal: the PhO must still decide", () => {
    const result = checkSheets([
      herverdelingSheet({ header: ["Onderdeel", "Vastgesteld", "Voorstel"], rows: [["Ketens", 100000, 130000]] }),
    ]);
    const [finding] = result.findings.filter((f) => f.rule === "herverdeling-boven-grens");
    expect(finding.severity).toBe("pho");
    expect(finding.message).toMatch(/; hiervoor is een PhO-besluit nodig$/);
  });

  test("a begroting already changed: was the decision taken?", () => {
    const result = checkSheets([
      herverdelingSheet({ header: ["Onderdeel", "Vastgesteld", "Gewijzigd"], rows: [["Ketens", 100000, 130000]] }),
    ]);
    const [finding] = result.findings.filter((f) => f.rule === "herverdeling-boven-grens");
    expect(finding.message).toMatch(/; is hiervoor een PhO-besluit genomen\?$/);
  });
});

describe("counts", () => {
  const findings = (...severities: string[]) => severities.map((severity) => ({ severity }) as never);
  test("melding(en) for info, PhO-besluit nodig in its place, zeros left out", () => {
    expect(countText(countBySeverity(findings("info")))).toBe("1 melding");
    expect(countText(countBySeverity(findings("fout", "fout", "pho", "waarschuwing", "info", "info")))).toBe(
      "2 fouten, 1 PhO-besluit nodig, 1 waarschuwing en 2 meldingen",
    );
    expect(countText(countBySeverity(findings("pho", "pho")))).toBe("2 PhO-besluiten nodig");
    expect(countText(countBySeverity([]))).toBe("geen bevindingen");
    expect(countLine(countBySeverity(findings("info")))).toBe(
      "0 fouten, 0 PhO-besluiten nodig, 0 waarschuwingen, 1 melding",
    );
  });

  test("tables found, and on which sheets", () => {
    expect(tablesFoundText([])).toBe("geen tabel gevonden");
    expect(tablesFoundText([{ sheet: "Begroting 2024" }])).toBe("1 tabel gevonden, op het blad Begroting 2024");
    expect(tablesFoundText([{ sheet: "Bijlage 2" }, { sheet: "Bijlage 2" }, { sheet: "Toelichting" }])).toBe(
      "3 tabellen gevonden, op de bladen Bijlage 2 en Toelichting",
    );
    const many = Array.from({ length: 8 }, (_, i) => ({ sheet: `Blad ${i + 1}` }));
    expect(tablesFoundText(many)).toBe("8 tabellen gevonden, op 8 bladen");
  });
});

test("an onderdeel is named in full; only a very long text is cut", () => {
  // the longest onderdeel of the begroting 2024 (141 characters)
  const long =
    "Uitvoeringskosten onderdeel 1 (Projectbureau, incl. communicatie, regionale bijeenkomsten en overige kosten en programmamanager GGD pijler 1)";
  const veryLong = `Onderdeel ${"met een heel lange omschrijving ".repeat(10)}`;
  const result = checkSheets([
    {
      name: "Realisatie",
      rows: [
        ["Onderdeel", "Begroting", "Realisatie"],
        [long, 100, 150],
        [veryLong, 100, 150],
      ],
    },
  ]);
  const messages = result.findings.filter((f) => f.rule === "realisatie-boven-begroting").map((f) => f.message);
  expect(messages[0]).toContain(`"${long}"`);
  expect(messages[1]).toContain("…");
  expect(messages[1].length).toBeLessThan(veryLong.length);
});

test("a table's label has no second pair of brackets after a title that ends in one", () => {
  const label = tableLabel({
    sheet: "Bijlage 2",
    kind: "verdeling",
    title: "Tabel 2: Verdeling onderdeel 3 (verdeelsleutel inwoners)",
    range: "B22:G37",
  } as never);
  expect(label).toBe("Tabel 2: Verdeling onderdeel 3 (verdeelsleutel inwoners) — Verdeling B22:G37");
  expect(label).not.toMatch(/\)\s*\(/);
});

describe("what a clean workbook was checked for", () => {
  test("the table, its total and the grant, with the amounts", () => {
    const result = checkSheets([begrotingSheet()]);
    expect(result.findings).toEqual([]);
    expect(result.checked).toEqual([
      {
        sheet: "Begroting",
        range: "A1:B11",
        label: "Begroting A1:B11",
        rows: "9 regels",
        passed: [
          "het totaal klopt met de som van de regels",
          "elk bedrag is een getal, zonder foutwaarde of lege cel",
          `totaal begroting ${formatEuro(new Dec(4747850))} binnen de toekenning van ${formatEuro(new Dec(4747850))}`,
        ],
      },
    ]);
  });

  test("a check that found something is not listed as found right", () => {
    const result = checkSheets([begrotingSheet({ total: { f: "SUM(B2:B10)", v: 1 } })]);
    expect(result.findings.map((f) => f.rule)).toContain("totaal-klopt-niet");
    expect(result.checked[0].passed).not.toContain("het totaal klopt met de som van de regels");
    const above = checkSheets([begrotingSheet({ amounts: [5000000, 1, 1, 1, 1, 1, 1, 1, 1] })]);
    expect(above.checked[0].passed.some((p) => p.includes("binnen de toekenning"))).toBe(false);
  });

  test("the grant is claimed only where the grant rule looked: not for a register, per year its own grant", async () => {
    const read = async (name: string) =>
      checkWithPolicy(await readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../assets", name))), name));
    const register = await read("register-herverdelingen-2024.xlsx");
    const kinds = new Map(register.tables.map((t) => [`${t.sheet}!${t.range}`, t.kind]));
    const registerRows = register.checked.filter((c) => kinds.get(`${c.sheet}!${c.range}`) === "register");
    expect(registerRows.length).toBe(1);
    expect(registerRows[0].passed.join()).not.toContain("toekenning");
    const years = checkSheets([
      {
        name: "Meerjarig",
        rows: [
          ["Onderdeel", "Begroting 2025", "Begroting 2026"],
          ...BEGROTING_2024.map(([label, amount]): CellSpec[] => [label, amount, amount]),
          ["Totaal", { f: "SUM(B2:B10)" }, { f: "SUM(C2:C10)" }],
        ],
      },
    ]);
    const claims = years.checked.flatMap((c) => c.passed).filter((p) => p.includes("binnen de toekenning"));
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims)
      expect(claim).toMatch(/^totaal (begroting|realisatie) 20\d\d .* binnen de toekenning 20\d\d van /);
  });

  test("a herverdeling within the limit says so; one beyond it does not", () => {
    const within = checkSheets([herverdelingSheet({ rows: [["Ketens", 100000, 110000]] })]);
    expect(within.checked[0].passed).toContain(
      "elk onderdeel binnen de grens van 20% en het totaal binnen het plafond",
    );
    const beyond = checkSheets([herverdelingSheet({ rows: [["Ketens", 100000, 130000]] })]);
    expect(beyond.checked[0].passed.join()).not.toContain("binnen de grens");
  });
});

describe("the CSV of the overview", () => {
  test("fields with ; quotes or line breaks are quoted; a formula-like start is defused", () => {
    expect(csvField("gewoon")).toBe("gewoon");
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('"Restant" klopt niet')).toBe('"""Restant"" klopt niet"');
    expect(csvField("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-5")).toBe("'-5");
    expect(csvField("@x;y")).toBe('"\'@x;y"');
  });

  test("BOM, header, one line per finding, CRLF; a clean and an unreadable file each get a line", () => {
    const csv = toCsv(
      findingRows([
        { file: "schoon.xlsx", error: null, check: checkSheets([begrotingSheet()]) },
        { file: "kapot.xlsx", error: "geen Excel-werkmap", check: undefined },
      ]),
    );
    expect(csv).toBe(
      "\ufeffbestand;blad;cel;regel;ernst;melding\r\n" +
        "schoon.xlsx;;;;;Geen bevindingen\r\n" +
        "kapot.xlsx;;;;Niet te lezen;geen Excel-werkmap\r\n",
    );
  });
});
