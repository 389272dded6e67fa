/**
 * The workbook model the rules see: sheets of cells, whatever door the workbook came in through
 * (an .xlsx read by ExcelJS, or Office.js reading the open workbook). No Office, no DOM here.
 */

export type CellValue =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "blank" };

export interface Cell {
  /** 1-based row and column. */
  row: number;
  col: number;
  /** The value Excel shows (for a formula: its cached result). */
  value: CellValue;
  /** The formula without the leading "=", in English (invariant) function names, when there is one. */
  formula?: string;
  /** The number format, e.g. "#,##0.00" or "0%". */
  numFmt?: string;
}

export interface Sheet {
  name: string;
  /** Hidden or very hidden sheets are read too; the rules may say so. */
  visibility?: "visible" | "hidden" | "veryHidden";
  /** The cells that hold something (a value or a formula), in any order. */
  cells: Cell[];
}

export interface WorkbookModel {
  /** What the workbook is called for the user: the file name, or the workbook name in Excel. */
  name: string;
  sheets: Sheet[];
}

/** Addresses are made and read by ./a1; re-exported here for the modules that import them with the model. */
export { a1, parseA1 } from "./a1";
