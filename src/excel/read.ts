/* global Excel */
import type { Cell, Sheet, WorkbookModel } from "../core/workbook";
import type { ReadProgress } from "../ports/workbook-door";
import { blockCells } from "./cells";
import { officeErrorCode } from "./run";

/**
 * Reads the open workbook into the engine's model in a fixed number of context.sync() calls:
 *
 *   sync 1  the workbook name and every sheet's name and visibility;
 *   sync 2  every sheet's used range (values only: formatting alone does not make a cell used);
 *   sync 3  the cells: values, formulas (invariant), number formats and value types of every
 *           sheet, in blocks of at most BLOCK_CELLS cells, all blocks queued before one sync.
 *
 * So 3 syncs for 1 sheet and for 50 sheets, and for any number of rows, as long as the workbook
 * holds at most SYNC_CELLS used cells. Excel on the web refuses a response above 5 MB
 * (ResponsePayloadSizeLimitExceeded); to stay under it a bigger workbook gets one more sync per
 * SYNC_CELLS cells (a 100.000-row sheet of 5 columns: 2 + 20). A batch that is still refused is
 * split in two and read again. IZA workbooks are far below SYNC_CELLS.
 */

/** Cells per range request: a block is this many cells, whole rows. */
export const BLOCK_CELLS = 5_000;
/** Cells per sync: about 60–100 bytes a cell for four arrays, so roughly 2 MB, well under 5 MB. */
export const SYNC_CELLS = 25_000;

export interface ReadOptions {
  onProgress?: (progress: ReadProgress) => void;
  /** Sheets not to read at all (the pane's report sheets: the check policy leaves them out anyway). */
  skip?: (name: string) => boolean;
  blockCells?: number;
  syncCells?: number;
}

export interface ReadResult {
  model: WorkbookModel;
  /** How many context.sync() calls the read took (for the README's number and the tests). */
  syncs: number;
}

interface Block {
  sheet: number;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
}

const VISIBILITY: Record<string, Sheet["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** The blocks of a used range: whole rows, at most `blockCells` cells (at least one row). */
export function planBlocks(
  sheet: number,
  used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
  blockCells: number,
): Block[] {
  const rowsPerBlock = Math.max(1, Math.floor(blockCells / Math.max(1, used.columnCount)));
  const blocks: Block[] = [];
  for (let r = 0; r < used.rowCount; r += rowsPerBlock) {
    blocks.push({
      sheet,
      row0: used.rowIndex + r,
      col0: used.columnIndex,
      rows: Math.min(rowsPerBlock, used.rowCount - r),
      cols: used.columnCount,
    });
  }
  return blocks;
}

/** Blocks grouped so that one sync carries at most `syncCells` cells (a bigger block goes alone). */
export function planBatches(blocks: Block[], syncCells: number): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    const size = block.rows * block.cols;
    if (current.length > 0 && cells + size > syncCells) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function splitBatch(batch: Block[]): Block[][] | null {
  if (batch.length > 1) {
    const half = Math.ceil(batch.length / 2);
    return [batch.slice(0, half), batch.slice(half)];
  }
  const [block] = batch;
  if (block.rows < 2) return null;
  const top = Math.ceil(block.rows / 2);
  return [[{ ...block, rows: top }], [{ ...block, row0: block.row0 + top, rows: block.rows - top }]];
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadResult> {
  const blockSize = options.blockCells ?? BLOCK_CELLS;
  const syncSize = options.syncCells ?? SYNC_CELLS;
  const progress = options.onProgress ?? (() => undefined);
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  // sync 1: the sheets
  progress({ phase: "Bladen zoeken", fraction: 0 });
  const workbook = context.workbook;
  workbook.load("name");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await sync();

  const wanted = worksheets.items.filter((ws) => !options.skip?.(ws.name));
  const sheets: Sheet[] = wanted.map((ws) => ({
    name: ws.name,
    visibility: VISIBILITY[ws.visibility] ?? "visible",
    cells: [] as Cell[],
  }));

  // sync 2: the used ranges
  progress({ phase: `${sheets.length} ${sheets.length === 1 ? "blad" : "bladen"} gevonden`, fraction: 0.05 });
  const usedRanges = wanted.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    return used;
  });
  await sync();

  const blocks: Block[] = [];
  usedRanges.forEach((used, index) => {
    if (used.isNullObject || used.rowCount === 0 || used.columnCount === 0) return;
    blocks.push(...planBlocks(index, used, blockSize));
  });
  const totalCells = blocks.reduce((sum, b) => sum + b.rows * b.cols, 0);

  // sync 3 (and more only beyond SYNC_CELLS cells): the cells
  let doneCells = 0;
  const readBatch = async (batch: Block[]): Promise<void> => {
    const loaded = batch.map((block) => {
      const range = wanted[block.sheet].getRangeByIndexes(block.row0, block.col0, block.rows, block.cols);
      range.load("values,formulas,numberFormat,valueTypes");
      return { block, range };
    });
    try {
      await sync();
    } catch (error) {
      const halves = officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded" ? splitBatch(batch) : null;
      if (!halves) throw error;
      for (const half of halves) await readBatch(half);
      return;
    }
    for (const { block, range } of loaded) {
      blockCells(
        {
          values: range.values,
          formulas: range.formulas,
          numberFormat: range.numberFormat,
          valueTypes: range.valueTypes as string[][],
        },
        block.row0,
        block.col0,
        sheets[block.sheet].cells,
      );
      doneCells += block.rows * block.cols;
    }
    progress({ phase: "Cellen lezen", fraction: 0.1 + 0.9 * (totalCells ? doneCells / totalCells : 1) });
  };
  for (const batch of planBatches(blocks, syncSize)) await readBatch(batch);

  return { model: { name: workbook.name, sheets }, syncs };
}
