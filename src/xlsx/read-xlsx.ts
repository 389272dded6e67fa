import * as XLSX from "@e965/xlsx";
import { WorkbookModel } from "../core/workbook";
import { scanBiff } from "./biff-scan";
import { emptyCounts, ScanCounts } from "./counts";
import { cfbContent, identify } from "./diagnose";
import { countsProblem, DEFAULT_LIMITS, fileSizeProblem, ReadLimits } from "./limits";
import { inspectZip } from "./prescan";
import { refuse, TEXT } from "./reasons";
import { loadCodepages, readWithSheetJs, SheetFormat, SheetJsFacts, toModel } from "./sheetjs";
import { canInflate, RawInflate, webInflate } from "./zip";
export type { RawInflate } from "./zip";

/**
 * A workbook file as the WorkbookModel the rules see: .xlsx, .xlsm, .xlsb, .xls (Excel 5.0/95 and
 * 97-2003) and .ods, recognised by their content whatever their name says, read by SheetJS. Works
 * in Node and in the browser: it takes the bytes, never a path.
 *
 * Files that fight back get a Dutch reason naming what they are (reasons.ts) instead of a crash,
 * and nothing grows without bound: before SheetJS sees a byte, the file's size, the zip's
 * directory and every part as it streams out (or the .xls's record stream) are held against the
 * limits (limits.ts), so no zip bomb, XML bomb or file over a limit ever reaches it.
 */

export { WorkbookReadError } from "./reasons";
export type { ReadReason } from "./reasons";
export {
  DEFAULT_LIMITS,
  fileSizeProblem,
  MAX_ARRAY_FORMULAS,
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_COMMENTS,
  MAX_FILE_BYTES,
  MAX_MERGED_CELLS,
  MAX_MERGES,
  MAX_ROWS,
  MAX_SHEETS,
  MAX_UNPACKED_BYTES,
  MAX_ZIP_ENTRIES,
} from "./limits";
export type { ReadLimits } from "./limits";

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Look inside the zip's parts before SheetJS reads them (default: where they can be inflated as a stream). */
  prescan?: boolean;
  /** How to inflate them: DecompressionStream by default; Node doors pass Node's zlib (faster there). */
  inflate?: RawInflate;
}

function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** An OLE compound file or a bare BIFF stream: its workbook stream against the limits. */
function inspectBiff(
  bytes: Uint8Array,
  container: "cfb" | "biff",
  limits: ReadLimits,
): { version: number; externalBooks: boolean } {
  let stream = bytes;
  if (container === "cfb") {
    cfbContent(bytes);
    let found: { content?: ArrayLike<number> } | null = null;
    try {
      const cfb = XLSX.CFB.read(bytes, { type: "array" });
      found = XLSX.CFB.find(cfb, "Workbook") ?? XLSX.CFB.find(cfb, "Book");
    } catch {
      found = null;
    }
    if (!found?.content) refuse("beschadigd", TEXT.damaged("de werkmap in het OLE-bestand is niet te lezen"));
    stream = found.content instanceof Uint8Array ? found.content : Uint8Array.from(found.content);
  }
  const counts: ScanCounts = emptyCounts();
  const facts = scanBiff(stream, counts);
  if (facts.version === null)
    refuse("beschadigd", TEXT.damaged("de werkmap in het OLE-bestand begint niet als een werkmap"));
  if (facts.version < 5) refuse("oud-xls", TEXT.oldXls);
  if (facts.encrypted) refuse("versleuteld", TEXT.password);
  if (!facts.complete) refuse("afgebroken", TEXT.truncated);
  const problem = countsProblem(counts, limits);
  if (problem) refuse("te-groot", problem);
  return { version: facts.version, externalBooks: facts.externalBooks };
}

/** Reads a workbook's bytes. Throws WorkbookReadError with a Dutch reason when it cannot. */
export async function readWorkbook(
  data: ArrayBuffer | Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<WorkbookModel> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const original = bytesOf(data);
  const tooLarge = fileSizeProblem(original.length, limits.fileBytes);
  if (tooLarge) refuse("te-groot", tooLarge);
  const container = identify(original);
  let bytes = original;
  let linksLost = false;
  const facts: SheetJsFacts = { format: "xls", uncached: new Map(), ods: null, hiddenRowsOrCols: true };
  if (container === "zip") {
    const prescan = options.prescan ?? (options.inflate !== undefined || canInflate());
    const zip = await inspectZip(original, limits, prescan ? (options.inflate ?? webInflate) : null);
    Object.assign(facts, {
      format: zip.format as SheetFormat,
      uncached: zip.uncached,
      ods: zip.ods,
      hiddenRowsOrCols: zip.hiddenRowsOrCols,
    });
    bytes = zip.bytes;
  } else {
    const { version, externalBooks } = inspectBiff(original, container, limits);
    if (version === 5) await loadCodepages();
    linksLost = externalBooks;
  }
  const wb = readWithSheetJs(bytes, facts);
  const model = toModel(wb, name, facts, limits);
  if (linksLost) model.externalLinksLost = true;
  return model;
}

/** The reader under its first name: it read .xlsx only. */
export const readXlsx = readWorkbook;
