import type { ColumnRole, TableKind } from "../core/engine";
import type { CheckSettings, Finding } from "../core/findings";
import type { Dec } from "../core/decimal";
import type { CellValue, WorkbookModel } from "../core/workbook";

/**
 * The one door the pane talks to: the open workbook in Excel (src/excel) or a .xlsx file read in
 * the page (file-door.ts). Components get a door as a prop and never call Office.js themselves, so
 * every Office call site is in src/excel and the components can be tested with a fake door.
 * Optional members exist only in Excel; the pane hides what a door cannot do.
 */

/** The settings of the pane, stored in the workbook so that all co-authors share them. */
export interface PaneSettings extends CheckSettings {
  /** Werkuren per jaar of one full-timer (regioplan: 2000). */
  werkurenPerJaar: Dec;
  /** Average part-time factor, 0 < f ≤ 1 (1 gives FTE; 0,68 the regioplan's "medewerkers"). */
  deeltijdfactor: Dec;
}

/** A table the user pointed out ("Controleer selectie") with the roles of its columns. */
export interface StoredTable {
  sheet: string;
  /** A1 range, e.g. "B4:F14", header row included. */
  range: string;
  kind: TableKind;
  /** Role per 1-based column number; columns without a role are ignored. */
  roles: Record<number, ColumnRole>;
}

export interface StoredState {
  settings: PaneSettings;
  tables: StoredTable[];
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
  findings: Finding[];
  settings: PaneSettings;
  grant: { amount: string; source: string };
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

export interface WorkbookDoor {
  readonly mode: "excel" | "file";
  /**
   * The workbook as the engine reads it, without the pane's own sheets, and the state stored in
   * it, read in the same pass (so a check always uses the settings a co-author saved last).
   */
  readWorkbook(onProgress?: (progress: ReadProgress) => void): Promise<{ model: WorkbookModel; state: StoredState }>;
  /** The stored settings and table roles (defaults when the workbook has none). */
  loadState(): Promise<StoredState>;
  /** Store settings and table roles; in a file only for this session. */
  saveState(state: StoredState): Promise<void>;
  /** The current values of a range (a fresh read in Excel). */
  readRange(sheet: string, address: string): Promise<CellValue[][]>;
  /** Called when a co-author (or the user) changed the stored state or the data; returns an unsubscribe. */
  watch?(onChange: (what: "state" | "data") => void): () => void;
  /** Activate the sheet and select the cell. */
  selectCell?(target: CellTarget): Promise<void>;
  /** The current selection in Excel. */
  getSelection?(): Promise<CellTarget>;
  /** Mark the cells of the findings; returns the number of cells marked. */
  markFindings?(findings: Finding[]): Promise<number>;
  /** Remove every mark of the pane; returns the number of marks removed. */
  removeMarks?(): Promise<number>;
  /** Write the report on a new sheet; returns its name. */
  writeReport?(input: ReportInput): Promise<string>;
  /** Write formulas or values into empty cells, in one batch; returns the address written. */
  writeCells?(write: CellWrite): Promise<string>;
  /** The first column right of `afterColumn` whose rows `firstRow..firstRow+rows-1` are all empty. */
  findEmptyColumn?(sheet: string, afterColumn: number, firstRow: number, rows: number): Promise<number>;
}
