import * as XLSX from "@e965/xlsx";
import type { CellObject, ParsingOptions, WorkBook, WorkSheet } from "@e965/xlsx";
import { cellPosition, formatRange, quoteSheetName, sheetRef } from "../core/a1";
import { Cell, CellValue, DefinedName, Sheet, WorkbookModel } from "../core/workbook";
import { ReadLimits } from "./limits";
import { refuse, TEXT } from "./reasons";
import type { OdsTable } from "./xml-scan";

/**
 * SheetJS Community Edition (@e965/xlsx, see README "Bestanden die zich verzetten") reads the
 * workbook; this turns what it gives into the WorkbookModel the rules see. The options are those
 * of SheetJS's "Reading Files" page (https://docs.sheetjs.com/docs/api/parse-options) and its
 * type definitions (types/index.d.ts of the package):
 *
 * - `type: "array"`: the bytes as a Uint8Array, in Node and in the browser alike.
 * - `dense: true`: cells in row arrays (`sheet["!data"][R][C]`), less memory than one key per cell.
 * - `cellFormula: true`: formulas in `.f`, in A1 style without "=", shared formulas expanded per
 *   cell, `_xlfn.` prefixes of newer functions stripped (option `xlfn` left false); .ods formulas
 *   are turned from OpenFormula into the same syntax.
 * - `cellNF: true`: the number format in `.z`.
 * - `cellStyles`: needed for the hidden flags of rows and columns (`!rows`, `!cols`; SheetJS
 *   "Row and Column Properties"), and costly: SheetJS then also keeps every formatted empty cell
 *   (type "z", counted by the limits, left out of the model) and reads each row tag twice. So it
 *   is on for .xls and .xlsb, and for an .xlsx only when the scan saw a row or column marked
 *   hidden. For .ods SheetJS gives no hidden rows or columns but would copy covered cells, so it
 *   is off and the scan gives them.
 * - `cellHTML: false`, `cellText: false`: no HTML and no formatted text per cell, which the checks
 *   do not use.
 * - `cellDates: false`: dates stay Excel serial numbers with their date format, as before.
 * - `bookVBA: false`: macros are never read.
 * - `WTF: false`: a part SheetJS cannot read does not end the read; a sheet it could not read is
 *   then missing, and that is refused below as damaged.
 * - `sheetStubs`, `bookFiles`: only when the scan saw formula cells without a cached value. SheetJS
 *   drops such a cell unless it keeps empty cells (its value would be 0, which it takes for
 *   empty), and gives strings and booleans a made-up value; the model has them blank, found back
 *   through the workbook's relationships (which `bookFiles` exposes).
 */

export type SheetFormat = "xlsx" | "xlsb" | "xls" | "ods";

export interface SheetJsFacts {
  format: SheetFormat;
  /** Worksheet part name → addresses of formula cells without a cached value (a blank, not 0). */
  uncached: Map<string, string[]>;
  ods: { tables: OdsTable[]; hiddenStyles: Set<string> } | null;
  /** Whether some worksheet of an .xlsx marks rows or columns hidden (then SheetJS needs cellStyles to say which). */
  hiddenRowsOrCols: boolean;
}

/** Excel's error values by the code SheetJS keeps in `.v` ([MS-XLSB] 2.5.97.2 BErr). */
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
  0x2c: "#SPILL!",
  0x2d: "#CALC!",
};

let codepages: Promise<void> | null = null;

/**
 * Loads SheetJS's code page tables, which .xls files of Excel 5.0/95 (BIFF5: text in the
 * Windows code page) need for everything beyond ASCII, "€" included. SheetJS's CommonJS build
 * (the command line, the tests) loads them itself; in the browser they come as a chunk of their
 * own, only for such a file.
 */
export function loadCodepages(): Promise<void> {
  codepages ??= import(/* webpackChunkName: "codepages" */ "@e965/xlsx/dist/cpexcel").then((tables) =>
    XLSX.set_cptable((tables as { default?: unknown }).default ?? tables),
  );
  return codepages;
}

/** SheetJS reports what it cannot read on the console; the reader says it in its own words instead. */
function quietly<T>(read: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const ignore = () => undefined;
  console.error = console.warn = console.log = ignore;
  try {
    return read();
  } finally {
    Object.assign(console, saved);
  }
}

export function readWithSheetJs(bytes: Uint8Array, facts: SheetJsFacts): WorkBook {
  const options: ParsingOptions = {
    type: "array",
    dense: true,
    cellFormula: true,
    cellNF: true,
    cellStyles:
      facts.format === "xls" || facts.format === "xlsb" || (facts.format === "xlsx" && facts.hiddenRowsOrCols),
    sheetStubs: facts.uncached.size > 0,
    cellHTML: false,
    cellText: false,
    cellDates: false,
    bookVBA: false,
    WTF: false,
    bookFiles: facts.uncached.size > 0,
  };
  try {
    return quietly(() => XLSX.read(bytes, options));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) refuse("versleuteld", TEXT.password);
    if (/Unsupported ZIP file|Could not find workbook|Cannot find file/i.test(message))
      refuse("geen-werkmap", TEXT.noWorkbookInZip);
    return refuse("beschadigd", TEXT.damaged("de werkmap is niet te lezen"));
  }
}

const ODS_SHEET = String.raw`'(?:[^']|'')+'|[^\].:'#\[\s]+`;
const ODS_CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
/** A reference SheetJS leaves in OpenFormula syntax: to another sheet or another file. */
const ODS_REFERENCE = new RegExp(
  String.raw`\[(?:'((?:[^']|'')*)'#)?\$?(${ODS_SHEET})?\.(${ODS_CELL})(?::\$?(?:${ODS_SHEET})?\.(${ODS_CELL}))?\]`,
  "g",
);

/**
 * SheetJS turns an .ods formula into Excel's syntax for references on the same sheet only; the
 * rest it leaves in OpenFormula's: "[Kengetallen.B5]", "['Bijlage 2'.B5:.B9]" and, for another
 * file, "['file:///C:/map/begroting.xlsx'#Blad1.B5]". This writes them as Excel does:
 * "Kengetallen!B5", "'Bijlage 2'!B5:B9", "'C:\map\[begroting.xlsx]Blad1'!B5".
 */
export function odsReferences(formula: string): string {
  if (!formula.includes("[")) return formula;
  return formula.replace(
    ODS_REFERENCE,
    (whole, file: string | undefined, sheet: string | undefined, from: string, to?: string) => {
      if (sheet === undefined && file === undefined) return whole;
      const range = to ? `${from}:${to}` : from;
      const sheetName =
        sheet === undefined ? "" : sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
      // quoted only when the name needs it, as Excel writes a formula (core/a1)
      if (file === undefined) return sheetRef(sheetName, range);
      const url = file.replace(/''/g, "'");
      const path = decodeURIComponent(url.replace(/^file:\/\/\/?/i, (m) => (m.length === 8 ? "" : "\\\\"))).replace(
        /\//g,
        "\\",
      );
      const slash = path.lastIndexOf("\\");
      const book = `${path.slice(0, slash + 1)}[${path.slice(slash + 1)}]${sheetName}`;
      return `${quoteSheetName(book)}!${range}`;
    },
  );
}

function valueOf(cell: CellObject): CellValue | null {
  switch (cell.t) {
    case "n":
      if (typeof cell.v !== "number") return null;
      return Number.isFinite(cell.v) ? { kind: "number", value: cell.v } : { kind: "error", value: "#NUM!" };
    case "s":
      return typeof cell.v === "string" ? { kind: "text", value: cell.v } : null;
    case "b":
      return { kind: "boolean", value: Boolean(cell.v) };
    case "e":
      return { kind: "error", value: ERRORS[cell.v as number] ?? cell.w ?? "#N/A" };
    case "d":
      // only with cellDates, which the reader leaves off; as Excel's serial number all the same
      return cell.v instanceof Date ? { kind: "number", value: cell.v.getTime() / 86_400_000 + 25_569 } : null;
    default:
      return null; // "z": formatted, empty
  }
}

interface SheetContext {
  uncached: Set<string>;
  /** An OpenDocument spreadsheet: formulas need their references written as Excel does. */
  ods: boolean;
  limits: ReadLimits;
  filled: { count: number };
}

function readCells(ws: WorkSheet, context: SheetContext): { cells: Cell[]; lastRow: number; lastCol: number } {
  const data = (ws["!data"] ?? []) as CellObject[][];
  const cells: Cell[] = [];
  let lastRow = 0;
  let lastCol = 0;
  const add = (source: CellObject, r: number, c: number) => {
    const col = c + 1;
    const formula =
      typeof source.f === "string" && source.f !== "" ? (context.ods ? odsReferences(source.f) : source.f) : undefined;
    let value = valueOf(source);
    if (formula === undefined && (value === null || (value.kind === "text" && value.value === ""))) return;
    if (
      formula !== undefined &&
      (value === null || (context.uncached.size > 0 && context.uncached.has(`${r + 1},${col}`)))
    )
      value = { kind: "blank" };
    if (++context.filled.count > context.limits.cells)
      refuse("te-groot", TEXT.tooLarge(`meer dan ${TEXT.count(context.limits.cells)} gevulde cellen`));
    const cell: Cell = { row: r + 1, col, value: value! };
    if (formula !== undefined) cell.formula = formula;
    if (typeof source.z === "string" && source.z !== "General") cell.numFmt = source.z;
    cells.push(cell);
    if (r + 1 > lastRow) lastRow = r + 1;
    if (col > lastCol) lastCol = col;
  };
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (row === undefined) continue;
    if (row.length <= 256) {
      for (let c = 0; c < row.length; c++) if (row[c] !== undefined) add(row[c], r, c);
    } else {
      // a row that reaches far right (column XFD) holds a handful of cells, not 16.384 slots
      for (const key in row) add(row[key as unknown as number], r, Number(key));
    }
  }
  return { cells, lastRow, lastCol };
}

/** The hidden ones among SheetJS's row or column properties, 1-based, up to `last`. */
function hiddenOf(props: unknown, last: number): number[] {
  const out: number[] = [];
  if (!Array.isArray(props)) return out;
  for (const key in props) {
    const n = Number(key) + 1;
    if (n <= last && (props[key as unknown as number] as { hidden?: boolean } | undefined)?.hidden) out.push(n);
  }
  return out.sort((a, b) => a - b);
}

/** Hidden runs of an .ods table ([first, count]) as numbers up to `last`. */
function hiddenRuns(runs: [number, number][], last: number): number[] {
  const out: number[] = [];
  for (const [first, count] of runs) for (let n = first; n < first + count && n <= last; n++) out.push(n);
  return out;
}

/** Part name → its formula cells without a cached value, as "row,col" keys, by the sheets' index. */
function uncachedBySheet(wb: WorkBook, uncached: Map<string, string[]>): Map<number, Set<string>> {
  const bySheet = new Map<number, Set<string>>();
  if (uncached.size === 0) return bySheet;
  const book = wb as WorkBook & {
    Directory?: { workbooks?: string[] };
    files?: Record<string, { content?: Uint8Array | number[] }>;
    keys?: string[];
  };
  const workbookPath = (book.Directory?.workbooks?.[0] ?? "xl/workbook.xml").replace(/^\//, "");
  const slash = workbookPath.lastIndexOf("/");
  const folder = workbookPath.slice(0, slash + 1);
  const relsName = `${folder}_rels/${workbookPath.slice(slash + 1)}.rels`.toLowerCase();
  const key = (book.keys ?? []).find((k) => k.replace(/^\//, "").toLowerCase() === relsName);
  const content = key === undefined ? undefined : book.files?.[key]?.content;
  if (!content) return bySheet;
  const rels = new TextDecoder("utf-8").decode(Uint8Array.from(content as ArrayLike<number>));
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    const target = /\bTarget\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target);
  }
  const parts = new Map([...uncached].map(([name, refs]) => [name.replace(/^\//, "").toLowerCase(), refs]));
  (wb.Workbook?.Sheets ?? []).forEach((sheet, index) => {
    const target = targets.get((sheet as { id?: string }).id ?? "");
    if (!target) return;
    const path = resolvePath(target.startsWith("/") ? target.slice(1) : folder + target).toLowerCase();
    const refs = parts.get(path);
    if (!refs) return;
    const keys = new Set<string>();
    for (const ref of refs) {
      const at = cellPosition(ref);
      if (at) keys.add(`${at.row},${at.col}`);
    }
    bySheet.set(index, keys);
  });
  return bySheet;
}

/** "xl/worksheets/../x.xml" → "xl/x.xml". */
function resolvePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

function namesOf(wb: WorkBook): DefinedName[] | undefined {
  const names = (wb.Workbook?.Names ?? []).filter(
    (n) => !(n as { Hidden?: boolean }).Hidden && !n.Name.startsWith("_xlnm.") && typeof n.Ref === "string",
  );
  if (names.length === 0) return undefined;
  return names.map((n) => {
    const name: DefinedName = { name: n.Name, ref: n.Ref.replace(/^=/, "") };
    if (n.Sheet !== undefined && wb.SheetNames[n.Sheet] !== undefined) name.sheet = wb.SheetNames[n.Sheet];
    return name;
  });
}

/** The workbook SheetJS read, as the model; refuses sheets SheetJS could not read and what is over a limit. */
export function toModel(wb: WorkBook, name: string, facts: SheetJsFacts, limits: ReadLimits): WorkbookModel {
  const uncached = uncachedBySheet(wb, facts.uncached);
  const odsTables = new Map((facts.ods?.tables ?? []).map((t) => [t.name, t]));
  const filled = { count: 0 };
  const sheets: Sheet[] = [];
  let merges = 0;
  let mergedCells = 0;
  wb.SheetNames.forEach((sheetName, index) => {
    const ws = wb.Sheets[sheetName];
    if (ws === undefined) refuse("beschadigd", TEXT.damaged(`het blad "${sheetName}" is niet te lezen`));
    if (ws["!type"] === "chart") return;
    const { cells, lastRow, lastCol } = readCells(ws, {
      uncached: uncached.get(index) ?? new Set(),
      ods: facts.format === "ods",
      limits,
      filled,
    });
    const hidden = wb.Workbook?.Sheets?.[index]?.Hidden;
    const table = odsTables.get(sheetName);
    const odsHidden = table?.styleName != null && facts.ods!.hiddenStyles.has(table.styleName);
    const sheet: Sheet = {
      name: sheetName,
      visibility: hidden === 2 ? "veryHidden" : hidden === 1 || odsHidden ? "hidden" : "visible",
      cells,
    };
    const hiddenRows = table ? hiddenRuns(table.hiddenRows, lastRow) : hiddenOf(ws["!rows"], lastRow);
    const hiddenCols = table ? hiddenRuns(table.hiddenCols, lastCol) : hiddenOf(ws["!cols"], lastCol);
    if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
    if (hiddenCols.length > 0) sheet.hiddenCols = hiddenCols;
    const ranges = ws["!merges"] ?? [];
    if (ranges.length > 0) {
      merges += ranges.length;
      for (const m of ranges) mergedCells += (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1);
      sheet.merges = ranges.map((m) =>
        formatRange({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }),
      );
    }
    sheets.push(sheet);
  });
  if (merges > limits.merges)
    refuse("te-groot", TEXT.tooLarge(`meer dan ${TEXT.count(limits.merges)} samengevoegde celbereiken`, false));
  if (mergedCells > limits.mergedCells) for (const sheet of sheets) delete sheet.merges;
  const model: WorkbookModel = { name, sheets };
  const names = namesOf(wb);
  if (names) model.names = names;
  return model;
}
