import type { CellValue, Sheet, WorkbookModel } from "../core/workbook";
import { parseA1 } from "../core/workbook";
import { isPaneSheet, STATE_SHEET, stateFromSheet } from "../excel/state-format";
import type { StoredState, WorkbookDoor } from "./door";

/**
 * A .xlsx file read in the page, outside Office: the same checks on the same model, through
 * ExcelJS. ExcelJS is loaded only now (a chunk of its own), and the file never leaves the page.
 * The file itself is not changed: settings and table roles live for this session only, starting
 * from what the file carries on its IZA_instellingen sheet.
 */

export interface ReadXlsx {
  (data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookModel>;
}

async function defaultReader(): Promise<ReadXlsx> {
  const module = await import(/* webpackChunkName: "xlsx" */ "../xlsx/read-xlsx");
  return module.readXlsx;
}

/** Cell values of an A1 range of a sheet in the model, blanks included. */
export function rangeValues(sheet: Sheet, address: string): CellValue[][] {
  const [from, to = from] = address.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.col, b.col);
  const rows = Math.abs(b.row - a.row) + 1;
  const cols = Math.abs(b.col - a.col) + 1;
  const grid: CellValue[][] = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => ({ kind: "blank" }) as CellValue),
  );
  for (const cell of sheet.cells) {
    const r = cell.row - top;
    const c = cell.col - left;
    if (r >= 0 && r < rows && c >= 0 && c < cols) grid[r][c] = cell.value;
  }
  return grid;
}

export async function openFileDoor(
  data: ArrayBuffer | Uint8Array,
  name: string,
  reader?: ReadXlsx,
): Promise<WorkbookDoor> {
  const read = reader ?? (await defaultReader());
  const full = await read(data, name);
  const model: WorkbookModel = { name: full.name, sheets: full.sheets.filter((s) => !isPaneSheet(s.name)) };
  let state: StoredState = stateFromSheet(full.sheets.find((s) => s.name === STATE_SHEET));
  const sheetOf = (sheetName: string): Sheet => {
    const sheet = model.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`Het blad "${sheetName}" bestaat niet in ${model.name}.`);
    return sheet;
  };
  return {
    mode: "file",
    async readWorkbook(onProgress) {
      onProgress?.({ phase: "Werkmap gelezen", fraction: 1 });
      return { model, state };
    },
    async loadState() {
      return state;
    },
    async saveState(next) {
      state = next;
    },
    async readRange(sheetName, address) {
      return rangeValues(sheetOf(sheetName), address);
    },
  };
}
