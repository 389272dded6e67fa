/** ExcelJS → WorkbookModel: what a real .xlsx holds, and the files that are none. */
import ExcelJS from "exceljs";
import { Cell, WorkbookModel } from "../../src/core/workbook";
import { readXlsx, WorkbookReadError } from "../../src/xlsx/read-xlsx";

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

  test("merged cells keep their value in the top-left cell only", () => {
    expect(cellAt(model, "Gegevens", 1, 1)?.value).toEqual({ kind: "text", value: "Begroting 2024" });
    expect(cellAt(model, "Gegevens", 1, 2)).toBeUndefined();
    expect(cellAt(model, "Gegevens", 1, 3)).toBeUndefined();
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
    expect(cellAt(model, "Gegevens", 3, 3)?.value).toEqual({ kind: "number", value: 45292 });
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
  async function reason(bytes: Uint8Array): Promise<string> {
    try {
      await readXlsx(bytes, "x");
    } catch (error) {
      expect(error).toBeInstanceOf(WorkbookReadError);
      expect((error as Error).message).not.toMatch(/\n\s+at /);
      return (error as Error).message;
    }
    throw new Error("gelezen zonder fout");
  }

  test("an empty file", async () => {
    expect(await reason(new Uint8Array())).toBe("het bestand is leeg");
  });

  test("a password-protected .xlsx or an old .xls (a CFB container)", async () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await reason(cfb)).toMatch(/^beveiligd met een wachtwoord of een oud \.xls-bestand/);
  });

  test("text, or a damaged zip", async () => {
    expect(await reason(new TextEncoder().encode("Onderdeel;Bedrag\nA;100\n"))).toBe(
      "geen Excel-werkmap (.xlsx): het bestand is beschadigd of een ander formaat",
    );
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("A").getCell("A1").value = 5;
    const bytes = await bytesOf(workbook);
    expect(await reason(bytes.slice(0, Math.floor(bytes.length / 2)))).toBe(
      "geen Excel-werkmap (.xlsx): het bestand is beschadigd of een ander formaat",
    );
  });

  test("a Word document, an OpenDocument spreadsheet and a binary workbook", async () => {
    // ZIP archives name their entries in plain text; the signature and the names tell what they are.
    const zip = (...names: string[]) => new TextEncoder().encode(`PK\u0003\u0004${names.join("\u0000")}`);
    expect(await reason(zip("[Content_Types].xml", "word/document.xml"))).toBe("een Word-document, geen Excel-werkmap");
    expect(await reason(zip("mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "content.xml"))).toMatch(
      /OpenDocument-rekenblad \(\.ods\)/,
    );
    expect(await reason(zip("[Content_Types].xml", "xl/workbook.bin"))).toMatch(/binaire Excel-werkmap \(\.xlsb\)/);
    expect(await reason(zip("[Content_Types].xml", "ppt/presentation.xml"))).toBe(
      "geen Excel-werkmap (.xlsx): het bestand is beschadigd of een ander formaat",
    );
  });
});
