import { a1, parseCellRange } from "../core/a1";
import { concatBytes } from "./bytes";
import { ScanCounts } from "./counts";

/**
 * A look at one XML part of a workbook as it streams out of the zip, before SheetJS parses it:
 * what kind of part it is (by its root element, wherever it lies in the zip), what it holds that
 * SheetJS's work grows with (counted into ScanCounts), whether it declares a DTD with entities or
 * external references (an XML bomb or XXE: refused, never parsed), and the few facts SheetJS
 * does not give back: which formula cells carry no cached value, and in an OpenDocument
 * spreadsheet which tables, rows and columns are hidden. Works on bytes, chunk by chunk, in
 * UTF-8 and in UTF-16 (with or without byte order mark); a tag split over two chunks is seen whole.
 *
 * Namespace prefixes are ignored (<x:c> is <c>), as SheetJS ignores them.
 */

export type PartKind =
  "worksheet" | "chartsheet" | "chart" | "comments" | "people" | "ods-content" | "xml-map" | "other";

const ROOTS: Record<string, PartKind> = {
  worksheet: "worksheet",
  dialogsheet: "worksheet",
  macrosheet: "worksheet",
  chartsheet: "chartsheet",
  chartSpace: "chart",
  comments: "comments",
  ThreadedComments: "comments",
  personList: "people",
  "document-content": "ods-content",
  MapInfo: "xml-map",
};

export type XmlDanger = "entities" | "external";

/** A table of an OpenDocument spreadsheet as the scan saw it. */
export interface OdsTable {
  name: string;
  styleName: string | null;
  /** Hidden rows and columns as [first (1-based), count] runs. */
  hiddenRows: [number, number][];
  hiddenCols: [number, number][];
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOS = 0x27;
const EQUALS = 0x3d;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

function isNameEnd(b: number): boolean {
  return isSpace(b) || b === GT || b === SLASH;
}

function startsAt(buf: Uint8Array, i: number, ascii: string): boolean {
  if (i + ascii.length > buf.length) return false;
  for (let k = 0; k < ascii.length; k++) if (buf[i + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

function nameIs(buf: Uint8Array, from: number, to: number, ascii: string): boolean {
  return to - from === ascii.length && startsAt(buf, from, ascii);
}

function indexOfPattern(buf: Uint8Array, pattern: Uint8Array, from: number): number {
  for (let i = buf.indexOf(pattern[0], from); i !== -1; i = buf.indexOf(pattern[0], i + 1)) {
    let k = 1;
    while (k < pattern.length && buf[i + k] === pattern[k]) k++;
    if (k === pattern.length) return i;
    if (i + k >= buf.length) return -1;
  }
  return -1;
}

/** Index just past the ">" that ends the tag whose name ends at `from` (quotes respected), or -1. */
function tagEnd(buf: Uint8Array, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const b = buf[i];
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === QUOTE || b === APOS) quote = b;
    else if (b === GT) return i + 1;
  }
  return -1;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(parseInt(e[1] === "x" ? e.slice(2) : e.slice(1), e[1] === "x" ? 16 : 10))
      : ENTITIES[e],
  );
}

/**
 * Where the value of the attribute with local name `local` lies in the tag [from, to): its first
 * index (the end is in `span.end`), or -1.
 */
const span = { end: 0 };
function attributeAt(buf: Uint8Array, from: number, to: number, local: string): number {
  let i = from;
  while (i < to) {
    while (i < to && (isSpace(buf[i]) || buf[i] === SLASH)) i++;
    const nameStart = i;
    let localStart = i;
    while (i < to && buf[i] !== EQUALS && !isSpace(buf[i]) && buf[i] !== GT && buf[i] !== SLASH) {
      if (buf[i] === COLON) localStart = i + 1;
      i++;
    }
    const nameEnd = i;
    while (i < to && isSpace(buf[i])) i++;
    if (buf[i] !== EQUALS) {
      if (i === nameStart) i++;
      continue;
    }
    i++;
    while (i < to && isSpace(buf[i])) i++;
    const quote = buf[i];
    if (quote !== QUOTE && quote !== APOS) return -1;
    const valueStart = ++i;
    while (i < to && buf[i] !== quote) i++;
    if (nameIs(buf, localStart, nameEnd, local)) {
      span.end = i;
      return valueStart;
    }
    i++;
  }
  return -1;
}

/**
 * The value of the attribute with local name `local` in the tag [from, to), or null. `decode`
 * decodes UTF-8 and entities (names); otherwise the bytes are taken as ASCII (numbers, refs).
 */
function attribute(buf: Uint8Array, from: number, to: number, local: string, decode = false): string | null {
  const start = attributeAt(buf, from, to, local);
  if (start === -1) return null;
  const bytes = buf.subarray(start, span.end);
  if (decode) return unescapeXml(new TextDecoder("utf-8").decode(bytes));
  let value = "";
  for (let k = 0; k < bytes.length; k++) value += String.fromCharCode(bytes[k]);
  return value;
}

/** A positive integer attribute, read from the bytes; `fallback` when absent or not a number. */
function intAttribute(buf: Uint8Array, from: number, to: number, local: string, fallback: number): number {
  const start = attributeAt(buf, from, to, local);
  if (start === -1) return fallback;
  let n = 0;
  let digits = 0;
  for (let k = start; k < span.end && buf[k] >= 0x30 && buf[k] <= 0x39 && digits < 10; k++, digits++)
    n = n * 10 + buf[k] - 0x30;
  return digits > 0 && n > 0 ? n : fallback;
}

/** The row of an A1 reference attribute ("B7" → 7), read from the bytes, or 0. */
function rowOf(buf: Uint8Array, start: number, end: number): number {
  let k = start;
  while (k < end && (buf[k] < 0x30 || buf[k] > 0x39)) k++;
  let row = 0;
  for (; k < end && buf[k] >= 0x30 && buf[k] <= 0x39; k++) row = row * 10 + buf[k] - 0x30;
  return row;
}

/** Whether an attribute is "1" or "true" (xsd:boolean). */
function isTrue(buf: Uint8Array, from: number, to: number, local: string): boolean {
  const start = attributeAt(buf, from, to, local);
  return start !== -1 && (buf[start] === 0x31 || buf[start] === 0x74);
}

/** The column of an A1 reference attribute ("B7" → 2), read from the bytes, or 0. */
function columnOf(buf: Uint8Array, start: number, end: number): number {
  let col = 0;
  let k = start;
  if (buf[k] === 0x24) k++; // $
  for (; k < end; k++) {
    const b = buf[k] & 0xdf; // upper case
    if (b < 0x41 || b > 0x5a) break;
    col = col * 26 + b - 0x40;
  }
  return col;
}

function positiveInt(text: string | null, fallback = 1): number {
  if (text === null) return fallback;
  const n = parseInt(text, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const COMMENT_END = Uint8Array.of(0x2d, 0x2d, 0x3e); // -->
const CDATA_END = Uint8Array.of(0x5d, 0x5d, 0x3e); // ]]>

export class XmlScanner {
  kind: PartKind = "other";
  /** Whether the part is no XML at all (it does not start with "<"): then nothing is looked at. */
  notXml = false;
  /** "utf16le"/"utf16be" when the part is UTF-16; `bom` whether it starts with a byte order mark. */
  encoding: "utf8" | "utf16le" | "utf16be" = "utf8";
  bom = false;
  danger: XmlDanger | null = null;
  /** Worksheets: cells with a formula but no cached value (<v>), by the address SheetJS gives them. */
  readonly uncached: string[] = [];
  /** OpenDocument content: the tables, and the names of table styles that hide a table. */
  readonly odsTables: OdsTable[] = [];
  readonly hiddenTableStyles = new Set<string>();

  private started = false;
  private pending: Uint8Array = new Uint8Array(0);
  private oddByte: number | null = null;
  private until: Uint8Array | null = null;
  private sawRoot = false;
  // worksheet state (as SheetJS numbers rows and cells without an r attribute)
  private rowNumber = 0;
  /** Cells seen in the current row (what SheetJS numbers a cell without an r attribute by). */
  private cellCount = 0;
  /** Where the open <c> tag's attributes start, and in which buffer. */
  private cellBuf: Uint8Array = new Uint8Array(0);
  private cellAt = 0;
  /** The open <c> (0: none; 1: a cell; 2: a cell with a formula; 3: and a cached value) and where it is. */
  private cellState = 0;
  private cellRow = 0;
  private cellCol = 0;
  /** Whether a <row> or <col> is marked hidden (SheetJS reads those flags only with cellStyles). */
  hiddenRowsOrCols = false;
  private chartMax = 0;
  // OpenDocument state
  private table: OdsTable | null = null;
  private odsRow = 0;
  private odsRowRepeat = 1;
  private odsRowStored = false;
  private odsCol = 0;
  private tableStyle: string | null = null;

  constructor(private readonly counts: ScanCounts) {}

  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (!this.started) {
      if (this.pending.length + chunk.length < 4) {
        this.pending = concatBytes([this.pending, chunk]);
        return;
      }
      bytes = concatBytes([this.pending, chunk]);
      this.pending = new Uint8Array(0);
      this.started = true;
      this.detectEncoding(bytes);
      if (this.bom) bytes = bytes.subarray(this.encoding === "utf8" ? 3 : 2);
      this.notXml = !startsWithMarkup(this.encoding === "utf8" ? bytes : this.fromUtf16(bytes.subarray(0, 64)));
      this.oddByte = null;
    }
    if (this.notXml) return;
    this.feed(this.encoding === "utf8" ? bytes : this.fromUtf16(bytes), false);
  }

  /** The end of the part. */
  finish(): void {
    if (!this.started) {
      this.started = true;
      this.detectEncoding(this.pending);
      this.notXml = !startsWithMarkup(this.pending);
      if (!this.notXml) this.feed(this.pending, true);
    } else if (!this.notXml) this.feed(new Uint8Array(0), true);
    this.pending = new Uint8Array(0);
    if (this.kind === "chart") this.counts.chartPoints += this.chartMax;
  }

  private detectEncoding(b: Uint8Array): void {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.bom = true;
    else if (b[0] === 0xff && b[1] === 0xfe) [this.encoding, this.bom] = ["utf16le", true];
    else if (b[0] === 0xfe && b[1] === 0xff) [this.encoding, this.bom] = ["utf16be", true];
    else if (b[0] === LT && b[1] === 0 && b[2] !== 0) this.encoding = "utf16le";
    else if (b[0] === 0 && b[1] === LT && b[3] !== 0) this.encoding = "utf16be";
  }

  /** UTF-16 code units as single bytes: markup is ASCII, anything else becomes "?". */
  private fromUtf16(bytes: Uint8Array): Uint8Array {
    let input = bytes;
    if (this.oddByte !== null) {
      input = concatBytes([Uint8Array.of(this.oddByte), bytes]);
      this.oddByte = null;
    }
    const units = input.length >> 1;
    if (input.length & 1) this.oddByte = input[input.length - 1];
    const out = new Uint8Array(units);
    const le = this.encoding === "utf16le";
    for (let i = 0; i < units; i++) {
      const unit = le ? input[2 * i] | (input[2 * i + 1] << 8) : (input[2 * i] << 8) | input[2 * i + 1];
      out[i] = unit < 0x80 ? unit : QUESTION;
    }
    return out;
  }

  private feed(chunk: Uint8Array, final: boolean): void {
    const buf = this.pending.length > 0 ? concatBytes([this.pending, chunk]) : chunk;
    const done = this.scan(buf, final);
    this.pending = final || done >= buf.length ? new Uint8Array(0) : buf.slice(done);
  }

  /** Scans complete tags; returns where the unprocessed rest (an unfinished tag) starts. */
  private scan(buf: Uint8Array, final: boolean): number {
    let next = 0;
    if (this.until) {
      const end = indexOfPattern(buf, this.until, 0);
      if (end === -1) return final ? buf.length : Math.max(0, buf.length - this.until.length + 1);
      next = end + this.until.length;
      this.until = null;
    }
    for (let i = buf.indexOf(LT, next); i !== -1; i = buf.indexOf(LT, next)) {
      if (this.danger) return buf.length;
      if (i + 1 >= buf.length) return final ? buf.length : i;
      const b = buf[i + 1];
      if (b === BANG) {
        if (buf.length - i < 9 && !final) return i;
        if (startsAt(buf, i, "<!--") || startsAt(buf, i, "<![CDATA[")) {
          const pattern = buf[i + 2] === 0x2d ? COMMENT_END : CDATA_END;
          const end = indexOfPattern(buf, pattern, i + 4);
          if (end === -1) {
            this.until = pattern;
            return final ? buf.length : Math.max(i + 4, buf.length - pattern.length + 1);
          }
          next = end + pattern.length;
          continue;
        }
        if (startsAt(buf, i, "<!DOCTYPE") || startsAt(buf, i, "<!ENTITY")) {
          const end = tagEnd(buf, i + 2);
          if (end === -1 && !final) return i;
          this.declaration(buf, i, end === -1 ? buf.length : end);
          next = end === -1 ? buf.length : end;
          continue;
        }
        next = i + 2;
        continue;
      }
      if (b === QUESTION) {
        next = i + 2;
        continue;
      }
      if (this.kind === "worksheet") {
        // the bulk of a sheet, without a namespace prefix: </…>, <c …>, <v>, decided by a byte or two
        if (b === SLASH && this.cellState !== 2) {
          next = i + 2;
          continue;
        }
        if (b === 0x63 && i + 2 < buf.length && isNameEnd(buf[i + 2])) {
          // the whole <c …> must be in this buffer: its address is read from it later
          if (!final && buf.indexOf(GT, i + 2) === -1) return i;
          this.openCell(buf, i + 2);
          next = i + 2;
          continue;
        }
        if (b === 0x76 && buf[i + 2] === GT && this.cellState !== 2) {
          next = i + 3;
          continue;
        }
      }
      const closing = b === SLASH;
      const nameStart = closing ? i + 2 : i + 1;
      let nameEnd = nameStart;
      let local = nameStart;
      while (nameEnd < buf.length && !isNameEnd(buf[nameEnd])) {
        if (buf[nameEnd] === COLON) local = nameEnd + 1;
        nameEnd++;
      }
      if (nameEnd >= buf.length) return final ? buf.length : i;
      if (!this.sawRoot && !closing) {
        this.sawRoot = true;
        let name = "";
        for (let k = local; k < nameEnd; k++) name += String.fromCharCode(buf[k]);
        this.kind = ROOTS[name] ?? "other";
        if (this.kind === "worksheet" || this.kind === "chartsheet") this.counts.sheets++;
      }
      if (this.kind === "worksheet" && !closing && nameEnd - local === 1 && buf[local] === 0x63) {
        if (!final && buf.indexOf(GT, nameEnd) === -1) return i;
        this.openCell(buf, nameEnd);
        next = nameEnd;
        continue;
      }
      const end = this.relevant(buf, local, nameEnd, closing) ? tagEnd(buf, nameEnd) : nameEnd;
      if (end === -1) {
        if (!final) return i;
        return buf.length;
      }
      // a tag that ends where the buffer does: what follows it (<v></v> or a value) is in the next chunk
      if (end === buf.length && !final) return i;
      if (end !== nameEnd) this.tag(buf, local, nameEnd, end, closing);
      next = end;
    }
    return buf.length;
  }

  /** <c>, the most frequent tag: counted by its name alone; its address is read only for a formula. */
  private openCell(buf: Uint8Array, attributes: number): void {
    this.counts.cells++;
    this.cellCount++;
    this.cellState = 1;
    this.cellBuf = buf;
    this.cellAt = attributes;
  }

  /** The address of the open cell, from its r attribute (or its place in the row), when it turns out to hold a formula. */
  private locateCell(): void {
    const buf = this.cellBuf;
    const end = tagEnd(buf, this.cellAt);
    const r = end === -1 ? -1 : attributeAt(buf, this.cellAt, end - 1, "r");
    const col = r === -1 ? 0 : columnOf(buf, r, span.end);
    this.cellCol = col > 0 ? col : this.cellCount;
    this.cellRow = col > 0 ? rowOf(buf, r, span.end) : Math.max(this.rowNumber, 1);
  }

  /** A DTD declaration: one with entities or an external identifier is never read. */
  private declaration(buf: Uint8Array, from: number, to: number): void {
    let external = false;
    for (let k = from; k < to - 5 && !external; k++)
      external = startsAt(buf, k, "SYSTEM") || startsAt(buf, k, "PUBLIC");
    if (external) this.danger = "external";
    else if (startsAt(buf, from, "<!ENTITY")) this.danger = "entities";
  }

  private relevant(buf: Uint8Array, local: number, end: number, closing: boolean): boolean {
    const n = end - local;
    switch (this.kind) {
      case "worksheet":
        if (closing) return n === 1 && buf[local] === 0x63 && this.cellState === 2; // </c> of a formula without value so far
        if (n === 1) return buf[local] === 0x66 || (buf[local] === 0x76 && this.cellState === 2); // f v
        return (
          nameIs(buf, local, end, "row") ||
          nameIs(buf, local, end, "col") ||
          nameIs(buf, local, end, "mergeCell") ||
          nameIs(buf, local, end, "hyperlink")
        );
      case "chart":
        return !closing && nameIs(buf, local, end, "pt");
      case "comments":
        return !closing && (nameIs(buf, local, end, "comment") || nameIs(buf, local, end, "threadedComment"));
      case "people":
        return !closing && nameIs(buf, local, end, "person");
      case "xml-map":
        return (
          !closing &&
          (nameIs(buf, local, end, "import") ||
            nameIs(buf, local, end, "include") ||
            nameIs(buf, local, end, "redefine") ||
            nameIs(buf, local, end, "override"))
        );
      case "ods-content":
        return (
          nameIs(buf, local, end, "table") ||
          nameIs(buf, local, end, "table-row") ||
          (!closing &&
            (nameIs(buf, local, end, "table-cell") ||
              nameIs(buf, local, end, "table-column") ||
              nameIs(buf, local, end, "table-properties") ||
              nameIs(buf, local, end, "annotation"))) ||
          nameIs(buf, local, end, "style")
        );
      default:
        return false;
    }
  }

  /** A relevant tag: name [local, nameEnd), attributes up to `end` (just past its ">"). */
  private tag(buf: Uint8Array, local: number, nameEnd: number, end: number, closing: boolean): void {
    const counts = this.counts;
    const selfClosing = buf[end - 2] === SLASH;
    const attr = (name: string, decode = false) => attribute(buf, nameEnd, end - 1, name, decode);
    switch (this.kind) {
      case "worksheet": {
        const first = buf[local];
        const to = end - 1;
        if (closing) {
          if (this.cellState === 2) this.uncached.push(a1(this.cellRow, this.cellCol));
          this.cellState = 0;
        } else if (nameEnd - local === 1 && first === 0x66) {
          if (this.cellState === 1) {
            this.cellState = 2;
            this.locateCell();
          }
          const t = attributeAt(buf, nameEnd, to, "t");
          if (t !== -1 && span.end - t === 5 && startsAt(buf, t, "array") && (attr("ref") ?? "").includes(":"))
            counts.arrayFormulas++;
        } else if (nameEnd - local === 1 && first === 0x76) {
          // an empty <v/> or <v></v> is no value (SheetJS then makes the formula's value 0)
          if (this.cellState === 2 && !selfClosing && buf[end] !== LT) this.cellState = 3;
        } else if (nameEnd - local === 3 && first === 0x72) {
          counts.rows++;
          this.rowNumber = intAttribute(buf, nameEnd, to, "r", this.rowNumber + 1);
          this.cellCount = 0;
          this.cellState = 0;
          if (!this.hiddenRowsOrCols) this.hiddenRowsOrCols = isTrue(buf, nameEnd, to, "hidden");
        } else if (nameEnd - local === 3) {
          if (!this.hiddenRowsOrCols) this.hiddenRowsOrCols = isTrue(buf, nameEnd, to, "hidden");
          const min = intAttribute(buf, nameEnd, to, "min", 1);
          const max = intAttribute(buf, nameEnd, to, "max", min);
          counts.columns += Math.max(1, Math.min(max, 16_384) - min + 1);
        } else if (first === 0x6d) {
          counts.merges++;
        } else {
          const box = parseCellRange((attr("ref") ?? "").replace(/\$/g, ""), true);
          if (box) counts.linkedCells += (box.bottom - box.top + 1) * (box.right - box.left + 1);
        }
        return;
      }
      case "chart": {
        counts.cells++;
        this.chartMax = Math.max(this.chartMax, intAttribute(buf, nameEnd, end - 1, "idx", 0) + 1);
        return;
      }
      case "comments":
      case "people":
        counts.comments++;
        return;
      case "xml-map":
        if (attr("schemaLocation") !== null) this.danger = "external";
        return;
      case "ods-content":
        this.odsTag(buf, local, nameEnd, closing, selfClosing, attr);
        return;
    }
  }

  private odsTag(
    buf: Uint8Array,
    local: number,
    nameEnd: number,
    closing: boolean,
    selfClosing: boolean,
    attr: (name: string, decode?: boolean) => string | null,
  ): void {
    const counts = this.counts;
    if (nameIs(buf, local, nameEnd, "table")) {
      if (closing || selfClosing) {
        this.table = null;
        return;
      }
      this.table = {
        name: attr("name", true) ?? "",
        styleName: attr("style-name", true),
        hiddenRows: [],
        hiddenCols: [],
      };
      this.odsTables.push(this.table);
      counts.sheets++;
      [this.odsRow, this.odsCol] = [0, 0];
    } else if (nameIs(buf, local, nameEnd, "table-row")) {
      if (closing) {
        if (this.odsRowStored) counts.rows += this.odsRowRepeat;
        this.odsRow += this.odsRowRepeat;
        this.odsRowRepeat = 1;
        return;
      }
      this.odsRowRepeat = positiveInt(attr("number-rows-repeated"));
      this.odsRowStored = false;
      const visibility = attr("visibility");
      if (this.table && (visibility === "collapse" || visibility === "filter"))
        this.table.hiddenRows.push([this.odsRow + 1, this.odsRowRepeat]);
    } else if (nameIs(buf, local, nameEnd, "table-cell")) {
      const repeat = positiveInt(attr("number-columns-repeated"));
      if (selfClosing) {
        // SheetJS keeps a self-closing cell only when it is a string, and then once
        if (attr("value-type") === "string") counts.cells++;
        return;
      }
      counts.cells += this.odsRowRepeat * repeat;
      this.odsRowStored = true;
      const spanRows = positiveInt(attr("number-rows-spanned"));
      const spanCols = positiveInt(attr("number-columns-spanned"));
      if (spanRows * spanCols > 1) counts.merges++;
      if (attr("number-matrix-columns-spanned") !== null && attr("number-matrix-rows-spanned") !== null)
        counts.arrayFormulas++;
    } else if (nameIs(buf, local, nameEnd, "table-column")) {
      const repeat = positiveInt(attr("number-columns-repeated"));
      const visibility = attr("visibility");
      if (this.table && (visibility === "collapse" || visibility === "filter"))
        this.table.hiddenCols.push([this.odsCol + 1, repeat]);
      this.odsCol += repeat;
    } else if (nameIs(buf, local, nameEnd, "style")) {
      if (closing) this.tableStyle = null;
      else if (!selfClosing) this.tableStyle = attr("family") === "table" ? attr("name", true) : null;
    } else if (nameIs(buf, local, nameEnd, "table-properties")) {
      if (this.tableStyle !== null && attr("display") === "false") this.hiddenTableStyles.add(this.tableStyle);
    } else {
      counts.comments++; // office:annotation
    }
  }
}

/** Whether the bytes start (after white space) with "<", as every XML part does. */
function startsWithMarkup(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && isSpace(bytes[i])) i++;
  return i < bytes.length && bytes[i] === LT;
}
