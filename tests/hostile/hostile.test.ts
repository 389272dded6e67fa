/**
 * Files that fight back, through readXlsx and checkWorkbook (what the pane and the command line
 * both do): a Dutch reason for the ones that cannot be read, sensible findings for the others.
 */
import { SheetGrid } from "../../src/core/detect/grid";
import { parseA1 } from "../../src/core/a1";
import { checkWorkbook, CheckResult } from "../../src/core/engine";
import { Cell, WorkbookModel } from "../../src/core/workbook";
import { readXlsx, WorkbookReadError } from "../../src/xlsx/read-xlsx";
import * as hostile from "./hostile-files";

const NOT_A_WORKBOOK = "geen Excel-werkmap (.xlsx): het bestand is beschadigd of een ander formaat";

async function reason(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsx(bytes, "x.xlsx");
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n|\bat .*:\d+|Error:|undefined|NaN/);
    return message;
  }
  throw new Error("gelezen zonder fout");
}

function cellAt(model: WorkbookModel, sheet: string, address: string): Cell | undefined {
  const { row, col } = parseA1(address);
  return model.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.row === row && c.col === col);
}

function brief(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);
}

describe("files that cannot be read say why, in Dutch", () => {
  test("a zip cut off halfway and a zip with scrambled data are damaged", async () => {
    expect(await reason(await hostile.corruptZip("truncated"))).toBe(NOT_A_WORKBOOK);
    expect(await reason(await hostile.corruptZip("scrambled"))).toBe(NOT_A_WORKBOOK);
  });

  test("an old .xls renamed to .xlsx (BIFF8 'Workbook' or BIFF5 'Book' stream) says oud .xls-formaat", async () => {
    const expected =
      "een werkmap in oud .xls-formaat (Excel 97-2003): open het in Excel en sla het op als Excel-werkmap (.xlsx)";
    expect(await reason(hostile.biffRenamed())).toBe(expected);
    expect(await reason(hostile.biff5Renamed())).toBe(expected);
  });

  test("a password-protected workbook (EncryptionInfo, EncryptedPackage) says beveiligd met een wachtwoord", async () => {
    const message = await reason(hostile.passwordProtected());
    expect(message).toMatch(/^beveiligd met een wachtwoord: /);
    expect(message).toContain("Sla in Excel een kopie op zonder wachtwoord");
    expect(message).not.toContain(".xls-");
  });

  test("a compound file whose directory cannot be read names both possibilities; an old .doc says so", async () => {
    expect(await reason(hostile.bareCfbHeader())).toMatch(
      /^beveiligd met een wachtwoord of een oud \.xls-bestand \(Excel 97-2003\)/,
    );
    const doc = hostile.cfb([{ name: "WordDocument", data: new Uint8Array(100) }]);
    expect(await reason(doc)).toBe("een Word-document (.doc), geen Excel-werkmap");
  });

  test("a CSV renamed to .xlsx is no Excel workbook", async () => {
    expect(await reason(hostile.csvRenamed())).toBe(NOT_A_WORKBOOK);
  });

  test("a workbook without a single worksheet", async () => {
    expect(await reason(await hostile.noSheets())).toBe(
      "geen werkbladen: de werkmap heeft geen blad met cellen om te controleren",
    );
  });
});

describe("files that can be read are checked as usual", () => {
  test("an empty workbook: one empty sheet, nothing to report", async () => {
    const model = await readXlsx(await hostile.emptyWorkbook(), "leeg.xlsx");
    expect(model.sheets).toEqual([{ name: "Blad1", visibility: "visible", cells: [] }]);
    const result = checkWorkbook(model);
    expect(result.tables).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  test("a used range of 1.048.576 rows by 16.384 columns: the corners are read, the table checked", async () => {
    const model = await readXlsx(await hostile.hugeUsedRange(), "groot.xlsx");
    expect(cellAt(model, "Begroting", "XFD1048576")?.value).toEqual({ kind: "text", value: "einde" });
    expect(cellAt(model, "Begroting", "XFD1")?.value).toEqual({ kind: "text", value: "rechtsboven" });
    expect(cellAt(model, "Begroting", "A1048576")?.value).toEqual({ kind: "text", value: "linksonder" });
    const result = checkWorkbook(model);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:B11"]);
    expect(result.findings).toEqual([]);
  });

  test("a whole column merged, a drop-down list and conditional format over the whole sheet: read in moments", async () => {
    // Plain ExcelJS makes an object for every cell these cover (17 billion) and never finishes.
    const started = Date.now();
    const model = await readXlsx(await hostile.hugeUsedRange(true), "groot.xlsx");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(model.sheets[0].cells).toHaveLength(25); // 22 of the begroting, 3 in the far corners
    expect(checkWorkbook(model).findings).toEqual([]);
  });

  test("the engine indexes a sheet by its filled cells, never rows × columns", () => {
    // 50 sheets each spanning A1:XFD1048576: a rows × columns grid would take terabytes, even a
    // rows-long array 400 MB. The grids are kept alive while their memory is measured.
    const sheets = Array.from({ length: 50 }, (_, i) => ({
      name: `Blad${i + 1}`,
      cells: [
        { row: 1, col: 1, value: { kind: "text" as const, value: "Onderdeel" } },
        { row: 524_288, col: 8_192, value: { kind: "number" as const, value: 2 } },
        { row: 1_048_576, col: 16_384, value: { kind: "number" as const, value: 1 } },
      ],
    }));
    const before = process.memoryUsage().heapUsed;
    const grids = sheets.map((sheet, i) => new SheetGrid(sheet, i));
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024);
    expect(grids[49].get(1_048_576, 16_384)?.value).toEqual({ kind: "number", value: 1 });
    expect(grids[49].rowNumbers).toEqual([1, 524_288, 1_048_576]);
    expect(checkWorkbook({ name: "hoeken.xlsx", sheets }).findings).toEqual([]);
  });

  test("circular references: the cached values are read, a Totaal that sums itself is reported", async () => {
    const model = await readXlsx(await hostile.circular(), "kring.xlsx");
    expect(cellAt(model, "Kring", "A1")).toMatchObject({ formula: "B1", value: { kind: "number", value: 0 } });
    expect(cellAt(model, "Kring", "B1")).toMatchObject({ formula: "A1", value: { kind: "number", value: 0 } });
    const result = checkWorkbook(model);
    // the cycle A1 ⇄ B1 is on no table: only the Totaal's is reported
    expect(brief(result)).toEqual(["fout kringverwijzing Begroting!B11", "fout totaal-klopt-niet Begroting!B11"]);
    expect(result.findings[1].message).toBe(
      "Totaal € 0,00 wijkt € 4.747.850,00 af van de som van de regels (€ 4.747.850,00)",
    );
  });

  test("cells of 32.767 characters are read whole; the report stays short", async () => {
    const model = await readXlsx(await hostile.longText(), "lang.xlsx");
    for (const address of ["A4", "B6", "D1", "D2"]) {
      const value = cellAt(model, "Begroting", address)?.value;
      expect(value?.kind === "text" && value.value.length).toBe(hostile.MAX_CELL_TEXT);
    }
    const started = Date.now();
    const result = checkWorkbook(model);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:B11"]);
    // The long text in the amount column counts as nothing, as in Excel's SUM: € 17.850 not budgeted.
    expect(brief(result)).toEqual(["info onder-toekenning Begroting!B11"]);
    expect(result.findings[0].message).toContain("Niet begroot: € 17.850,00");
    for (const f of result.findings) expect(f.message.length).toBeLessThan(300);
  });

  test("external links: the formulas stay as written, the cached values are checked, each link is named", async () => {
    const model = await readXlsx(await hostile.externalLinks(), "koppelingen.xlsx");
    expect(cellAt(model, "Begroting", "B2")).toMatchObject({
      formula: "[1]Begroting!B2",
      value: { kind: "number", value: 500000 },
    });
    expect(cellAt(model, "Begroting", "B3")).toMatchObject({
      formula: "'C:\\map\\[begroting.xlsx]Blad1'!B5",
      value: { kind: "number", value: 500000 },
    });
    const result = checkWorkbook(model);
    expect(result.tables.map((t) => t.range)).toEqual(["A1:B11"]);
    // the totals add up (the cached values are used); the links themselves are named, cell by cell
    expect(brief(result)).toEqual(
      ["B2", "B3", "B4", "B6", "B8", "B10"].map((cell) => `waarschuwing externe-koppeling Begroting!${cell}`),
    );
    expect(result.findings[1].message).toBe(
      'Het bedrag bij "Uitvoeringskosten onderdeel 2 (Netwerksamenwerkin…" komt via een koppeling uit een andere werkmap ' +
        `("='C:\\map\\[begroting.xlsx]Blad1'!B5"); het klopt alleen zolang die werkmap bereikbaar is en de koppeling wordt bijgewerkt`,
    );
  });

  test("hidden and very hidden sheets are checked and say they are hidden", async () => {
    const model = await readXlsx(await hostile.hiddenSheets(), "verborgen.xlsx");
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Voorblad", "visible"],
      ["Verborgen", "hidden"],
      ["Heel verborgen", "veryHidden"],
    ]);
    const result = checkWorkbook(model);
    expect(brief(result)).toEqual([
      "info verborgen-blad Verborgen!A1",
      "fout boven-toekenning Verborgen!B11",
      "fout totaal-klopt-niet Verborgen!B11",
      "info verborgen-blad Heel verborgen!A1",
    ]);
    expect(result.findings[0].message).toBe(
      "Dit blad is verborgen, maar de controle telt de tabel op A1:B11 (begroting) mee",
    );
  });

  test("merged title and header cells: the table, its title and the wrong total are found", async () => {
    const model = await readXlsx(await hostile.mergedHeaders(), "samengevoegd.xlsx");
    expect(cellAt(model, "Begroting", "B3")?.value).toEqual({ kind: "text", value: "Begroting 2024" });
    expect(cellAt(model, "Begroting", "C3")).toBeUndefined(); // covered by the merge
    const result = checkWorkbook(model);
    expect(result.tables).toMatchObject([
      { kind: "herverdeling", range: "A4:C14", title: "Begroting IZA 2024 (bedragen in euro's)", totalRow: 14 },
    ]);
    expect(brief(result)).toEqual(["fout totaal-klopt-niet Begroting!C14"]);
    expect(result.findings[0].message).toBe(
      "Totaal € 4.757.850,00 wijkt € 10.000,00 af van de som van de regels (€ 4.747.850,00)",
    );
  });

  test("200 sheets: all read in order, the tables on them found, the one wrong total reported", async () => {
    const started = Date.now();
    const model = await readXlsx(await hostile.manySheets(200), "200-bladen.xlsx");
    const result = checkWorkbook(model);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(model.sheets).toHaveLength(200);
    expect(model.sheets[199].name).toBe("Blad 200");
    const { tables, wrong } = hostile.manySheetsLayout(200);
    expect(result.tables.map((t) => t.sheet)).toEqual(tables);
    expect(brief(result)).toEqual([`fout boven-toekenning ${wrong}!B11`, `fout totaal-klopt-niet ${wrong}!B11`]);
  });
});
