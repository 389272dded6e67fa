/* global Excel */
import { effectiveState } from "../core/policy";
import { defaultState, STATE_SHEET, storedFromRows, stateToRows } from "../core/stored-state";
import type { StoredState } from "../core/stored-state";

/**
 * Read the pane's state from its very hidden sheet: 2 syncs (does the sheet exist; its cells). What
 * applies of it, as the check policy sees it (a stored value the functions refuse is not used).
 */
export async function loadState(context: Excel.RequestContext): Promise<StoredState> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  sheet.load("isNullObject");
  await context.sync();
  if (sheet.isNullObject) return defaultState();
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject,values,columnIndex");
  await context.sync();
  if (used.isNullObject) return defaultState();
  // The rows as (key, value) from columns A and B, wherever the used range starts.
  const offset = used.columnIndex;
  return effectiveState(storedFromRows(used.values.map((row) => [row[0 - offset], row[1 - offset]]))).state;
}

/**
 * Write the state, in one batch after one look-up: create the very hidden sheet when it is
 * missing, clear columns A:B and write every row as text (number format "@", so no value is
 * turned into a date or a number on the way).
 */
export async function saveState(context: Excel.RequestContext, state: StoredState): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(STATE_SHEET);
  existing.load("isNullObject");
  await context.sync();
  let sheet: Excel.Worksheet;
  if (existing.isNullObject) {
    sheet = worksheets.add(STATE_SHEET);
    sheet.visibility = "VeryHidden";
  } else {
    sheet = existing;
  }
  const rows = stateToRows(state);
  sheet.getRange("A:B").clear("Contents");
  const target = sheet.getRange(`A1:B${rows.length}`);
  target.numberFormat = rows.map(() => ["@", "@"]);
  target.values = rows;
  await context.sync();
}
