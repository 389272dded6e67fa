import type { Cell, CellValue } from "../core/workbook";

/**
 * Office.js range data (values, formulas, numberFormat, valueTypes) as the engine's cells. Pure, so
 * the conversion is tested without Excel. `formulas` is the invariant (English) form, the same as
 * the model and the .xlsx file hold; `formulasLocal` would give "SOM" and ";" in Dutch Excel.
 */

/** Excel.RangeValueType as a string union (no Office global needed here). */
export type ValueType = "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue";

export function cellValue(type: string, value: unknown): CellValue {
  switch (type) {
    case "Empty":
      return { kind: "blank" };
    case "String":
      return { kind: "text", value: String(value ?? "") };
    case "Integer":
    case "Double":
      return typeof value === "number" ? { kind: "number", value } : { kind: "text", value: String(value) };
    case "Boolean":
      return { kind: "boolean", value: Boolean(value) };
    case "Error":
      return { kind: "error", value: String(value) };
    default:
      // Unknown, RichValue (data types, images in cells): what Excel shows, as far as it is simple.
      if (typeof value === "number") return { kind: "number", value };
      if (typeof value === "boolean") return { kind: "boolean", value };
      if (typeof value === "string") return value === "" ? { kind: "blank" } : { kind: "text", value };
      return { kind: "blank" };
  }
}

/** True when the `formulas` entry of a cell is a real formula (not a value that looks like one). */
function isFormula(formula: unknown, value: unknown, type: string): formula is string {
  if (typeof formula !== "string" || formula.length < 2 || formula[0] !== "=") return false;
  // A text value "=abc" typed with an apostrophe comes back as the same text in both arrays.
  return !(type === "String" && value === formula);
}

export interface BlockData {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** The cells of a loaded block whose top-left cell is (row0, col0), 0-based as Office.js counts. */
export function blockCells(data: BlockData, row0: number, col0: number, into: Cell[] = []): Cell[] {
  const { values, formulas, numberFormat, valueTypes } = data;
  for (let r = 0; r < values.length; r++) {
    const rowValues = values[r];
    for (let c = 0; c < rowValues.length; c++) {
      const type = valueTypes[r]?.[c] ?? "Unknown";
      const raw = rowValues[c];
      const formula = formulas[r]?.[c];
      const hasFormula = isFormula(formula, raw, type);
      const value = cellValue(type, raw);
      if (value.kind === "blank" && !hasFormula) continue;
      const cell: Cell = { row: row0 + r + 1, col: col0 + c + 1, value };
      if (hasFormula) cell.formula = formula.slice(1);
      const format = numberFormat[r]?.[c];
      if (typeof format === "string" && format !== "" && format !== "General") cell.numFmt = format;
      into.push(cell);
    }
  }
  return into;
}

/** Values of a range (values + valueTypes) as a grid of cell values, blanks included. */
export function valueGrid(values: unknown[][], valueTypes: string[][]): CellValue[][] {
  return values.map((row, r) => row.map((value, c) => cellValue(valueTypes[r]?.[c] ?? "Unknown", value)));
}
