import { Dec } from "../core/decimal";
import { DEFAULT_DEELTIJDFACTOR, DEFAULT_WERKUREN_PER_JAAR } from "../core/fte";
import { TOEKENNING_NML } from "../core/gemeenten";
import { DEFAULT_MAX_PERCENTAGE } from "../core/herverdeling";
import type { Cell, Sheet } from "../core/workbook";
import { COLUMN_ROLES, TABLE_KINDS } from "../core/detect/types";
import type { ColumnRole, TableKind } from "../core/engine";
import type { PaneSettings, StoredState, StoredTable } from "../taskpane/door";

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
 * This module is pure (no Office): the file door reads the same sheet from an .xlsx.
 */

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

export function defaultSettings(): PaneSettings {
  return {
    toekenning: new Dec(TOEKENNING_NML),
    maxHerverdeling: DEFAULT_MAX_PERCENTAGE,
    werkurenPerJaar: DEFAULT_WERKUREN_PER_JAAR,
    deeltijdfactor: DEFAULT_DEELTIJDFACTOR,
  };
}

export function defaultState(): StoredState {
  return { settings: defaultSettings(), tables: [] };
}

const SETTING_KEYS = ["toekenning", "maxHerverdeling", "werkurenPerJaar", "deeltijdfactor"] as const;

/** The sheet's rows, as text: a title, a header, then one row per setting and per stored table. */
export function stateToRows(state: StoredState): string[][] {
  const rows: string[][] = [
    [TITLE, ""],
    ["sleutel", "waarde"],
    ["versie", VERSION],
  ];
  for (const key of SETTING_KEYS) rows.push([key, state.settings[key].toString()]);
  for (const table of state.tables) rows.push(["tabel", JSON.stringify(table)]);
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
    if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(raw.range)) return null;
    if (!(TABLE_KINDS as readonly (string | undefined)[]).includes(raw.kind)) return null;
    const roles: Record<number, ColumnRole> = {};
    for (const [col, role] of Object.entries(raw.roles ?? {})) {
      const n = Number(col);
      if (Number.isInteger(n) && n > 0 && (COLUMN_ROLES as readonly string[]).includes(role))
        roles[n] = role as ColumnRole;
    }
    return { sheet: raw.sheet, range: raw.range.toUpperCase().replace(/\$/g, ""), kind: raw.kind as TableKind, roles };
  } catch {
    return null;
  }
}

/** Read the state from rows of (key, value) text; anything unreadable falls back to the default. */
export function stateFromRows(rows: readonly (readonly unknown[])[]): StoredState {
  const state = defaultState();
  for (const row of rows) {
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    const value = row[1] === undefined || row[1] === null ? "" : String(row[1]);
    if ((SETTING_KEYS as readonly string[]).includes(key)) {
      const dec = parseDec(value);
      if (dec) state.settings[key as (typeof SETTING_KEYS)[number]] = dec;
    } else if (key === "tabel") {
      const table = parseTable(value);
      if (table) state.tables.push(table);
    }
  }
  return state;
}

/** The state from the cells of the sheet, as the engine's model holds them. */
export function stateFromSheet(sheet: Sheet | undefined): StoredState {
  if (!sheet) return defaultState();
  const byRow = new Map<number, unknown[]>();
  for (const cell of sheet.cells as Cell[]) {
    if (cell.col > 2) continue;
    const row = byRow.get(cell.row) ?? [];
    const v = cell.value;
    row[cell.col - 1] = v.kind === "text" || v.kind === "number" ? String(v.value) : "";
    byRow.set(cell.row, row);
  }
  return stateFromRows([...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row));
}
