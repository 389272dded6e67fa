import { parseRange } from "../core/a1";
import { formatCount } from "../core/format";
import type { CheckOverrides } from "../core/policy";
import type { Cell, CellValue, Sheet, WorkbookModel } from "../core/workbook";
import type { WorkbookDoor } from "../ports/workbook-door";

/**
 * A workbook file (.xlsx, .xlsm, .xlsb, .xls, .ods) read in the page, outside Office, as a workbook door: the same checks on the same
 * model, through the reader beside this file. The reader is loaded only now (a chunk of its own),
 * and the file never leaves the page. The file itself is not changed: settings and table roles
 * chosen in the pane are overrides for this session, over what the file carries on its
 * IZA_instellingen sheet (the check policy reads that).
 */

export interface ReadXlsx {
  (data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookModel>;
}

async function readerModule() {
  return import(/* webpackChunkName: "xlsx" */ "./read-xlsx");
}

async function defaultReader(): Promise<ReadXlsx> {
  return (await readerModule()).readXlsx;
}

/**
 * Why a file of `bytes` bytes is not read (the reader's own limit and Dutch reason), or null: for
 * the page to ask before it takes the whole file into memory. Loads the reader's chunk, which
 * reading the file needs next anyway; importing read-xlsx statically would put SheetJS in the pane's first chunk.
 */
export async function fileSizeCheck(bytes: number): Promise<string | null> {
  return (await readerModule()).fileSizeProblem(bytes);
}

/** A range of up to this many cells comes back as asked, blanks included. */
export const RANGE_AS_ASKED = 100_000;
/** Most cells rangeValues gives back, after cutting a larger range at the sheet's last cells in it. */
export const MAX_RANGE_CELLS = 1_000_000;
const BLANK: CellValue = Object.freeze({ kind: "blank" as const });

/**
 * Cell values of an A1 range of a sheet in the model, blanks included, as Excel gives them. Never
 * rows × columns of a huge range ("A:A", "A1:XFD1048576"): a range of more than RANGE_AS_ASKED
 * cells is cut at the last row and column the sheet has a cell in within it (all beyond is blank),
 * and refused with a Dutch reason if that is still more than MAX_RANGE_CELLS.
 */
export function rangeValues(sheet: Sheet, address: string): CellValue[][] {
  const { top, left, bottom: lastAsked, right: rightAsked } = parseRange(address);
  let bottom = lastAsked;
  let right = rightAsked;
  const inside = (cell: Cell) => cell.row >= top && cell.row <= bottom && cell.col >= left && cell.col <= right;
  if ((bottom - top + 1) * (right - left + 1) > RANGE_AS_ASKED) {
    let lastRow = top;
    let lastCol = left;
    for (const cell of sheet.cells) {
      if (!inside(cell)) continue;
      lastRow = Math.max(lastRow, cell.row);
      lastCol = Math.max(lastCol, cell.col);
    }
    bottom = lastRow;
    right = lastCol;
    const rows = bottom - top + 1;
    const cols = right - left + 1;
    if (rows * cols > MAX_RANGE_CELLS) {
      throw new Error(
        `Het bereik ${address} is te groot om te lezen: de gegevens erin beslaan ${formatCount(rows)} ${rows === 1 ? "rij" : "rijen"} bij ${formatCount(cols)} ${cols === 1 ? "kolom" : "kolommen"}. Kies een kleiner bereik (hoogstens ${formatCount(MAX_RANGE_CELLS)} cellen).`,
      );
    }
  }
  const grid: CellValue[][] = Array.from({ length: bottom - top + 1 }, () =>
    new Array<CellValue>(right - left + 1).fill(BLANK),
  );
  for (const cell of sheet.cells) if (inside(cell)) grid[cell.row - top][cell.col - left] = cell.value;
  return grid;
}

export async function openFileDoor(
  data: ArrayBuffer | Uint8Array,
  name: string,
  reader?: ReadXlsx,
): Promise<WorkbookDoor> {
  const read = reader ?? (await defaultReader());
  const model = await read(data, name);
  let session: CheckOverrides | undefined;
  return {
    async read(onProgress) {
      onProgress?.({ phase: "Werkmap gelezen", fraction: 1 });
      return { model, overrides: session };
    },
    async saveState(state) {
      // The vastgestelde begroting as chosen in the pane; none chosen is none, whatever the file stores.
      session = {
        source: "sessie",
        settings: { ...state.settings },
        tables: [...state.tables],
        vastgesteld: state.vastgesteld ?? null,
      };
    },
    async readRange(sheetName, address) {
      const sheet = model.sheets.find((s) => s.name === sheetName);
      if (!sheet) throw new Error(`Het blad "${sheetName}" bestaat niet in ${model.name}.`);
      return rangeValues(sheet, address);
    },
  };
}
