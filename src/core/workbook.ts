/**
 * The workbook model the rules see: sheets of cells, whatever door the workbook came in through
 * (a file read by SheetJS: .xlsx, .xlsm, .xlsb, .xls or .ods; or Office.js reading the open
 * workbook). No Office, no DOM here.
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
  /**
   * The number format, e.g. "#,##0.00" or "0%"; absent for General. A date is a number (Excel's
   * serial number, in the workbook's date system) with a date format, as Excel stores it.
   */
  numFmt?: string;
}

export interface Sheet {
  name: string;
  /** Hidden or very hidden sheets are read too; the rules may say so. */
  visibility?: "visible" | "hidden" | "veryHidden";
  /** The cells that hold something (a value or a formula), in any order. */
  cells: Cell[];
  /** 1-based numbers of the hidden rows up to the last row with a cell, ascending; absent when none are known. */
  hiddenRows?: number[];
  /** 1-based numbers of the hidden columns up to the last column with a cell, ascending; absent when none are known. */
  hiddenCols?: number[];
  /** Merged ranges as A1 ranges ("A1:D1"); the value stays in the top-left cell. Absent when none are known. */
  merges?: string[];
}

/** A defined name of the workbook ("Toekenning" → "Instellingen!$B$2"). */
export interface DefinedName {
  name: string;
  /** What it refers to, without the leading "=" ("Begroting!$B$5:$B$13", "0,2" or a formula). */
  ref: string;
  /** The sheet the name belongs to, when it is local to one sheet. */
  sheet?: string;
}

export interface WorkbookModel {
  /** What the workbook is called for the user: the file name, or the workbook name in Excel. */
  name: string;
  sheets: Sheet[];
  /** The workbook's defined names (Excel's own, such as print areas, left out); absent when none are known. */
  names?: DefinedName[];
  /**
   * The workbook refers to other workbooks, but the file as read no longer says which references
   * those are (an .xls through SheetJS: "[1]Begroting!B2" reads as "Begroting!B2"). The formula
   * checks then leave every reference to a named sheet alone, rather than take it for this workbook's.
   */
  externalLinksLost?: boolean;
}

/** Addresses are made and read by ./a1; re-exported here for the modules that import them with the model. */
export { a1, parseA1 } from "./a1";
