/**
 * A workbook written by ExcelJS (as the samples and the test workbooks are), read by SheetJS into
 * the WorkbookModel: what an .xlsx holds, and a first look at files that are none.
 */
import ExcelJS from "exceljs";
import { Cell, WorkbookModel } from "../../src/core/workbook";
import { readXlsx, WorkbookReadError } from "../../src/xlsx/read-xlsx";
import { zip } from "../hostile/hostile-files";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function cellAt(model: WorkbookModel, sheet: string, row: number, col: number): Cell | undefined {
  return model.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.row === row && c.col === col);
}

describe("readXlsx", () => {
  let model: WorkbookModel;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Gegevens");
    ws.getCell("A1").value = "Begroting 2024";
    ws.mergeCells("A1:C1");
    ws.getCell("A2").value = 1;
    ws.getCell("A3").value = 2;
    ws.getCell("A4").value = 3.5;
    ws.getCell("A4").numFmt = "#,##0.00";
    ws.getCell("B2").value = {
      formula: "A2*2",
      result: 2,
      shareType: "shared",
      ref: "B2:B4",
    } as ExcelJS.CellFormulaValue;
    ws.getCell("B3").value = { sharedFormula: "B2", result: 4 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("B4").value = { sharedFormula: "B2", result: 7 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("C2").value = { richText: [{ text: "Onder" }, { font: { bold: true }, text: "deel" }] };
    ws.getCell("C3").value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell("C4").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("D3").value = { formula: '"a"&"b"', result: "ab" } as ExcelJS.CellFormulaValue;
    ws.getCell("D4").value = { formula: "A2=1", result: true } as ExcelJS.CellFormulaValue;
    ws.getCell("E2").value = { text: "IZA", hyperlink: "https://example.nl" };
    ws.getCell("E3").value = true;
    ws.getCell("E4").value = { formula: "A2+1" } as ExcelJS.CellFormulaValue; // no cached result
    ws.getCell("F2").value = "";
    ws.getCell("A6").value = "verborgen rij";
    ws.getRow(6).hidden = true;
    ws.getColumn(5).hidden = true;
    workbook.definedNames.add("Gegevens!$A$2:$A$4", "Bedragen");
    const hidden = workbook.addWorksheet("Verborgen", { state: "hidden" });
    hidden.getCell("A1").value = 1;
    workbook.addWorksheet("Heel verborgen", { state: "veryHidden" });
    model = await readXlsx(await bytesOf(workbook), "proef.xlsx");
  });

  test("sheets in order, with their visibility", () => {
    expect(model.name).toBe("proef.xlsx");
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Gegevens", "visible"],
      ["Verborgen", "hidden"],
      ["Heel verborgen", "veryHidden"],
    ]);
  });

  test("merged cells keep their value in the top-left cell only; the range is in merges", () => {
    expect(cellAt(model, "Gegevens", 1, 1)?.value).toEqual({ kind: "text", value: "Begroting 2024" });
    expect(cellAt(model, "Gegevens", 1, 2)).toBeUndefined();
    expect(cellAt(model, "Gegevens", 1, 3)).toBeUndefined();
    expect(model.sheets[0].merges).toEqual(["A1:C1"]);
  });

  test("hidden rows and columns up to the last cell, and the defined names", () => {
    expect(model.sheets[0].hiddenRows).toEqual([6]);
    expect(model.sheets[0].hiddenCols).toEqual([5]);
    expect(model.sheets[1].hiddenRows).toBeUndefined();
    expect(model.names).toEqual([{ name: "Bedragen", ref: "Gegevens!$A$2:$A$4" }]);
  });

  test("numbers with their format", () => {
    expect(cellAt(model, "Gegevens", 4, 1)).toEqual({
      row: 4,
      col: 1,
      value: { kind: "number", value: 3.5 },
      numFmt: "#,##0.00",
    });
  });

  test("shared formulas get their own translated formula and cached result", () => {
    expect(cellAt(model, "Gegevens", 2, 2)).toMatchObject({ formula: "A2*2", value: { kind: "number", value: 2 } });
    expect(cellAt(model, "Gegevens", 3, 2)).toMatchObject({ formula: "A3*2", value: { kind: "number", value: 4 } });
    expect(cellAt(model, "Gegevens", 4, 2)).toMatchObject({ formula: "A4*2", value: { kind: "number", value: 7 } });
  });

  test("rich text, dates, errors, hyperlinks and booleans", () => {
    expect(cellAt(model, "Gegevens", 2, 3)?.value).toEqual({ kind: "text", value: "Onderdeel" });
    // a date is Excel's serial number with its date format, as Excel keeps it
    expect(cellAt(model, "Gegevens", 3, 3)).toMatchObject({
      value: { kind: "number", value: 45292 },
      numFmt: "m/d/yy",
    });
    expect(cellAt(model, "Gegevens", 4, 3)?.value).toEqual({ kind: "error", value: "#REF!" });
    expect(cellAt(model, "Gegevens", 2, 5)?.value).toEqual({ kind: "text", value: "IZA" });
    expect(cellAt(model, "Gegevens", 3, 5)?.value).toEqual({ kind: "boolean", value: true });
  });

  test("formula results of every kind; a formula without a cached result is blank", () => {
    expect(cellAt(model, "Gegevens", 2, 4)).toMatchObject({
      formula: "1/0",
      value: { kind: "error", value: "#DIV/0!" },
    });
    expect(cellAt(model, "Gegevens", 3, 4)).toMatchObject({ value: { kind: "text", value: "ab" } });
    expect(cellAt(model, "Gegevens", 4, 4)).toMatchObject({ value: { kind: "boolean", value: true } });
    expect(cellAt(model, "Gegevens", 4, 5)).toMatchObject({ formula: "A2+1", value: { kind: "blank" } });
  });

  test("empty text is no cell", () => {
    expect(cellAt(model, "Gegevens", 2, 6)).toBeUndefined();
  });

  test("an ArrayBuffer works as well as a Uint8Array", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("A").getCell("A1").value = 5;
    const bytes = await bytesOf(workbook);
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await readXlsx(copy, "a.xlsx")).sheets[0].cells[0].value).toEqual({ kind: "number", value: 5 });
  });
});

describe("files that are no workbook get a Dutch reason", () => {
  async function reason(bytes: Uint8Array): Promise<[string, string]> {
    try {
      await readXlsx(bytes, "x");
    } catch (error) {
      expect(error).toBeInstanceOf(WorkbookReadError);
      expect((error as Error).message).not.toMatch(/\n\s+at /);
      return [(error as WorkbookReadError).reason, (error as Error).message];
    }
    throw new Error("gelezen zonder fout");
  }
  const types = (main: string) =>
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/x/main.xml" ContentType="${main}"/></Types>`;
  const part = (name: string, text: string) => ({ name, data: new TextEncoder().encode(text) });

  test("an empty file", async () => {
    expect(await reason(new Uint8Array())).toEqual([
      "leeg",
      "het bestand is leeg (0 bytes): er staat niets in; kopieer of download het opnieuw",
    ]);
  });

  test("text and web pages with a workbook's name", async () => {
    expect(await reason(new TextEncoder().encode("Onderdeel;Bedrag\nA;100\n"))).toEqual([
      "ander-document",
      "een tekstbestand (zoals CSV): de controle leest werkmappen (.xlsx, .xlsm, .xlsb, .xls) en rekenbladen (.ods); open het in Excel en sla het op als Excel-werkmap (.xlsx)",
    ]);
    expect((await reason(new TextEncoder().encode("<html><body><table><tr><td>1</td></tr></table>")))[1]).toMatch(
      /^een webpagina \(HTML\)/,
    );
    const xml2003 = '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    expect((await reason(new TextEncoder().encode(xml2003)))[1]).toMatch(/^een XML-werkmap van Excel 2003/);
  });

  test("a PDF says it is one", async () => {
    expect(await reason(new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"))).toEqual([
      "ander-document",
      "een PDF-document, geen werkmap",
    ]);
  });

  test("Word, PowerPoint and OpenDocument files other than a spreadsheet say what they are", async () => {
    const docx = zip([
      part(
        "[Content_Types].xml",
        types("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
      ),
      part("word/document.xml", "<w:document/>"),
    ]);
    expect(await reason(docx)).toEqual(["ander-document", "een Word-document (.docx), geen werkmap"]);
    const pptx = zip([
      part(
        "[Content_Types].xml",
        types("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
      ),
    ]);
    expect(await reason(pptx)).toEqual(["ander-document", "een PowerPoint-presentatie (.pptx), geen werkmap"]);
    const odt = zip([
      { ...part("mimetype", "application/vnd.oasis.opendocument.text"), method: 0 },
      part("content.xml", "<office:document-content/>"),
    ]);
    expect(await reason(odt)).toEqual(["ander-document", "een OpenDocument-tekstdocument (.odt), geen rekenblad"]);
  });

  test("a zip without a workbook, and a workbook without its content types", async () => {
    expect(await reason(zip([part("notities.txt", "geen werkmap")]))).toEqual([
      "geen-werkmap",
      "geen werkmap: een zip-bestand zonder werkmap erin",
    ]);
    expect(await reason(zip([]))).toEqual(["geen-werkmap", "geen werkmap: een leeg zip-bestand, er staat niets in"]);
    expect(await reason(zip([part("xl/workbook.xml", "<workbook/>")]))).toEqual([
      "beschadigd",
      expect.stringMatching(/^beschadigd: het onderdeel \[Content_Types\]\.xml ontbreekt; open het in Excel/),
    ]);
  });
});
