/** Table detection on the layouts gemeenten really use. */
import { checkTables, checkWorkbook, detectTables, tableFromSelection } from "../../src/core/engine";
import { classifyHeader, totalKind } from "../../src/core/detect/vocabulary";
import { begrotingSheet, brief, CellSpec, check, modelOf, only, SheetSpec } from "./helpers";

describe("header vocabulary", () => {
  test.each([
    ["Onderdeel", "label"],
    ["Omschrijving", "label"],
    ["Begrotingspost", "label"],
    ["Gemeente", "label"],
    ["Begroting 2024", "planned"],
    ["BEGROTING 2024 (€)", "planned"],
    ["Raming 2025 (€)", "planned"],
    ["Bedrag in euro's", "planned"],
    ["  Vastgesteld   budget ", "planned"],
    ["Toegekend bedrag", "planned"],
    ["Gewijzigde begroting", "changed"],
    ["Begroting na wijziging", "changed"],
    ["Voorstel", "changed"],
    ["Realisatie 2024", "actual"],
    ["Werkelijke uitgaven", "actual"],
    ["Besteed t/m december", "actual"],
    ["Verschil", "difference"],
    ["Saldo", "difference"],
    ["Restant (€)", "difference"],
    ["Onderbesteding", "difference"],
    ["Begroting -/- realisatie", "difference"],
    ["Verdeelsleutel", "key"],
    ["Inwoners 1-1-2024", "key"],
    ["Aandeel", "percentage"],
    ["%", "percentage"],
    ["% besteed", "percentage"],
    ["Percentage", "percentage"],
    ["Gefactureerd", "invoiced"],
    ["Totaal gefactureerd", "invoiced"],
    ["Gedeclareerd", "invoiced"],
    ["Toelichting", "notes"],
    ["Opmerkingen", "notes"],
  ])("%j is a %s header", (text, role) => {
    expect(classifyHeader(text)?.role).toBe(role);
  });

  test.each([
    "Nr.",
    "Totaal",
    "Kwartaal",
    "Uitvoeringskosten onderdeel 1 (Projectbureau, incl. communicatie, regionale bijeenkomsten)",
  ])("%j is no header", (text) => {
    expect(classifyHeader(text)).toBeNull();
  });

  test.each(["Totaal", "TOTAAL", "Totalen", "Total", "Totaal generaal", "Totaal IZA 2024", "Eindtotaal"])(
    "%j is a total",
    (text) => {
      expect(totalKind(text)).toBe("total");
    },
  );
  test.each(["Subtotaal", "Subtotaal onderdeel 6"])("%j is a subtotal", (text) => {
    expect(totalKind(text)).toBe("subtotal");
  });
  test.each(["Totaalbedrag?", "Monitoring en evaluatie", "Het totaal van alles"])("%j is no total", (text) => {
    expect(totalKind(text)).not.toBe("total");
  });
});

describe("layouts", () => {
  test("a table away from A1, under a merged title and a note", async () => {
    const sheet = begrotingSheet({ at: "C6" });
    sheet.cells = { C2: "Begroting IZA 2024", C3: "Illustratieve cijfers, niet uit de bronnen" };
    sheet.merges = ["C2:F2"];
    const model = await modelOf(sheet);
    const [table] = detectTables(model);
    expect(table).toMatchObject({
      kind: "begroting",
      headerRow: 6,
      firstCol: 3,
      lastCol: 4,
      totalRow: 16,
      range: "C6:D16",
      title: "Begroting IZA 2024",
    });
    expect(table.detailRows).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(table.columns).toEqual([
      { col: 3, role: "label", header: "Onderdeel" },
      { col: 4, role: "planned", header: "Bedrag (€)" },
    ]);
    expect(checkWorkbook(model).findings).toEqual([]);
  });

  test("blank rows inside the table, and the findings on the right cell", async () => {
    const rows: CellSpec[][] = [
      ["Omschrijving", "Begroting", "Realisatie"],
      ["Projectbureau", 500000, 480000],
      [],
      ["Netwerk", 500000, 500000],
      [],
      [],
      ["Ketens", 2000000, 2100000],
      ["Totalen", { f: "SUM(C3:C8)" }, { f: "SUM(D3:D8)", v: 3000000 }],
    ];
    const result = await check({ name: "Blanco", at: "B2", rows });
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]).toMatchObject({ detailRows: [3, 5, 8], totalRow: 9, kind: "realisatie" });
    expect(brief(result)).toEqual(["realisatie-boven-begroting@Blanco!D8", "totaal-klopt-niet@Blanco!D9"]);
    expect(result.findings[1].message).toBe(
      "Totaal €\u00a03.000.000,00 wijkt €\u00a080.000,00 af van de som van de regels (€\u00a03.080.000,00)",
    );
  });

  test("three blank rows end a table", async () => {
    const rows: CellSpec[][] = [["Onderdeel", "Bedrag"], ["A", 100], ["B", 200], [], [], [], ["Totaal", 999]];
    const result = await check({ name: "Eind", rows });
    expect(result.tables[0].totalRow).toBeUndefined();
    expect(result.findings).toEqual([]);
  });

  test("a notes column is read as notes and left alone", async () => {
    const rows: CellSpec[][] = [
      ["Onderdeel", "Bedrag (€)", "Opmerkingen"],
      ["A", 100, "zie bijlage"],
      ["B", 200, "€ 17.850,-"],
      ["C", 300, { error: "#N/A" }],
      ["Totaal", { f: "SUM(B2:B4)" }, "4.747.850"],
    ];
    const result = await check({ name: "Noten", rows });
    expect(result.tables[0].columns.map((c) => c.role)).toEqual(["label", "planned", "notes"]);
    expect(result.findings).toEqual([]);
  });

  test("several tables on one sheet, stacked and side by side", async () => {
    const sheet: SheetSpec = {
      name: "Bijlage 2",
      cells: {
        A1: "Tabel 1",
        A2: "Onderdeel",
        B2: "Begroting",
        C2: "Realisatie",
        A3: "Projectbureau",
        B3: 100,
        C3: 90,
        A4: "Netwerk",
        B4: 200,
        C4: 210,
        A5: "Totaal",
        B5: { f: "SUM(B3:B4)" },
        C5: { f: "SUM(C3:C4)" },
        A7: "Tabel 2",
        A8: "Gemeente",
        B8: "Bedrag",
        A9: "Venlo",
        B9: 50,
        A10: "Venray",
        B10: 60,
        A11: "Totaal",
        B11: { f: "SUM(B9:B10)", v: 111 },
        // beside tabel 1, one empty column between
        E2: "Post",
        F2: "Budget",
        E3: "Monitoring",
        F3: 10,
        E4: "Evaluatie",
        F4: "20",
        E5: "Totaal",
        F5: { f: "SUM(F3:F4)" },
      },
    };
    const result = await check(sheet);
    expect(result.tables.map((t) => `${t.kind} ${t.range} ${t.title ?? ""}`)).toEqual([
      "realisatie A2:C5 Tabel 1",
      "begroting E2:F5 ",
      "begroting A8:B11 Tabel 2",
    ]);
    expect(brief(result)).toEqual([
      "realisatie-boven-begroting@Bijlage 2!C4",
      "getal-als-tekst@Bijlage 2!F4",
      "totaal-klopt-niet@Bijlage 2!B11",
    ]);
  });

  test("an unrelated sheet full of numbers stays silent", async () => {
    const rows: CellSpec[][] = [["Week", "Bezoekers", "Pagina's", "Aanmeldingen", 2024]];
    for (let r = 0; r < 60; r++)
      rows.push([
        r + 1,
        ...Array.from({ length: 12 }, (_, c) => ((r * 7919 + c * 104729) % 100000) / (c % 3 === 0 ? 1 : 7)),
      ]);
    rows.push(["Totaal", 1, 2, 3, -4]);
    const sheets: SheetSpec[] = [
      { name: "Getallen", rows },
      {
        name: "Tekst",
        rows: [
          ["Begroting 2024"],
          ["Dit blad legt uit hoe de begroting en de realisatie zijn opgesteld."],
          [12.3456, "Onderdeel", -5],
        ],
      },
      begrotingSheet(),
    ];
    const result = await check(sheets);
    expect(result.tables.map((t) => t.sheet)).toEqual(["Begroting"]);
    expect(result.findings).toEqual([]);
  });

  test("a header row without numbers below it is no table", async () => {
    expect(
      (await check({ name: "Leeg", rows: [["Onderdeel", "Begroting", "Realisatie"], ["nog in te vullen"]] })).tables,
    ).toEqual([]);
  });

  test("a ledger row that happens to read like a header does not cut the table", async () => {
    const rows: CellSpec[][] = [["Omschrijving", "Onderdeel", "Realisatie"]];
    for (let i = 0; i < 20; i++)
      rows.push([i === 10 ? "Budget" : `Factuur ${i}`, i === 10 ? "Project" : "Onderdeel 3", 100]);
    rows.push(["Totaal", null, { f: "SUM(C2:C21)" }]);
    const result = await check({ name: "Grootboek", rows });
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]).toMatchObject({ totalRow: 22, kind: "realisatie" });
    expect(result.findings).toEqual([]);
  });

  test("the word Totaal one column left of the labels", async () => {
    const rows: CellSpec[][] = [
      [null, "Onderdeel", "Bedrag"],
      [1, "A", 100],
      [2, "B", 200],
      ["Totaal", null, { f: "SUM(C2:C3)", v: 301 }],
    ];
    const result = await check({ name: "Links", rows });
    expect(result.tables[0].totalRow).toBe(4);
    expect(brief(result)).toEqual(["totaal-klopt-niet@Links!C4"]);
  });

  test("a label column without a header is found from the text under it", async () => {
    const rows: CellSpec[][] = [
      [null, "Begroting", "Realisatie"],
      ["Projectbureau", 100, 90],
      ["Netwerk", 200, 250],
      ["Totaal", { f: "SUM(B2:B3)" }, { f: "SUM(C2:C3)" }],
    ];
    const result = await check({ name: "Zonder", rows });
    expect(result.tables[0].columns[0]).toEqual({ col: 1, role: "label", header: "kolom A" });
    expect(brief(result)).toEqual(["realisatie-boven-begroting@Zonder!C3", "realisatie-boven-begroting@Zonder!C4"]);
  });
});

describe("tableFromSelection", () => {
  const rows: CellSpec[][] = [
    ["Wat", "Jaar 1", "Jaar 2"],
    ["Projectbureau", 100, 90],
    ["Netwerk", 200, 250],
    ["Totaal", { f: "SUM(C3:C4)", v: 301 }, { f: "SUM(D3:D4)" }],
  ];

  test("a table the detection misses, with roles chosen by the user", async () => {
    const model = await modelOf({ name: "Vrij", at: "B2", rows });
    expect(detectTables(model)).toEqual([]);
    const table = tableFromSelection(model, "Vrij", "B2:D5", { 2: "label", 3: "planned", 4: "actual" });
    expect(table).toMatchObject({
      sheet: "Vrij",
      kind: "realisatie",
      headerRow: 2,
      detailRows: [3, 4],
      totalRow: 5,
      range: "B2:D5",
    });
    expect(table.columns).toEqual([
      { col: 2, role: "label", header: "Wat" },
      { col: 3, role: "planned", header: "Jaar 1" },
      { col: 4, role: "actual", header: "Jaar 2" },
    ]);
    expect(brief(checkTables(model, [table]))).toEqual([
      "realisatie-boven-begroting@Vrij!D4",
      "totaal-klopt-niet@Vrij!C5",
      "realisatie-boven-begroting@Vrij!D5",
    ]);
  });

  test("a selection without the header row, and a chosen kind", async () => {
    const model = await modelOf({ name: "Vrij", at: "B2", rows });
    const table = tableFromSelection(model, "Vrij", "B3:C5", { 2: "label", 3: "planned" }, "begroting");
    expect(table).toMatchObject({ kind: "begroting", headerRow: 2, detailRows: [3, 4], totalRow: 5 });
    expect(brief(checkTables(model, [table]))).toEqual(["totaal-klopt-niet@Vrij!C5"]);
  });

  test("an unknown sheet", async () => {
    const model = await modelOf({ name: "Vrij", rows });
    expect(() => tableFromSelection(model, "Anders", "A1:B2", { 1: "label" })).toThrow(/bestaat niet/);
  });
});

test("a gemeente's own layout: every defect on its cell, the rest silent", async () => {
  const sheets: SheetSpec[] = [
    {
      name: "Uitleg",
      rows: [["Verantwoording IZA gemeente Weert"], ["Bedragen in euro's"], [2023, 2024, 2025], [1.5, 2.25, 3.125]],
    },
    {
      name: "IZA 2024",
      merges: ["C2:H2"],
      cells: {
        C2: "Realisatie IZA 2024 gemeente Weert",
        C3: "Stand per 31 december",
        C5: "Nr.",
        D5: "Activiteit",
        E5: "Budget 2024 (in euro's)",
        F5: "Werkelijk 2024",
        G5: "Saldo",
        H5: "Opmerkingen",
        C6: 1,
        D6: "Kansrijke Start",
        E6: 40000,
        F6: 38250.5,
        G6: { f: "E6-F6" },
        C7: 2,
        D7: "Valpreventie",
        E7: "€ 25.000,-",
        F7: 24000,
        G7: { f: "E7-F7", v: { error: "#VALUE!" } },
        H7: "bedrag overgenomen uit pdf",
        C9: 3,
        D9: "Welzijn op recept",
        E9: 30000,
        F9: 31000,
        G9: 1000,
        C10: 4,
        D10: "GLI",
        E10: 15000,
        F10: null,
        G10: { f: "E10-F10" },
        D11: "Totaal generaal",
        E11: 85000,
        F11: { f: "SUM(F6:F10)" },
        G11: { f: "SUM(G6:G10)", v: 17749.5 },
      },
    },
  ];
  const result = await check(sheets);
  expect(result.tables.map((t) => `${t.sheet} ${t.kind} ${t.range} ${t.title}`)).toEqual([
    "IZA 2024 realisatie D5:H11 Realisatie IZA 2024 gemeente Weert",
  ]);
  expect(brief(result)).toEqual([
    "getal-als-tekst@IZA 2024!E7",
    "foutwaarde@IZA 2024!G7",
    "realisatie-boven-begroting@IZA 2024!F9",
    // G9's Saldo is typed over the formula of the other lines
    "inconsistente-formule@IZA 2024!G9",
    "lege-bedragcel@IZA 2024!F10",
    "totaal-vaste-waarde@IZA 2024!E11",
    "realisatie-boven-begroting@IZA 2024!F11",
  ]);
  // Saldo 1.000 for 30.000 − 31.000: the sign is accepted, the amount is right.
  expect(only(result, "verschil-klopt-niet")).toEqual([]);
});
