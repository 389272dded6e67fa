import type { Finding } from "../core/findings";
import type { CheckOverrides } from "../core/policy";
import type { Settings } from "../core/settings";
import type { Grant } from "../core/sources";
import type { StoredState } from "../core/stored-state";
import type { CellValue, WorkbookModel } from "../core/workbook";

/**
 * The port the pane talks to: a workbook door. Two adapters implement it: the open workbook in
 * Excel (src/excel/excel-door.ts, Office.js) and a .xlsx file read in the page (src/xlsx/file-door.ts).
 * Components get a door as a prop and never call Office.js themselves, so every Office call site is
 * in src/excel and the components are tested with a fake door.
 *
 * What every door can do is required. What only Excel can do (select a cell, mark, write) is one
 * capability, `excel`, whose members are all required: a door has all of it or none of it.
 */
export interface WorkbookDoor {
  /**
   * The whole workbook as read, its own sheets included (IZA_instellingen, report sheets: the Excel
   * door may leave report sheets out as an optimisation), and the door's overrides of what the
   * workbook stores. The check policy (core/policy) does the rest, the same for every door.
   */
  read(onProgress?: (progress: ReadProgress) => void): Promise<DoorRead>;
  /** Store settings and table roles: in Excel in the workbook, for a file in this session only. */
  saveState(state: StoredState): Promise<void>;
  /** The current values of a range (in Excel a fresh read). */
  readRange(sheet: string, address: string): Promise<CellValue[][]>;
  /** Present in Excel only. */
  readonly excel?: ExcelActions;
}

export interface DoorRead {
  model: WorkbookModel;
  /** What the door overrides of what the workbook stores (a session's choices); none in Excel. */
  overrides?: CheckOverrides;
}

/** What the pane can do in Excel: select, mark, write, and hear of changes. Every member is there. */
export interface ExcelActions {
  /** Only the stored settings and table roles, read again (a co-author may have saved others). */
  readState(): Promise<StoredState>;
  /** Called when a co-author (or the user) changed the stored state or the data; returns an unsubscribe. */
  watch(onChange: (what: "state" | "data") => void): () => void;
  /** Activate the sheet and select the cell. */
  selectCell(target: CellTarget): Promise<void>;
  /** The current selection. */
  getSelection(): Promise<CellTarget>;
  /** Mark the cells of the findings; returns the number of cells marked. */
  markFindings(findings: readonly Finding[]): Promise<number>;
  /** Remove every mark of the pane; returns the number of marks removed. */
  removeMarks(): Promise<number>;
  /** Write the report on a new sheet; returns its name. */
  writeReport(input: ReportInput): Promise<string>;
  /** Write formulas or values into empty cells, in one batch; returns the address written. */
  writeCells(write: CellWrite): Promise<string>;
  /** The first column right of `afterColumn` whose rows `firstRow..firstRow+rows-1` are all empty. */
  findEmptyColumn(sheet: string, afterColumn: number, firstRow: number, rows: number): Promise<number>;
  /** Open a page (the handleiding) in a browser window outside Office. */
  openInBrowser(url: string): void;
}

export interface ReadProgress {
  /** Dutch, for the user: "Bladen zoeken", "Cellen lezen". */
  phase: string;
  /** 0..1 when known. */
  fraction?: number;
}

export interface CellTarget {
  sheet: string;
  /** A1 address of one cell or a range. */
  cell: string;
}

export interface ReportInput {
  findings: readonly Finding[];
  settings: Settings;
  grant: Grant;
  workbookName: string;
  /** The moment of the check, for the sheet name and the header. */
  date: Date;
}

/** What may be written into cells: formulas (invariant, English) or values, never both. */
export interface CellWrite {
  sheet: string;
  /** Top-left cell of the block to write. */
  anchor: string;
  /** Rows × columns. A formula that spills needs its whole spill area empty: give it in `reserve`. */
  formulas?: string[][];
  values?: (number | string)[][];
  /** Rows and columns that must be empty before writing (at least the size of the block). */
  reserve?: { rows: number; columns: number };
}

/** A file outside Excel as a door; the adapter is src/xlsx/file-door.ts. */
export type OpenFile = (data: ArrayBuffer, name: string) => Promise<WorkbookDoor>;

/** A sheet of the .xlsx overview: text rows, column widths in characters. */
export interface OverviewSheet {
  name: string;
  rows: string[][];
  widths?: number[];
}

/** Outside Excel: the overview of a session as .xlsx bytes (src/xlsx/write-xlsx.ts, loaded when asked). */
export type WriteOverviewXlsx = (sheets: readonly OverviewSheet[]) => Promise<Uint8Array>;
