import { ScanCounts } from "./counts";
import { overText, sizeText, TEXT } from "./reasons";

/**
 * The reader's limits. Each bounds something the work or the memory grows with, and each is
 * checked before that work is done: the bytes before they are read, the zip's directory before
 * anything is unpacked, what the parts hold while they stream out (counts.ts), all before
 * SheetJS builds a single cell. Real IZA workbooks are far below every one of them.
 */
const MB = 1024 * 1024;

/** Largest file read (the bytes are in memory whole). Real IZA workbooks are well under 1 MB. */
export const MAX_FILE_BYTES = 50 * MB;
/** Largest total of the zip's entries unpacked, as declared and as actually inflated (zip bombs). */
export const MAX_UNPACKED_BYTES = 200 * MB;
/** Most entries in the zip (a workbook of 200 sheets has about 420). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Most sheets (worksheets, chartsheets, ODS tables). Real workbooks from test suites reach 1.024. */
export const MAX_SHEETS = 10_000;
/**
 * Most cells, over all sheets: cells with something in them, and cells that are only formatted
 * (SheetJS makes an object for each). A ledger of 100.000 lines has 400.000.
 */
export const MAX_CELLS = 1_000_000;
/** Most rows (<row> elements, formatted empty rows included), over all sheets: one full sheet's worth. */
export const MAX_ROWS = 1_048_576;
/** Most columns described by column formatting, summed over the sheets (a whole sheet is 16.384). */
export const MAX_COLUMNS = 1_048_576;
/** Most merged ranges. A form with merged cells has a few hundred; test files 50.000. */
export const MAX_MERGES = 100_000;
/**
 * Merged ranges covering more cells than this (a merged whole column is 1.048.576) are left out of
 * the model (Sheet.merges): whoever uses them should not have to expand them. The values stay.
 */
export const MAX_MERGED_CELLS = 100_000;
/** Most array formulas over more than one cell (SheetJS compares every cell after one with each). */
export const MAX_ARRAY_FORMULAS = 1_000;
/** Most comments (notes and threaded comments) and people who wrote them. */
export const MAX_COMMENTS = 10_000;

/** The limits readXlsx applies; tests may pass smaller ones. */
export interface ReadLimits {
  fileBytes: number;
  unpackedBytes: number;
  zipEntries: number;
  sheets: number;
  cells: number;
  rows: number;
  columns: number;
  merges: number;
  mergedCells: number;
  arrayFormulas: number;
  comments: number;
}

export const DEFAULT_LIMITS: Readonly<ReadLimits> = {
  fileBytes: MAX_FILE_BYTES,
  unpackedBytes: MAX_UNPACKED_BYTES,
  zipEntries: MAX_ZIP_ENTRIES,
  sheets: MAX_SHEETS,
  cells: MAX_CELLS,
  rows: MAX_ROWS,
  columns: MAX_COLUMNS,
  merges: MAX_MERGES,
  mergedCells: MAX_MERGED_CELLS,
  arrayFormulas: MAX_ARRAY_FORMULAS,
  comments: MAX_COMMENTS,
};

/** Why a file of this many bytes is not read, or null. For callers that know the size before reading. */
export function fileSizeProblem(bytes: number, limit = MAX_FILE_BYTES): string | null {
  if (bytes <= limit) return null;
  return `te groot: het bestand is ${overText(bytes, limit)}, de controle leest werkmappen tot ${sizeText(limit)}`;
}

/** The first limit the counts are over, as the Dutch reason, or null. */
export function countsProblem(counts: ScanCounts, limits: ReadLimits): string | null {
  const n = TEXT.count;
  if (counts.sheets > limits.sheets) return TEXT.tooLarge(`meer dan ${n(limits.sheets)} werkbladen`, false);
  if (counts.cells > limits.cells) return TEXT.tooLarge(`meer dan ${n(limits.cells)} gevulde of opgemaakte cellen`);
  if (counts.rows > limits.rows) return TEXT.tooLarge(`meer dan ${n(limits.rows)} rijen`);
  if (counts.columns > limits.columns)
    return TEXT.tooLarge(
      `de werkbladen beschrijven samen meer dan ${n(limits.columns)} kolommen (kolombreedte of -opmaak, per kolom geteld)`,
    );
  if (counts.linkedCells > limits.cells)
    return TEXT.tooLarge(`hyperlinks over meer dan ${n(limits.cells)} cellen`, false);
  if (counts.chartPoints > limits.cells)
    return TEXT.tooLarge(`grafiekgegevens met meer dan ${n(limits.cells)} punten`, false);
  if (counts.merges > limits.merges)
    return TEXT.tooLarge(`meer dan ${n(limits.merges)} samengevoegde celbereiken`, false);
  if (counts.arrayFormulas > limits.arrayFormulas)
    return TEXT.tooLarge(`meer dan ${n(limits.arrayFormulas)} matrixformules over meerdere cellen`, false);
  if (counts.comments > limits.comments)
    return TEXT.tooLarge(`meer dan ${n(limits.comments)} opmerkingen of notities`, false);
  return null;
}
