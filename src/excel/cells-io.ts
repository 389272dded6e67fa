/* global Excel */
import { a1, columnLetters, parseA1, qualified, splitAddress } from "../core/a1";
import type { CellValue } from "../core/workbook";
import type { CellTarget, CellWrite } from "../ports/workbook-door";
import { valueGrid } from "./cells";
import { ExcelActionError } from "./run";

/** Small Office.js operations of the pane, each one batch (one sync) unless stated. */

/**
 * Activate the sheet and select the cell: one look-up (a hidden sheet cannot be activated, so the
 * user gets a message saying how to show it), then one batch.
 */
export async function selectCell(context: Excel.RequestContext, target: CellTarget): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  sheet.load("visibility");
  await context.sync();
  if (sheet.visibility !== "Visible") {
    throw new ExcelActionError(
      "other",
      `Het blad "${target.sheet}" is verborgen. Maak het eerst zichtbaar (rechtsklik op een bladtab, Zichtbaar maken) om naar cel ${target.cell} te gaan.`,
      false,
    );
  }
  sheet.activate();
  sheet.getRange(target.cell).select();
  await context.sync();
}

/** The selected range: one sync. */
export async function getSelection(context: Excel.RequestContext): Promise<CellTarget> {
  const range = context.workbook.getSelectedRange();
  range.load("address");
  await context.sync();
  const { sheet, address } = splitAddress(range.address);
  return { sheet, cell: address };
}

/** The values of a range: one sync. */
export async function readRange(context: Excel.RequestContext, sheet: string, address: string): Promise<CellValue[][]> {
  const range = context.workbook.worksheets.getItem(sheet).getRange(address);
  range.load("values,valueTypes");
  await context.sync();
  return valueGrid(range.values, range.valueTypes as string[][]);
}

function isEmpty(values: unknown[][], formulas: unknown[][]): boolean {
  return values.every((row, r) => row.every((v, c) => v === "" && (formulas[r]?.[c] ?? "") === ""));
}

/** Columns looked at right of a table for a free column. */
export const FREE_COLUMN_SEARCH = 12;

/** The first column right of `afterColumn` whose rows are all empty: one sync. */
export async function findEmptyColumn(
  context: Excel.RequestContext,
  sheet: string,
  afterColumn: number,
  firstRow: number,
  rows: number,
): Promise<number> {
  const range = context.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(firstRow - 1, afterColumn, Math.max(1, rows), FREE_COLUMN_SEARCH);
  range.load("values,formulas");
  await context.sync();
  for (let c = 0; c < FREE_COLUMN_SEARCH; c++) {
    const column = range.values.map((row) => [row[c]]);
    const formulas = range.formulas.map((row) => [row[c]]);
    if (isEmpty(column, formulas)) return afterColumn + 1 + c;
  }
  return afterColumn + 1 + FREE_COLUMN_SEARCH;
}

/**
 * Write formulas or values into cells that are empty: one sync to make sure the cells (and a
 * formula's spill area) are empty, one batch to write. Nothing is ever overwritten: when a cell
 * holds something the write is refused with a Dutch message. Should the write batch fail, the
 * cells are cleared again (they were empty), so nothing is left half-written.
 */
export async function writeCells(context: Excel.RequestContext, write: CellWrite): Promise<string> {
  const block = write.formulas ?? write.values;
  if (!block || block.length === 0 || block[0].length === 0) throw new Error("niets om te schrijven");
  const rows = Math.max(block.length, write.reserve?.rows ?? 0);
  const columns = Math.max(block[0].length, write.reserve?.columns ?? 0);
  const sheet = context.workbook.worksheets.getItem(write.sheet);
  const { row, col } = parseA1(write.anchor);
  const reserved = sheet.getRangeByIndexes(row - 1, col - 1, rows, columns);
  reserved.load("values,formulas");
  await context.sync();
  const reservedAddress = `${a1(row, col)}:${a1(row + rows - 1, col + columns - 1)}`;
  if (!isEmpty(reserved.values, reserved.formulas)) {
    throw new ExcelActionError(
      "not-empty",
      `De cellen ${qualified(write.sheet, reservedAddress)} zijn niet leeg. Er is niets overschreven; kies een lege kolom (bijvoorbeeld ${columnLetters(col + columns)}).`,
      false,
    );
  }
  const target = sheet.getRangeByIndexes(row - 1, col - 1, block.length, block[0].length);
  try {
    if (write.formulas) target.formulas = write.formulas;
    else target.values = write.values!;
    await context.sync();
  } catch (error) {
    try {
      target.clear("Contents");
      await context.sync();
    } catch {
      // the clean-up was refused too; the write itself was refused as a whole
    }
    throw error;
  }
  const lastRow = row + block.length - 1;
  const lastCol = col + block[0].length - 1;
  return qualified(
    write.sheet,
    lastRow === row && lastCol === col ? a1(row, col) : `${a1(row, col)}:${a1(lastRow, lastCol)}`,
  );
}
