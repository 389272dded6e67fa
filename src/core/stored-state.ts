import { formatRange, parseCellRange } from "./a1";
import { Dec } from "./decimal";
import { ChosenTable, COLUMN_ROLES, ColumnRole, TABLE_KINDS, TableKind } from "./detect/types";
import { defaultSettings, SETTING_KEYS, SettingKey, Settings } from "./settings";
import { decodeStoredVastgesteld, encodeStoredVastgesteld, StoredVastgesteld } from "./vastgesteld";
import type { Sheet } from "./workbook";

export { defaultSettings };
export type { Settings };

/**
 * Where the pane keeps its settings and the table roles a user chose: a very hidden sheet in the
 * workbook itself, two columns of text cells (sleutel | waarde).
 *
 * Why a sheet and not Office.context.document.settings or a custom XML part: cell contents are what
 * Excel's co-authoring synchronises, in real time and on every platform (Windows, Mac, web), and a
 * change to them raises worksheet change events (with source "Remote" for a co-author), so every
 * co-author's pane picks up new settings at once. Document settings raise settingsChanged only in
 * Excel on the web, and only after an explicit save; custom XML parts have no change event in the
 * Excel API. "Very hidden" keeps the sheet out of the Unhide dialog, so nobody edits it by accident;
 * the .xlsx still carries it, so the same settings apply when the file is checked outside Excel.
 *
 * This module is pure (no Office): the check policy (./policy) decodes the sheet from the workbook
 * model whichever door read it, and the Excel door writes the rows it makes.
 */

/** A table the user pointed out ("Controleer selectie") with the roles of its columns, as stored. */
export type StoredTable = ChosenTable;

export interface StoredState {
  settings: Settings;
  tables: StoredTable[];
  /**
   * The vastgestelde begroting chosen for this workbook (key `vastgesteld`): a sheet of the
   * workbook, or the onderdelen and amounts of a file as read when it was chosen.
   */
  vastgesteld?: StoredVastgesteld;
}

export const STATE_SHEET = "IZA_instellingen";
/** Report sheets start with this; they are not checked themselves. */
export const REPORT_PREFIX = "IZA controle ";

/** "IZA controle 24-11-2025" or "IZA controle 24-11-2025 (2)": a report sheet of the pane. */
export function isReportSheet(name: string): boolean {
  return /^IZA controle \d{2}-\d{2}-\d{4}(?: \(\d+\))?$/.test(name);
}

/** The pane's own sheets, which are no data to check. */
export function isPaneSheet(name: string): boolean {
  return name === STATE_SHEET || isReportSheet(name);
}

const TITLE = "IZA Controle: instellingen en tabelrollen van deze werkmap. Wijzig ze in het taakvenster IZA Controle.";
const VERSION = "1";

export function defaultState(): StoredState {
  return { settings: defaultSettings(), tables: [] };
}

/** The sheet's rows, as text: a title, a header, then one row per setting and per stored table. */
export function stateToRows(state: StoredState): string[][] {
  const rows: string[][] = [
    [TITLE, ""],
    ["sleutel", "waarde"],
    ["versie", VERSION],
  ];
  for (const key of SETTING_KEYS) rows.push([key, state.settings[key].toString()]);
  for (const table of state.tables) rows.push(["tabel", JSON.stringify(table)]);
  if (state.vastgesteld) rows.push(["vastgesteld", encodeStoredVastgesteld(state.vastgesteld)]);
  return rows;
}

function parseDec(text: string): Dec | null {
  try {
    const value = new Dec(text.trim());
    return value.isFinite() ? value : null;
  } catch {
    return null;
  }
}

function parseTable(text: string): StoredTable | null {
  try {
    const raw = JSON.parse(text) as Partial<StoredTable>;
    if (typeof raw.sheet !== "string" || typeof raw.range !== "string") return null;
    const box = parseCellRange(raw.range, true);
    if (!box) return null;
    if (!(TABLE_KINDS as readonly (string | undefined)[]).includes(raw.kind)) return null;
    const roles: Record<number, ColumnRole> = {};
    for (const [col, role] of Object.entries(raw.roles ?? {})) {
      const n = Number(col);
      if (Number.isInteger(n) && n > 0 && (COLUMN_ROLES as readonly string[]).includes(role))
        roles[n] = role as ColumnRole;
    }
    return { sheet: raw.sheet, range: formatRange(box), kind: raw.kind as TableKind, roles };
  } catch {
    return null;
  }
}

/** What the sheet stores: only the settings it has a valid row for, and its tables. */
export interface StoredRows {
  settings: Partial<Settings>;
  tables: StoredTable[];
  vastgesteld?: StoredVastgesteld;
}

/** Read the rows of (key, value) text; a row that cannot be read is left out. */
export function storedFromRows(rows: readonly (readonly unknown[])[]): StoredRows {
  const stored: StoredRows = { settings: {}, tables: [] };
  for (const row of rows) {
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    const value = row[1] === undefined || row[1] === null ? "" : String(row[1]);
    if ((SETTING_KEYS as readonly string[]).includes(key)) {
      const dec = parseDec(value);
      if (dec) stored.settings[key as SettingKey] = dec;
    } else if (key === "tabel") {
      const table = parseTable(value);
      if (table) stored.tables.push(table);
    } else if (key === "vastgesteld") {
      const vastgesteld = decodeStoredVastgesteld(value);
      if (vastgesteld) stored.vastgesteld = vastgesteld;
    }
  }
  return stored;
}

/** Read the state from rows of (key, value) text; anything unreadable falls back to the default. */
export function stateFromRows(rows: readonly (readonly unknown[])[]): StoredState {
  const stored = storedFromRows(rows);
  const state: StoredState = { settings: { ...defaultSettings(), ...stored.settings }, tables: stored.tables };
  if (stored.vastgesteld) state.vastgesteld = stored.vastgesteld;
  return state;
}

/** The rows of the sheet (columns A and B), as the engine's model holds them. */
function sheetRows(sheet: Sheet): unknown[][] {
  const byRow = new Map<number, unknown[]>();
  for (const cell of sheet.cells) {
    if (cell.col > 2) continue;
    const row = byRow.get(cell.row) ?? [];
    const v = cell.value;
    row[cell.col - 1] = v.kind === "text" || v.kind === "number" ? String(v.value) : "";
    byRow.set(cell.row, row);
  }
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

/** What the settings sheet of the model stores (nothing when there is no such sheet). */
export function storedFromSheet(sheet: Sheet | undefined): StoredRows {
  return sheet ? storedFromRows(sheetRows(sheet)) : { settings: {}, tables: [] };
}

/** The state from the cells of the sheet, defaults where it stores nothing. */
export function stateFromSheet(sheet: Sheet | undefined): StoredState {
  return sheet ? stateFromRows(sheetRows(sheet)) : defaultState();
}
