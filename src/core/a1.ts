/**
 * A1 addresses, once for the whole project: column letters, cells, ranges (whole rows and
 * columns too), and sheet names in references. Every door and every rule uses these; none
 * parses or writes an address by hand.
 */

/** The last row and column of an Excel sheet. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** 1-based row and column. */
export interface CellPosition {
  row: number;
  col: number;
}

/** A rectangle of cells, 1-based and inclusive, top ≤ bottom and left ≤ right. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "C" for column 3, "AA" for 27. */
export function columnLetters(col: number): string {
  let letters = "";
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 3 for "C" (case-insensitive); null when the text is no column of one to three letters. */
export function columnNumber(letters: string): number | null {
  const clean = letters.trim().replace(/^\$/, "");
  if (!/^[A-Za-z]{1,3}$/.test(clean)) return null;
  let col = 0;
  for (const ch of clean.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** "A1" address of a 1-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** True when the text is one cell address ("C5", "$C$5"). */
export function isCellAddress(address: string): boolean {
  return CELL.test(address.trim());
}

/** 1-based row and column of an "A1" address (with or without $), or null for anything else. */
export function cellPosition(address: string): CellPosition | null {
  const match = CELL.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (let i = 0; i < match[1].length; i++) col = col * 26 + ((match[1].charCodeAt(i) | 0x20) - 96);
  return { row: Number(match[2]), col };
}

/** 1-based row and column of an "A1" address (with or without $); throws on anything else. */
export function parseA1(address: string): CellPosition {
  const position = cellPosition(address);
  if (!position) throw new Error(`geen celadres: ${address}`);
  return position;
}

/**
 * The cells of a range: "B2:D9", "D9:B2" (any corner order), "C5", "C:C" (whole columns) or
 * "3:5" (whole rows), with or without $; a sheet name in front ("'Blad 1'!B2:D9") is ignored.
 * Throws on anything else.
 */
export function parseRange(range: string): CellBox {
  const [from, to = from, extra] = splitAddress(range).address.replace(/\$/g, "").trim().split(":");
  if (extra !== undefined) throw new Error(`geen bereik: ${range}`);
  const fromCol = columnNumber(from);
  const toCol = columnNumber(to);
  if (fromCol !== null && toCol !== null) {
    return { top: 1, bottom: SHEET_ROWS, left: Math.min(fromCol, toCol), right: Math.max(fromCol, toCol) };
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const a = Number(from);
    const b = Number(to);
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: SHEET_COLUMNS };
  }
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The range as a box, or null when the text is no range of cells ("B4:F14", "C5"). */
export function tryParseRange(range: string): CellBox | null {
  try {
    return parseRange(range);
  } catch {
    return null;
  }
}

/**
 * A range written as two cell addresses ("B4:F14", "$b$4:$f$14", "F14:B4"), or null: no sheet name,
 * no whole rows or columns. With `single`, one cell ("C5") counts too.
 */
export function parseCellRange(text: string, single = false): CellBox | null {
  const [from, to = single ? from : undefined, extra] = text.trim().split(":");
  if (to === undefined || extra !== undefined || !isCellAddress(from) || !isCellAddress(to)) return null;
  return parseRange(`${from}:${to}`);
}

/** The top-left cell of a range: "B2" for "B2:D9" (and for "D9:B2"). */
export function firstCell(range: string): string {
  const box = parseRange(range);
  return a1(box.top, box.left);
}

/** "B2:D9" (or "B2" for one cell). */
export function formatRange(box: CellBox): string {
  const from = a1(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? from : `${from}:${a1(box.bottom, box.right)}`;
}

/** "C5:C13": one column over rows first..last. */
export function columnRange(col: number, firstRow: number, lastRow: number): string {
  return `${a1(firstRow, col)}:${a1(lastRow, col)}`;
}

export function boxesOverlap(a: CellBox, b: CellBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function boxContains(box: CellBox, row: number, col: number): boolean {
  return row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
}

/** True when the two ranges are on the same sheet and share a cell. */
export function rangesOverlap(a: { sheet: string; range: string }, b: { sheet: string; range: string }): boolean {
  return a.sheet === b.sheet && boxesOverlap(parseRange(a.range), parseRange(b.range));
}

/** "C3" → "$C$3"; "C5:C18" → "$C$5:$C$18". */
export function absolute(address: string): string {
  return address
    .split(":")
    .map((part) => {
      const { row, col } = parseA1(part);
      return `$${columnLetters(col)}$${row}`;
    })
    .join(":");
}

/** 'Blad 1' — always quoted, which Excel accepts for every sheet name. */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** 'Blad 1'!C5 — always quoted: for formulas. */
export function qualified(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

/** Blad1!B5 or 'Bijlage 2'!B5 — quoted only when the name needs it: for messages people read. */
export function sheetRef(sheet: string, address: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${address}` : qualified(sheet, address);
}

/** A reference as seen from a formula on `fromSheet`: without sheet name when it is the same sheet. */
export function reference(fromSheet: string, sheet: string, address: string): string {
  return fromSheet === sheet ? address : qualified(sheet, address);
}

/**
 * "'Blad 1'!B4:F14" → { sheet: "Blad 1", address: "B4:F14" }; without "!" the sheet is "".
 * The address is trimmed and upper-cased, $ signs dropped.
 */
export function splitAddress(text: string): { sheet: string; address: string } {
  const bang = text.lastIndexOf("!");
  const address = text
    .slice(bang + 1)
    .trim()
    .toUpperCase()
    .replace(/\$/g, "");
  if (bang < 0) return { sheet: "", address };
  let sheet = text.slice(0, bang).trim();
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address };
}
