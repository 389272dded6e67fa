/**
 * One reference operand of a formula ("C5", "$C$5:C13", "C:C", "5:5", "'Bijlage 2'!B5",
 * "Blad1!$B$2", "[1]Begroting!B2", "Tabel1[Bedrag]", "Toekenning") read into what it points at.
 * A1 notation as Excel stores it (invariant form); what cannot be resolved is named as such,
 * never guessed.
 */
import { SHEET_COLUMNS, SHEET_ROWS } from "../a1";

/**
 * A rectangle of cells on one sheet, with its corners as written (their $ signs). A class with
 * its corners kept flat: a check reads hundreds of thousands of these.
 */
export class AreaRef {
  readonly kind = "area" as const;
  /** The sheet as written in the reference; undefined for the formula's own sheet. */
  sheet?: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly row1?: number;
  private readonly col1?: number;
  private readonly abs1: number;
  private readonly row2?: number;
  private readonly col2?: number;
  private readonly abs2: number;

  constructor(
    /** "cell" C5, "range" C5:C13, "cols" C:D, "rows" 5:7. */
    readonly shape: "cell" | "range" | "cols" | "rows",
    first: Corner,
    second?: Corner,
  ) {
    const last = second ?? first;
    this.top = shape === "cols" ? 1 : Math.min(first.row!, last.row!);
    this.bottom = shape === "cols" ? SHEET_ROWS : Math.max(first.row!, last.row!);
    this.left = shape === "rows" ? 1 : Math.min(first.col!, last.col!);
    this.right = shape === "rows" ? SHEET_COLUMNS : Math.max(first.col!, last.col!);
    this.row1 = first.row;
    this.col1 = first.col;
    this.abs1 = (first.rowAbs ? 1 : 0) | (first.colAbs ? 2 : 0);
    if (second) {
      this.row2 = second.row;
      this.col2 = second.col;
    }
    this.abs2 = second ? (second.rowAbs ? 1 : 0) | (second.colAbs ? 2 : 0) : -1;
  }

  /** The corners as written ("C13:C5" keeps C13 first), each with its $ signs; one for a cell. */
  get corners(): Corner[] {
    const first: Corner = {
      row: this.row1,
      col: this.col1,
      rowAbs: (this.abs1 & 1) !== 0,
      colAbs: (this.abs1 & 2) !== 0,
    };
    if (this.abs2 < 0) return [first];
    return [first, { row: this.row2, col: this.col2, rowAbs: (this.abs2 & 1) !== 0, colAbs: (this.abs2 & 2) !== 0 }];
  }
}

export type Reference =
  | AreaRef
  /** A defined name (or a name Excel does not know: #NAME?). */
  | { kind: "name"; name: string; sheet?: string }
  /** A structured reference to an Excel table (Tabel1[Bedrag], [@Bedrag]): the model has no table definitions. */
  | { kind: "structured"; text: string }
  /** Into another workbook: [1]Begroting!B2, '…\[begroting.xlsx]Blad1'!B5. */
  | { kind: "external"; text: string }
  /** A reference that cannot be resolved to cells (3-D Blad1:Blad3!A1, #REF!, …). */
  | { kind: "unresolved"; text: string };

const NAME = /^[A-Za-z_\\\u00c0-\uffff][A-Za-z0-9_.\\?\u00c0-\uffff]*$/;

/** One side of a reference as written: a cell (row and column), a column (C) or a row (5). */
export interface Corner {
  row?: number;
  col?: number;
  rowAbs: boolean;
  colAbs: boolean;
}

/** "$C$5", "C5", "C", "$5" read character by character (this runs for every reference of a check). */
function corner(text: string): Corner | null {
  let i = 0;
  const colAbs = text.charCodeAt(i) === 0x24;
  if (colAbs) i++;
  let col = 0;
  let letters = 0;
  for (; i < text.length; i++) {
    const ch = text.charCodeAt(i) | 0x20;
    if (ch < 0x61 || ch > 0x7a) break;
    col = col * 26 + (ch - 0x60);
    letters++;
  }
  if (letters > 3) return null;
  let rowAbs = false;
  if (text.charCodeAt(i) === 0x24) {
    rowAbs = true;
    i++;
  }
  let row = 0;
  let digits = 0;
  for (; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 0x30 || ch > 0x39) return null;
    row = row * 10 + (ch - 0x30);
    digits++;
  }
  if (letters === 0 && digits === 0) return null;
  if (letters === 0) {
    // a row ("5", "$5"): a $ before it is the row's
    if (rowAbs || row < 1 || row > SHEET_ROWS) return null;
    return { row, rowAbs: colAbs, colAbs: false };
  }
  if (col > SHEET_COLUMNS) return null;
  if (digits === 0) return rowAbs ? null : { col, rowAbs: false, colAbs };
  if (digits > 7 || row < 1 || row > SHEET_ROWS) return null;
  return { row, col, rowAbs, colAbs };
}

/** The sheet part of "'Bijlage 2'!B5" and the rest; `sheet` undefined without "!". */
export function splitSheet(text: string): { sheet?: string; address: string; quoted: boolean } {
  if (text.startsWith("'")) {
    // a quoted name: '' is a quote inside it
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i++];
    }
    if (text[i + 1] === "!") return { sheet: name, address: text.slice(i + 2), quoted: true };
    return { address: text, quoted: false };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { address: text, quoted: false };
  return { sheet: text.slice(0, bang), address: text.slice(bang + 1), quoted: false };
}

/** What a reference operand points at. */
export function parseReference(text: string): Reference {
  // the common case first: a cell or range on the formula's own sheet
  if (text.indexOf("!") < 0 && text.indexOf("[") < 0) {
    const area = parseArea(text);
    if (area) return area;
  }
  const { sheet, address } = splitSheet(text);
  if (sheet !== undefined && /[[\]]/.test(sheet)) return { kind: "external", text };
  if (sheet === undefined && /^\[[^\]]*\][^[\]]*!/.test(text)) return { kind: "external", text };
  if (address.includes("[")) return { kind: "structured", text };
  if (sheet !== undefined && sheet.includes(":")) return { kind: "unresolved", text }; // 3-D
  if (address.startsWith("#")) return { kind: "unresolved", text };
  const area = parseArea(address);
  if (area) {
    if (sheet !== undefined) area.sheet = sheet;
    return area;
  }
  if (NAME.test(address))
    return sheet !== undefined ? { kind: "name", name: address, sheet } : { kind: "name", name: address };
  return { kind: "unresolved", text };
}

/** "C5", "$C$5:C13", "C:C", "5:5" without a sheet; null for anything else. */
export function parseArea(address: string): AreaRef | null {
  const colon = address.indexOf(":");
  const first = corner(colon < 0 ? address : address.slice(0, colon));
  if (!first) return null;
  if (colon < 0) {
    // "C" or "5" alone is a name
    return first.row === undefined || first.col === undefined ? null : new AreaRef("cell", first);
  }
  const second = corner(address.slice(colon + 1));
  if (!second) return null;
  const rows = first.row !== undefined && second.row !== undefined;
  const cols = first.col !== undefined && second.col !== undefined;
  if (rows && cols) return new AreaRef("range", first, second);
  if (cols && first.row === undefined && second.row === undefined) return new AreaRef("cols", first, second);
  if (rows && first.col === undefined && second.col === undefined) return new AreaRef("rows", first, second);
  return null;
}
