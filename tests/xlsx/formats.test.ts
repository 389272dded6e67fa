/**
 * A workbook gives the same findings in every format it is saved in, within what the format
 * keeps. Two sources of variants, neither of them this reader's writer: Excel's own .xlsx, .xlsb,
 * .xls, .ods and Excel 5.0/95 files (fixtures/excel, from SheetJS's test files), and the samples
 * and test workbooks saved as .xls and .ods by LibreOffice Calc here, in the test (it cannot write
 * .xlsb or Excel 5.0/95). What a format or its writer loses is asserted, so that a change shows.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook, CheckResult } from "../../src/core/engine";
import { Cell, WorkbookModel } from "../../src/core/workbook";
import { ASSETS_DIR, SAMPLES } from "../../src/samples/make-samples";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import * as hostile from "../hostile/hostile-files";
import { describeRequiring, onPath, SOFFICE } from "../setup/requirements";

const FIXTURES = path.join(__dirname, "fixtures", "excel");

async function read(file: string): Promise<WorkbookModel> {
  return readXlsx(new Uint8Array(readFileSync(file)), path.basename(file));
}

/** Every cell as "Sheet!row,col value =formula", in a fixed order. */
function cellsOf(model: WorkbookModel): string[] {
  const text = (c: Cell) => `${c.row},${c.col} ${JSON.stringify(c.value)}${c.formula ? ` =${c.formula}` : ""}`;
  return model.sheets.flatMap((s) => s.cells.map((c) => `${s.name}!${text(c)}`)).sort();
}

function findings(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}: ${f.message}`);
}

describe("Excel's own files: the same workbook as .xlsx, .xlsb, .xls and .ods", () => {
  test.each([
    ["merge_cells", ["xlsb", "xls", "ods"]],
    ["sheet_visibility", ["xlsb", "xls", "ods"]],
    ["formulae_test_simple", ["xlsb", "xls"]],
    ["defined_names_simple", ["xlsb", "xls"]],
  ])("%s: the same cells, formulas, merges, names and sheets", async (name, formats) => {
    const xlsx = await read(path.join(FIXTURES, `${name}.xlsx`));
    expect(xlsx.sheets.length).toBeGreaterThan(0);
    for (const format of formats) {
      const other = await read(path.join(FIXTURES, `${name}.${format}`));
      expect({ format, cells: cellsOf(other) }).toEqual({ format, cells: cellsOf(xlsx) });
      expect({ format, merges: other.sheets.map((s) => [...(s.merges ?? [])].sort()) }).toEqual({
        format,
        merges: xlsx.sheets.map((s) => [...(s.merges ?? [])].sort()),
      });
      expect({ format, names: other.names }).toEqual({ format, names: xlsx.names });
      // OpenDocument knows no "very hidden": Excel's own .ods makes such a sheet hidden
      const visibility = (m: WorkbookModel) =>
        m.sheets.map((s) => [s.name, format === "ods" && s.visibility === "veryHidden" ? "hidden" : s.visibility]);
      expect({ format, sheets: visibility(other) }).toEqual({ format, sheets: visibility(xlsx) });
    }
  });

  test("the fixtures hold what they are chosen for: merges, hidden sheets, formulas, names", async () => {
    expect((await read(path.join(FIXTURES, "merge_cells.xlsb"))).sheets[0].merges).toHaveLength(5);
    expect((await read(path.join(FIXTURES, "sheet_visibility.xlsb"))).sheets.map((s) => s.visibility)).toEqual([
      "visible",
      "hidden",
      "veryHidden",
    ]);
    const formulas = (await read(path.join(FIXTURES, "formulae_test_simple.xlsb"))).sheets[0].cells.filter(
      (c) => c.formula,
    );
    expect(formulas.length).toBeGreaterThan(10);
    expect((await read(path.join(FIXTURES, "defined_names_simple.xls"))).names).toEqual([
      { name: "SHEETjs", ref: "Sheet1!$A$2", sheet: "Sheet1" },
      { name: "SheetJS", ref: "Sheet1!$A$1" },
    ]);
  });

  test("an Excel 5.0/95 file (BIFF5) gives the cells and formulas of its .xlsx", async () => {
    const biff5 = await read(path.join(FIXTURES, "1904-1900.biff5"));
    const xlsx = await read(path.join(FIXTURES, "1904-1900.xlsx"));
    expect(biff5.sheets[0].cells.filter((c) => c.formula)).toHaveLength(10);
    expect(cellsOf(biff5)).toEqual(cellsOf(xlsx));
  });
});

describeRequiring([SOFFICE], "the samples and test workbooks saved as .xls and .ods by LibreOffice Calc", () => {
  let dir: string;
  const workbooks: Record<string, () => Promise<Uint8Array>> = {};
  for (const sample of SAMPLES) workbooks[sample.file] = async () => readFileSync(path.join(ASSETS_DIR, sample.file));
  Object.assign(workbooks, {
    "verborgen-bladen.xlsx": hostile.hiddenSheets,
    "externe-koppelingen.xlsx": hostile.externalLinks,
    "samengevoegde-kopjes.xlsx": hostile.mergedHeaders,
    "kringverwijzing.xlsx": hostile.circular,
    "lange-teksten.xlsx": hostile.longText,
    "kenmerken.xlsx": features,
  });

  /** Hidden rows and columns, a merge, a defined name, number formats, a date, a cross-sheet formula, an error, a boolean. */
  async function features(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Blad");
    workbook.addWorksheet("Kengetallen").getCell("B5").value = 12;
    ws.getCell("A1").value = "Titel €";
    ws.getCell("C1").value = "samengevoegd";
    ws.mergeCells("C1:D2");
    ws.getCell("A3").value = "verborgen rij";
    ws.getRow(3).hidden = true;
    ws.getColumn(2).hidden = true;
    ws.getCell("B5").value = 2;
    ws.getCell("C5").value = 0.2;
    ws.getCell("C5").numFmt = "0%";
    ws.getCell("D5").value = 1234.5;
    ws.getCell("D5").numFmt = "#,##0.00";
    ws.getCell("E5").value = new Date(Date.UTC(2024, 0, 31));
    ws.getCell("E5").numFmt = "dd-mm-yyyy";
    ws.getCell("F5").value = { formula: "Kengetallen!B5*2", result: 24 } as ExcelJS.CellFormulaValue;
    ws.getCell("G5").value = { formula: "SUM(B5:D5)", result: 1236.7 } as ExcelJS.CellFormulaValue;
    ws.getCell("H5").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("I5").value = true;
    workbook.definedNames.add("Blad!$B$5", "Bedrag");
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "iza-formats-"));
    mkdirSync(path.join(dir, "xlsx"));
    for (const [name, make] of Object.entries(workbooks)) writeFileSync(path.join(dir, "xlsx", name), await make());
    const inputs = Object.keys(workbooks).map((name) => path.join(dir, "xlsx", name));
    for (const format of ["xls", "ods"]) {
      execFileSync(
        onPath("soffice")!,
        [
          `-env:UserInstallation=file://${path.join(dir, "profiel")}`,
          "--headless",
          "--convert-to",
          format,
          "--outdir",
          path.join(dir, format),
          ...inputs,
        ],
        { stdio: "pipe", timeout: 180_000 },
      );
    }
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const variant = (name: string, format: string) => path.join(dir, format, name.replace(/\.xlsx$/, `.${format}`));

  test.each(Object.keys(workbooks).filter((n) => n !== "externe-koppelingen.xlsx" && n !== "kenmerken.xlsx"))(
    "%s: the same findings, word for word, as .xls and as .ods",
    async (name) => {
      const expected = findings(checkWorkbook(await read(path.join(dir, "xlsx", name))));
      for (const format of ["xls", "ods"]) {
        const result = checkWorkbook(await read(variant(name, format)));
        expect({ format, findings: findings(result) }).toEqual({ format, findings: expected });
      }
    },
  );

  test("external links: .ods names them all (written back as Excel writes them); .xls loses them", async () => {
    const cells = (r: CheckResult) => r.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    const xlsx = checkWorkbook(await read(path.join(dir, "xlsx", "externe-koppelingen.xlsx")));
    const ods = await read(variant("externe-koppelingen.xlsx", "ods"));
    expect(cells(xlsx).length).toBeGreaterThan(0); // the links are found in the .xlsx, so "equal" means something
    expect(cells(checkWorkbook(ods))).toEqual(cells(xlsx));
    // LibreOffice resolves Excel's link number [1] to the file it points at
    expect(ods.sheets[0].cells.find((c) => c.row === 2 && c.col === 2)?.formula).toBe(
      "'\\\\server\\iza\\[begroting-2024.xlsx]Begroting'!B2",
    );
    expect(ods.sheets[0].cells.find((c) => c.row === 3 && c.col === 2)?.formula).toBe(
      "'C:\\map\\[begroting.xlsx]Blad1'!B5",
    );
    // SheetJS reads a reference into another workbook from an .xls without that workbook's name
    // ("Begroting!B2"): the values are checked, the links are not seen
    const xls = await read(variant("externe-koppelingen.xlsx", "xls"));
    expect(xls.sheets[0].cells.find((c) => c.row === 2 && c.col === 2)?.formula).toBe("Begroting!B2");
    // …so the reader says the links are lost (the file's SUPBOOK records), and the formula checks do
    // not take B2 = Begroting!B2 for a circular reference on its own sheet
    expect(xls.externalLinksLost).toBe(true);
    expect(ods.externalLinksLost).toBeUndefined();
    expect(cells(checkWorkbook(xls))).toEqual([]);
  });

  test("hidden rows and columns, merges, names, formats, dates: what .xls and .ods keep", async () => {
    const xlsx = await read(path.join(dir, "xlsx", "kenmerken.xlsx"));
    const xls = await read(variant("kenmerken.xlsx", "xls"));
    const ods = await read(variant("kenmerken.xlsx", "ods"));
    for (const model of [xlsx, xls, ods]) {
      const sheet = model.sheets[0];
      expect({ file: model.name, hiddenRows: sheet.hiddenRows, hiddenCols: sheet.hiddenCols }).toEqual({
        file: model.name,
        hiddenRows: [3],
        hiddenCols: [2],
      });
      expect(model.names).toEqual([{ name: "Bedrag", ref: "Blad!$B$5" }]);
      expect(model.sheets.map((s) => s.name)).toEqual(["Blad", "Kengetallen"]);
      const at = (col: number) => sheet.cells.find((c) => c.row === 5 && c.col === col);
      expect(at(3)).toMatchObject({ value: { kind: "number", value: 0.2 }, numFmt: "0%" });
      expect(at(4)).toMatchObject({ value: { kind: "number", value: 1234.5 }, numFmt: "#,##0.00" });
      expect(at(5)?.value).toEqual({ kind: "number", value: 45322 }); // 31-01-2024 as Excel's serial number
      expect(at(6)).toMatchObject({ value: { kind: "number", value: 24 }, formula: "Kengetallen!B5*2" });
      expect(at(7)).toMatchObject({ value: { kind: "number", value: 1236.7 }, formula: "SUM(B5:D5)" });
      expect(at(8)?.value).toEqual({ kind: "error", value: "#N/A" });
    }
    expect(xlsx.sheets[0].merges).toEqual(["C1:D2"]);
    expect(xls.sheets[0].merges).toEqual(["C1:D2"]);
    // SheetJS reads a merge from .ods only where its first cell holds something: this one does
    expect(ods.sheets[0].merges).toEqual(["C1:D2"]);
    // what LibreOffice writes differently: the date format's "-" escaped; TRUE as a formula in
    // .xls, and in .ods as 1 with =TRUE() (LibreOffice has no boolean type)
    expect(xlsx.sheets[0].cells.find((c) => c.col === 9)).toMatchObject({ value: { kind: "boolean", value: true } });
    expect(xls.sheets[0].cells.find((c) => c.row === 5 && c.col === 5)?.numFmt).toBe("dd\\-mm\\-yyyy");
    expect(xls.sheets[0].cells.find((c) => c.col === 9)).toMatchObject({ value: { kind: "boolean", value: true } });
    expect(ods.sheets[0].cells.find((c) => c.row === 5 && c.col === 5)?.numFmt).toBe('dd"-"mm"-"yyyy');
    expect(ods.sheets[0].cells.find((c) => c.col === 9)).toMatchObject({
      value: { kind: "number", value: 1 },
      formula: "TRUE()",
    });
  });
});
