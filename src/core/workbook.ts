/**
 * The workbook model the rules see: sheets of cells, whatever door the workbook came in through
 * (a file read by SheetJS: .xlsx, .xlsm, .xlsb, .xls or .ods; or Office.js reading the open
 * workbook). No Office, no DOM here.
 */

/** An Excel error value as Excel shows it. */
export type ExcelErrorText =
  "#REF!" | "#DIV/0!" | "#VALUE!" | "#N/A" | "#NAME?" | "#NUM!" | "#NULL!" | "#SPILL!" | "#CALC!" | "#GETTING_DATA";

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
}

/** "A1" address of a 1-based row and column. */
export function a1(row: number, col: number): string {
  let letters = "";
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}

/** 1-based row and column of an "A1" address (with or without $). */
export function parseA1(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`geen celadres: ${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}
