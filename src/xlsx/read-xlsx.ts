import ExcelJS from "exceljs";
import { formatCount } from "../core/format";
import { Cell, CellValue, Sheet, WorkbookModel } from "../core/workbook";
import { cfbNames, isCfb } from "./cfb";
import { SheetCounts, SheetScanner } from "./sheet-scan";
import { canInflate, entryData, inflateEntry, zipEntries, ZipEntry } from "./zip";

/**
 * An .xlsx/.xlsm as the WorkbookModel the rules see, through ExcelJS. Works in Node and in the
 * browser: it takes the bytes, never a path. Merged cells keep their value in the top-left cell,
 * shared formulas get their own translated formula, formulas carry their cached result, rich
 * text becomes plain text and dates become Excel serial numbers.
 *
 * Files that fight back get a Dutch reason instead of a crash, and memory stays bounded: ExcelJS
 * loads a whole workbook at once (close to 1 KB per cell), so before it does, the zip's central
 * directory and the worksheets' XML are looked at as they stream out, against the limits below.
 */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

const MB = 1024 * 1024;

/** Largest file read (the bytes are in memory whole). Real IZA workbooks are well under 1 MB. */
export const MAX_FILE_BYTES = 50 * MB;
/** Largest total of the zip's entries unpacked, as declared and as actually inflated (zip bombs). */
export const MAX_UNPACKED_BYTES = 200 * MB;
/** Most entries in the zip (a workbook of 200 sheets has about 420). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Most worksheets. */
export const MAX_SHEETS = 1_000;
/**
 * Most cells, over all sheets: cells with something in them, and before ExcelJS loads the file
 * also cells that are only formatted (they cost as much). A ledger of 100.000 lines has 400.000.
 */
export const MAX_CELLS = 1_000_000;
/** Most rows (<row> elements, formatted empty rows included), over all sheets: one full sheet's worth. */
export const MAX_ROWS = 1_048_576;
/** Most columns in use, summed over the sheets (each sheet up to its last used column; XFD is 16.384). */
export const MAX_COLUMNS = 1_048_576;
/**
 * Merged ranges covering more cells than this (a merged whole column is 1.048.576) are not read
 * as merges: ExcelJS would make an object per covered cell. The values stay where they are.
 */
export const MAX_MERGED_CELLS = 100_000;

/** The limits readXlsx applies; tests may pass smaller ones. */
export interface ReadLimits {
  fileBytes: number;
  unpackedBytes: number;
  zipEntries: number;
  sheets: number;
  cells: number;
  rows: number;
  columns: number;
  mergedCells: number;
}

export const DEFAULT_LIMITS: Readonly<ReadLimits> = {
  fileBytes: MAX_FILE_BYTES,
  unpackedBytes: MAX_UNPACKED_BYTES,
  zipEntries: MAX_ZIP_ENTRIES,
  sheets: MAX_SHEETS,
  cells: MAX_CELLS,
  rows: MAX_ROWS,
  columns: MAX_COLUMNS,
  mergedCells: MAX_MERGED_CELLS,
};

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Look inside the zip before ExcelJS loads it (default: where DecompressionStream can). */
  prescan?: boolean;
}

const NOT_A_WORKBOOK = "geen Excel-werkmap (.xlsx): het bestand is beschadigd of een ander formaat";
const PASSWORD_OR_XLS =
  "beveiligd met een wachtwoord of een oud .xls-bestand (Excel 97-2003): sla het in Excel op als .xlsx zonder wachtwoord";
const PASSWORD =
  "beveiligd met een wachtwoord: de controle kan een versleutelde werkmap niet lezen. Sla in Excel een kopie op zonder wachtwoord (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, wachtwoord leegmaken)";
const OLD_XLS =
  "een werkmap in oud .xls-formaat (Excel 97-2003): open het in Excel en sla het op als Excel-werkmap (.xlsx)";
const SLIM_DOWN = "verwijder lege opgemaakte rijen en kolommen of splits de werkmap";
/** Nodes of a worksheet ExcelJS need not parse: the checks use none of them, and some expand per cell. */
const IGNORED_NODES = ["cols", "dataValidations", "conditionalFormatting", "extLst"];

/** "50 MB", "75,3 MB", "3,9 GB". */
function sizeText(bytes: number): string {
  const [value, unit] = bytes >= 1024 * MB ? [bytes / (1024 * MB), "GB"] : [bytes / MB, "MB"];
  return `${formatCount(value)} ${unit}`;
}

/** Why a file of this many bytes is not read, or null. For callers that know the size before reading. */
export function fileSizeProblem(bytes: number, limit = MAX_FILE_BYTES): string | null {
  if (bytes <= limit) return null;
  return `te groot: het bestand is ${overText(bytes, limit)}, de controle leest werkmappen tot ${sizeText(limit)}`;
}

/** A size above the limit, never shown as equal to it ("meer dan 50 MB"). */
function overText(bytes: number, limit: number): string {
  const text = sizeText(bytes);
  return text === sizeText(limit) ? `meer dan ${text}` : text;
}

// ExcelJS's ValueType, as numbers: its enum is declared, not exported as a constant everywhere.
const VT = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
};

function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether the ASCII text occurs in the bytes (ZIP entry names are stored as plain text). */
function contains(bytes: Uint8Array, text: string): boolean {
  const pattern = Array.from(text, (ch) => ch.charCodeAt(0));
  const first = pattern[0];
  const last = bytes.length - pattern.length;
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Why these bytes are no .xlsx, in Dutch, or null when they may well be one. */
export function diagnoseBytes(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "het bestand is leeg";
  if (isCfb(bytes)) {
    // An OLE2 container: its directory tells an encrypted .xlsx from an old .xls.
    const names = (cfbNames(bytes) ?? []).map((n) => n.toLowerCase());
    if (names.includes("encryptioninfo") || names.includes("encryptedpackage")) return PASSWORD;
    if (names.includes("workbook") || names.includes("book")) return OLD_XLS;
    if (names.includes("worddocument")) return "een Word-document (.doc), geen Excel-werkmap";
    return PASSWORD_OR_XLS;
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return NOT_A_WORKBOOK;
  if (contains(bytes, "xl/workbook.bin")) return "een binaire Excel-werkmap (.xlsb): sla het in Excel op als .xlsx";
  if (contains(bytes, "opendocument.spreadsheet")) return "een OpenDocument-rekenblad (.ods): sla het op als .xlsx";
  if (contains(bytes, "word/document.xml")) return "een Word-document, geen Excel-werkmap";
  if (!contains(bytes, "xl/workbook.xml")) return NOT_A_WORKBOOK;
  return null;
}

/** Excel's serial number of a date (1900 date system; ExcelJS reads dates as UTC). */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

type Scalar = CellValue | null;

function scalar(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", value: "#NUM!" };
  if (typeof value === "string") return { kind: "text", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : { kind: "number", value: excelSerial(value) };
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { kind: "error", value: v.error };
    if (Array.isArray(v.richText))
      return { kind: "text", value: v.richText.map((run: { text?: string }) => run.text ?? "").join("") };
    if (typeof v.text === "string") return { kind: "text", value: v.text }; // hyperlink
    if (v.text && typeof v.text === "object") return scalar(v.text); // hyperlink with rich text
    if ("result" in v) return scalar(v.result);
  }
  return null;
}

function readCell(cell: ExcelJS.Cell): Cell | null {
  const type = cell.type as number;
  if (type === VT.Merge || type === VT.Null) return null;
  const row = Number(cell.row);
  const col = Number(cell.col);
  const numFmt = cell.numFmt || undefined;
  if (type === VT.Formula) {
    let formula: string | undefined;
    try {
      formula = cell.formula || undefined;
    } catch {
      formula = undefined; // a shared formula whose master is missing
    }
    const value = scalar(cell.result) ?? { kind: "blank" as const };
    const result: Cell = { row, col, value };
    if (formula !== undefined) result.formula = formula.replace(/^=/, "");
    if (numFmt) result.numFmt = numFmt;
    return result;
  }
  const value = scalar(cell.value);
  if (!value) return null;
  if (value.kind === "text" && value.value === "") return null;
  const result: Cell = { row, col, value };
  if (numFmt) result.numFmt = numFmt;
  return result;
}

function isWorksheetEntry(name: string): boolean {
  return /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

/**
 * The zip's central directory against the limits, and (where the environment can inflate) every
 * entry inflated as a stream, stopping at the first limit: nothing is refused after it was built.
 * Returns whether ExcelJS may read the merged ranges.
 */
async function precheckZip(bytes: Uint8Array, limits: ReadLimits, prescan: boolean): Promise<{ merges: boolean }> {
  const entries = zipEntries(bytes, limits.zipEntries);
  if (entries === null) throw new WorkbookReadError(NOT_A_WORKBOOK);
  if (entries === "too-many")
    throw new WorkbookReadError(`te groot: meer dan ${formatCount(limits.zipEntries)} onderdelen in het zip-bestand`);
  if (entries.some((e) => (e.flags & 1) !== 0))
    throw new WorkbookReadError(
      "beveiligd met een wachtwoord (een versleuteld zip-bestand): sla het in Excel op als .xlsx zonder wachtwoord",
    );
  const sheets = entries.filter((e) => isWorksheetEntry(e.name)).length;
  if (sheets > limits.sheets)
    throw new WorkbookReadError(`te groot: meer dan ${formatCount(limits.sheets)} werkbladen`);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.unpackedBytes) {
    throw new WorkbookReadError(
      `te groot: uitgepakt is het bestand ${overText(declared, limits.unpackedBytes)}, de controle leest tot ${sizeText(limits.unpackedBytes)} uitgepakt`,
    );
  }
  if (!prescan) return { merges: false }; // unseen merged ranges might be whole columns
  const counts: SheetCounts = { cells: 0, rows: 0, columns: 0, mergedCells: 0 };
  const overLimit = (): string | null => {
    if (counts.cells > limits.cells)
      return `te groot: meer dan ${formatCount(limits.cells)} gevulde of opgemaakte cellen; ${SLIM_DOWN}`;
    if (counts.rows > limits.rows) return `te groot: meer dan ${formatCount(limits.rows)} rijen; ${SLIM_DOWN}`;
    if (counts.columns > limits.columns)
      return `te groot: de werkbladen gebruiken samen meer dan ${formatCount(limits.columns)} kolommen (elk blad telt tot zijn laatste gevulde of opgemaakte kolom); ${SLIM_DOWN}`;
    return null;
  };
  for (const entry of entries) {
    if (entry.name.endsWith("/") && entry.uncompressedSize === 0) continue; // a folder
    await inflateChecked(bytes, entry, counts, overLimit);
  }
  return { merges: counts.mergedCells <= limits.mergedCells };
}

async function inflateChecked(
  bytes: Uint8Array,
  entry: ZipEntry,
  counts: SheetCounts,
  overLimit: () => string | null,
): Promise<void> {
  const data = entryData(bytes, entry);
  if (data === null) throw new WorkbookReadError(NOT_A_WORKBOOK);
  const scanner = isWorksheetEntry(entry.name) ? new SheetScanner(counts) : null;
  let size = 0;
  const outcome = await inflateEntry(data, entry.method, entry.uncompressedSize, (chunk) => {
    size += chunk.length;
    scanner?.push(chunk);
    return overLimit() === null;
  });
  if (outcome === "too-large") {
    throw new WorkbookReadError(
      "beschadigd: een onderdeel van het zip-bestand pakt groter uit dan het opgeeft (een zip-bom?)",
    );
  }
  if (outcome === "damaged" || (outcome === "ok" && size !== entry.uncompressedSize))
    throw new WorkbookReadError(NOT_A_WORKBOOK);
  scanner?.finish();
  const problem = overLimit();
  if (problem) throw new WorkbookReadError(problem);
}

/** Reads the bytes of an .xlsx or .xlsm. Throws WorkbookReadError with a Dutch reason when it cannot. */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<WorkbookModel> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const bytes = bytesOf(data);
  const tooLarge = fileSizeProblem(bytes.length, limits.fileBytes);
  if (tooLarge) throw new WorkbookReadError(tooLarge);
  const problem = diagnoseBytes(bytes);
  if (problem) throw new WorkbookReadError(problem);
  const { merges } = await precheckZip(bytes, limits, options.prescan ?? canInflate());
  const workbook = new ExcelJS.Workbook();
  try {
    const ignoreNodes = merges ? IGNORED_NODES : [...IGNORED_NODES, "mergeCells"];
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes } as Partial<ExcelJS.XlsxReadOptions>);
  } catch {
    throw new WorkbookReadError(NOT_A_WORKBOOK);
  }
  if (workbook.worksheets.length === 0)
    throw new WorkbookReadError("geen werkbladen: de werkmap heeft geen blad met cellen om te controleren");
  const sheets: Sheet[] = [];
  let filled = 0;
  try {
    for (const worksheet of workbook.worksheets) {
      const cells: Cell[] = [];
      worksheet.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (cell) => {
          const c = readCell(cell);
          if (!c) return;
          // Counted as read: without the look inside the zip this is what bounds the model.
          if (++filled > limits.cells)
            throw new WorkbookReadError(`te groot: meer dan ${formatCount(limits.cells)} gevulde cellen; ${SLIM_DOWN}`);
          cells.push(c);
        });
      });
      const state = worksheet.state as string;
      sheets.push({
        name: worksheet.name,
        visibility: state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible",
        cells,
      });
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError(NOT_A_WORKBOOK);
  }
  return { name, sheets };
}
