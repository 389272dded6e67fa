/**
 * A look at a worksheet's XML as it streams out of the zip, before ExcelJS builds objects for it:
 * how many cells (<c>) and rows (<row>) it holds, how far right its cells reach (ExcelJS makes a
 * column object for every column up to the last one used) and how many cells its merged ranges
 * cover (ExcelJS makes an object for each). Works on bytes, chunk by chunk; a tag split over two
 * chunks is seen whole because the last bytes of a chunk wait for the next one.
 */
import { cellPosition, parseCellRange } from "../core/a1";

export interface SheetCounts {
  cells: number;
  rows: number;
  /** Sum over the sheets of the last column a cell uses. */
  columns: number;
  /** Cells covered by merged ranges. */
  mergedCells: number;
}

const LT = 0x3c;
const GT = 0x3e;
/** Bytes kept back at the end of a chunk: longer than any tag's start we read (<c r="XFD1048576" ...). */
const TAIL = 512;

function isDelimiter(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === GT || b === 0x2f;
}

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

function startsAt(buf: Uint8Array, i: number, ascii: string): boolean {
  for (let k = 0; k < ascii.length; k++) if (buf[i + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

/** The value of attribute `name` in the tag starting at `from`, or null. */
function attribute(buf: Uint8Array, from: number, name: string): string | null {
  const end = Math.min(buf.length, from + TAIL);
  for (let i = from; i < end && buf[i] !== GT; i++) {
    if (!isSpace(buf[i]) || !startsAt(buf, i + 1, name) || buf[i + 1 + name.length] !== 0x3d) continue;
    const quote = buf[i + 2 + name.length];
    if (quote !== 0x22 && quote !== 0x27) continue;
    let value = "";
    for (let k = i + 3 + name.length; k < end && buf[k] !== quote; k++) value += String.fromCharCode(buf[k]);
    return value;
  }
  return null;
}

function mergedArea(ref: string): number {
  const box = parseCellRange(ref, true);
  return box ? (box.bottom - box.top + 1) * (box.right - box.left + 1) : 0;
}

export class SheetScanner {
  private carry: Uint8Array = new Uint8Array(0);
  private lastCol = 0;

  constructor(private readonly counts: SheetCounts) {}

  push(chunk: Uint8Array): void {
    let buf = chunk;
    if (this.carry.length > 0) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
    }
    const stop = Math.max(0, buf.length - TAIL);
    this.scan(buf, stop);
    this.carry = buf.slice(stop);
  }

  /** The end of the sheet: the bytes kept back, and this sheet's columns. */
  finish(): void {
    this.scan(this.carry, this.carry.length);
    this.carry = new Uint8Array(0);
    this.counts.columns += this.lastCol;
  }

  private scan(buf: Uint8Array, stop: number): void {
    const counts = this.counts;
    for (let i = buf.indexOf(LT); i !== -1 && i < stop; i = buf.indexOf(LT, i + 1)) {
      const b = buf[i + 1];
      if (b === 0x63 && isDelimiter(buf[i + 2])) {
        // <c r="B7" ...>
        counts.cells++;
        const r = attribute(buf, i + 2, "r");
        const ref = r === null ? null : cellPosition(r);
        if (ref && ref.col > this.lastCol) this.lastCol = ref.col;
      } else if (b === 0x72 && buf[i + 2] === 0x6f && buf[i + 3] === 0x77 && isDelimiter(buf[i + 4])) {
        counts.rows++; // <row
      } else if (b === 0x6d && startsAt(buf, i + 1, "mergeCell") && isDelimiter(buf[i + 10])) {
        const ref = attribute(buf, i + 10, "ref");
        if (ref) counts.mergedCells += mergedArea(ref);
      }
    }
  }
}
