import ExcelJS from "exceljs";
import { Cell, CellValue, Sheet, WorkbookModel } from "../core/workbook";

/**
 * An .xlsx/.xlsm as the WorkbookModel the rules see, through ExcelJS. Works in Node and in the
 * browser: it takes the bytes, never a path. Merged cells keep their value in the top-left cell,
 * shared formulas get their own translated formula, formulas carry their cached result, rich
 * text becomes plain text and dates become Excel serial numbers.
 */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

const NOT_A_WORKBOOK = "geen Excel-werkmap (.xlsx): het bestand is beschadigd of een ander formaat";

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
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return "beveiligd met een wachtwoord of een oud .xls-bestand (Excel 97-2003): sla het in Excel op als .xlsx zonder wachtwoord";
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

/** Reads the bytes of an .xlsx or .xlsm. Throws WorkbookReadError with a Dutch reason when it cannot. */
export async function readXlsx(data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookModel> {
  const bytes = bytesOf(data);
  const problem = diagnoseBytes(bytes);
  if (problem) throw new WorkbookReadError(problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookReadError(NOT_A_WORKBOOK);
  }
  const sheets: Sheet[] = [];
  try {
    for (const worksheet of workbook.worksheets) {
      const cells: Cell[] = [];
      worksheet.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (cell) => {
          const c = readCell(cell);
          if (c) cells.push(c);
        });
      });
      const state = worksheet.state as string;
      sheets.push({
        name: worksheet.name,
        visibility: state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible",
        cells,
      });
    }
  } catch {
    throw new WorkbookReadError(NOT_A_WORKBOOK);
  }
  return { name, sheets };
}
