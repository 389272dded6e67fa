/* global Excel, Office */
import type { Cell, DefinedName, Sheet, WorkbookModel } from "../core/workbook";
import type { ReadProgress } from "../ports/workbook-door";
import { blockCells } from "./cells";
import { officeErrorCode } from "./run";

/**
 * Reads the open workbook into the engine's model in a fixed number of context.sync() calls:
 *
 *   sync 1  the workbook name, every sheet's name and visibility, the workbook's defined names;
 *   sync 2  every sheet's used range (values only: formatting alone does not make a cell used)
 *           with whether its rows and columns are hidden (Range.rowHidden / columnHidden,
 *           ExcelApi 1.2: true all, false none, null some), and the sheet's own defined names;
 *   sync 3  the cells: values, formulas (invariant), number formats and value types of every
 *           sheet, in blocks of at most BLOCK_CELLS cells, all blocks queued before one sync;
 *           and, for a sheet with some hidden rows or columns, which: see readHidden below.
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
  /**
   * Whether Excel has ExcelApi 1.9 (Range.getSpecialCellsOrNullObject("Visible") and
   * RangeAreas.areas); default: Office.context.requirements.isSetSupported("ExcelApi", "1.9").
   */
  visibleCells?: boolean;
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

/**
 * Below ExcelApi 1.9 the hidden rows and columns are asked one row (column) at a time, all in the
 * same sync: at most this many of them in one read (a sheet beyond it gets no hiddenRows).
 */
export const MAX_HIDDEN_PROBES = 5_000;

/** The used range as sync 2 loads it. */
interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** true: all hidden, false: none, null: some (Range.rowHidden, ExcelApi 1.2). */
  rowHidden: boolean | null;
  columnHidden: boolean | null;
}

function hasVisibleCells(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
  } catch {
    return false;
  }
}

/** 1-based numbers first..first+count-1. */
function span(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/**
 * Queues the loads that tell which rows and columns of the sheets are hidden, for the sync of the
 * first block of cells; `collect` puts them into the sheets after that sync. Only sheets whose used
 * range has some hidden rows or columns (rowHidden/columnHidden null, loaded in sync 2) are asked:
 *
 * - ExcelApi 1.9: the visible cells of the used range, getSpecialCellsOrNullObject("Visible"),
 *   as the rectangles of its RangeAreas (`areas`, each with rowIndex/rowCount/columnIndex/
 *   columnCount); a row (column) of the used range that no rectangle covers is hidden
 *   (office-js-docs-reference, Excel.SpecialCellType.visible, Excel.RangeAreas.areas; the pages
 *   docs/excel/excel-add-ins-ranges-special-cells.md and excel-add-ins-multiple-ranges.md).
 * - Below (the manifest asks ExcelApi 1.7): each row's (column's) Range.rowHidden (columnHidden),
 *   queued for the same one sync, as Microsoft's own sample polls rowHidden row by row
 *   (docs/excel/excel-add-ins-events.md, "onRowHiddenChanged doesn't fire for advanced
 *   filters"); at most MAX_HIDDEN_PROBES ranges in all, a sheet beyond that gets none.
 *
 * A used range with every row hidden has all of them hidden (rowHidden true); the same for columns.
 */
function readHidden(
  worksheets: Excel.Worksheet[],
  used: (UsedRange | null)[],
  sheets: Sheet[],
  visibleCells: boolean,
): () => void {
  const collectors: (() => void)[] = [];
  let probes = 0;
  used.forEach((u, index) => {
    if (!u) return;
    const rows = span(u.rowIndex + 1, u.rowCount);
    const cols = span(u.columnIndex + 1, u.columnCount);
    const sheet = sheets[index];
    const set = (key: "hiddenRows" | "hiddenCols", hidden: number[]) => {
      if (hidden.length > 0) sheet[key] = hidden;
    };
    if (u.rowHidden === true) set("hiddenRows", rows);
    if (u.columnHidden === true) set("hiddenCols", cols);
    const someRows = u.rowHidden === null;
    const someCols = u.columnHidden === null;
    if (!someRows && !someCols) return;
    const ws = worksheets[index];
    if (visibleCells && u.rowHidden !== true && u.columnHidden !== true) {
      const range = ws.getRangeByIndexes(u.rowIndex, u.columnIndex, u.rowCount, u.columnCount);
      // areas is a navigation property (a RangeAreaCollection): its items are loaded on the next line
      // eslint-disable-next-line office-addins/load-object-before-read
      const areas = range.getSpecialCellsOrNullObject("Visible").areas;
      areas.load("items/rowIndex,items/rowCount,items/columnIndex,items/columnCount");
      collectors.push(() => {
        const shownRows = new Set<number>();
        const shownCols = new Set<number>();
        for (const area of areas.items) {
          for (let r = 0; r < area.rowCount; r++) shownRows.add(area.rowIndex + r + 1);
          for (let c = 0; c < area.columnCount; c++) shownCols.add(area.columnIndex + c + 1);
        }
        if (someRows)
          set(
            "hiddenRows",
            rows.filter((r) => !shownRows.has(r)),
          );
        if (someCols)
          set(
            "hiddenCols",
            cols.filter((c) => !shownCols.has(c)),
          );
      });
      return;
    }
    const probe = (key: "hiddenRows" | "hiddenCols", numbers: number[], make: (n: number) => Excel.Range) => {
      if (probes + numbers.length > MAX_HIDDEN_PROBES) return;
      probes += numbers.length;
      const ranges = numbers.map((n) => {
        const r = make(n);
        r.load(key === "hiddenRows" ? "rowHidden" : "columnHidden");
        return r;
      });
      collectors.push(() =>
        set(
          key,
          numbers.filter((_, i) => (key === "hiddenRows" ? ranges[i].rowHidden : ranges[i].columnHidden) === true),
        ),
      );
    };
    if (someRows) probe("hiddenRows", rows, (r) => ws.getRangeByIndexes(r - 1, u.columnIndex, 1, u.columnCount));
    if (someCols) probe("hiddenCols", cols, (c) => ws.getRangeByIndexes(u.rowIndex, c - 1, u.rowCount, 1));
  });
  return () => collectors.forEach((collect) => collect());
}

/** The visible defined names of a collection, as the model keeps them (Excel's own _xlnm. names left out). */
function namesOf(items: Excel.NamedItem[], sheet?: string): DefinedName[] {
  return items
    .filter((n) => n.visible && !/^_xlnm\./i.test(n.name) && typeof n.formula === "string")
    .map((n) => {
      const name: DefinedName = { name: n.name, ref: n.formula.replace(/^=/, "") };
      if (sheet !== undefined) name.sheet = sheet;
      return name;
    });
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
  const bookNames = workbook.names;
  bookNames.load("items/name,items/formula,items/visible");
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
    used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden");
    return used;
  });
  const sheetNames = wanted.map((ws) => {
    const names = ws.names;
    names.load("items/name,items/formula,items/visible");
    return names;
  });
  await sync();
  const names = [...namesOf(bookNames.items), ...sheetNames.flatMap((n, i) => namesOf(n.items, wanted[i].name))];
  const used = usedRanges.map((u) => (u.isNullObject || u.rowCount === 0 || u.columnCount === 0 ? null : u));
  let hiddenPending = used.some((u) => u !== null && (u.rowHidden !== false || u.columnHidden !== false));
  const visibleCells = options.visibleCells ?? hasVisibleCells();

  const blocks: Block[] = [];
  used.forEach((u, index) => {
    if (u) blocks.push(...planBlocks(index, u, blockSize));
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
    // the hidden rows and columns go with the first batch (again with the next if it is refused)
    const collectHidden = hiddenPending ? readHidden(wanted, used, sheets, visibleCells) : undefined;
    try {
      await sync();
      if (collectHidden) {
        collectHidden();
        hiddenPending = false;
      }
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

  const model: WorkbookModel = { name: workbook.name, sheets };
  if (names.length > 0) model.names = names;
  return { model, syncs };
}
