import { concatBytes } from "./bytes";
import { ScanCounts } from "./counts";

/**
 * A look at one binary part of an .xlsb ([MS-XLSB] 2.1.4: records of a variable-length type and
 * size) as it streams out of the zip: in a worksheet the records SheetJS builds or walks something
 * for, in a comments part the comments. Other .bin parts (printer settings, the VBA project, the
 * workbook and its styles) are recognised by their first record and left alone.
 */

const BEGIN_SHEET = 0x0081;
const BEGIN_COMMENTS = 0x0274;
const ROW_HEADER = 0x0000;
const CELL_RICH_STRING = 0x003e;
const COLUMN_INFO = 0x003c;
const MERGE_CELL = 0x00b0;
const HYPERLINK = 0x01ee;
const ARRAY_FORMULA = 0x01aa;
const BEGIN_COMMENT = 0x027b;

/** Cell records: BrtCellBlank (1) to BrtShortIsst (18), and BrtCellRString. */
function isCell(type: number): boolean {
  return (type >= 0x0001 && type <= 0x0012) || type === CELL_RICH_STRING;
}

/** Records whose first 16 bytes (an RfX: first and last row, first and last column) the scan reads. */
function needsRange(type: number): boolean {
  return type === COLUMN_INFO || type === HYPERLINK || type === ARRAY_FORMULA;
}

export class Biff12Scanner {
  kind: "worksheet" | "comments" | "other" | null = null;
  private buf = new Uint8Array(0);
  /** Bytes of the current record's body still to skip. */
  private skip = 0;

  constructor(private readonly counts: ScanCounts) {}

  push(chunk: Uint8Array): void {
    if (this.kind === "other") return;
    let data = chunk;
    if (this.skip > 0) {
      const skipped = Math.min(this.skip, data.length);
      this.skip -= skipped;
      data = data.subarray(skipped);
      if (data.length === 0) return;
    }
    const buf = this.buf.length > 0 ? concatBytes([this.buf, data]) : data;
    const done = this.scan(buf);
    this.buf = done >= buf.length ? new Uint8Array(0) : buf.slice(done);
  }

  finish(): void {
    this.buf = new Uint8Array(0);
  }

  private scan(buf: Uint8Array): number {
    let p = 0;
    while (p < buf.length) {
      const header = recordHeader(buf, p);
      if (header === null) return p; // the header continues in the next chunk
      const { type, size, body } = header;
      if (this.kind === null) {
        this.kind = type === BEGIN_SHEET ? "worksheet" : type === BEGIN_COMMENTS ? "comments" : "other";
        if (this.kind === "other") return buf.length;
        if (this.kind === "worksheet") this.counts.sheets++;
      }
      if (needsRange(type) && size >= 16 && body + 16 > buf.length) return p;
      this.record(type, size, buf, body);
      const next = body + size;
      if (next > buf.length) {
        this.skip = next - buf.length;
        return buf.length;
      }
      p = next;
    }
    return p;
  }

  private record(type: number, size: number, buf: Uint8Array, body: number): void {
    const counts = this.counts;
    if (this.kind === "comments") {
      if (type === BEGIN_COMMENT) counts.comments++;
      return;
    }
    if (isCell(type)) counts.cells++;
    else if (type === ROW_HEADER) counts.rows++;
    else if (type === MERGE_CELL) counts.merges++;
    else if (needsRange(type) && size >= 16) {
      const dv = new DataView(buf.buffer, buf.byteOffset + body, 16);
      const rows = dv.getUint32(4, true) - dv.getUint32(0, true) + 1;
      const cols = dv.getUint32(12, true) - dv.getUint32(8, true) + 1;
      if (type === HYPERLINK) counts.linkedCells += Math.max(rows, 0) * Math.max(cols, 0);
      else if (type === ARRAY_FORMULA) counts.arrayFormulas += rows * cols > 1 ? 1 : 0;
      else {
        // BrtColInfo holds colFirst and colLast in its first 8 bytes
        const span = dv.getUint32(4, true) - dv.getUint32(0, true) + 1;
        counts.columns += Math.max(1, Math.min(span, 16_384));
      }
    }
  }
}

/** A record's type and size (each a little-endian base-128 number, [MS-XLSB] 2.1.4), or null if cut off. */
function recordHeader(buf: Uint8Array, at: number): { type: number; size: number; body: number } | null {
  let p = at;
  let type = 0;
  for (let i = 0; i < 2; i++) {
    if (p >= buf.length) return null;
    const b = buf[p++];
    type |= (b & 0x7f) << (7 * i);
    if ((b & 0x80) === 0) break;
  }
  let size = 0;
  for (let i = 0; i < 4; i++) {
    if (p >= buf.length) return null;
    const b = buf[p++];
    size += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) break;
  }
  return { type, size, body: p };
}
