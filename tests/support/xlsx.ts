/** The .xlsx side of the tests' one set of workbook builders (./workbooks): files made with ExcelJS. */
import ExcelJS from "exceljs";
import type { WorkbookModel } from "../../src/core/workbook";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { evaluator, flatten, isFormula, SheetSpec } from "./workbooks";

export function buildWorkbook(sheets: SheetSpec[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.state ?? "visible" });
    const cells = flatten(sheet);
    const valueOf = evaluator(cells, sheet.hiddenRows);
    for (const [address, spec] of cells) {
      const cell = ws.getCell(address);
      if (isFormula(spec)) {
        const result = valueOf(address);
        cell.value = { formula: spec.f.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
        if (spec.fmt) cell.numFmt = spec.fmt;
      } else if (typeof spec === "object" && spec !== null && "error" in spec) {
        cell.value = { error: spec.error } as ExcelJS.CellErrorValue;
      } else if (typeof spec === "object" && spec !== null) {
        cell.value = spec.v;
        cell.numFmt = spec.fmt;
      } else {
        cell.value = spec as number | string | boolean;
      }
    }
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const row of sheet.hiddenRows ?? []) ws.getRow(row).hidden = true;
    for (const col of sheet.hiddenCols ?? []) ws.getColumn(col).hidden = true;
  }
  return workbook;
}

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function modelOf(sheets: SheetSpec | SheetSpec[], name = "test.xlsx"): Promise<WorkbookModel> {
  const bytes = await toBytes(buildWorkbook(Array.isArray(sheets) ? sheets : [sheets]));
  return readXlsx(bytes, name);
}
