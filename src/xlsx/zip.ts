/**
 * Just enough of the ZIP format to look inside a workbook before SheetJS inflates it: the central
 * directory (names and declared sizes, ZIP64 included), each entry's local header, a streaming
 * inflate that stops as soon as an entry grows past a limit, and a writer for the rare file whose
 * parts must be changed before SheetJS can read them. Works in Node and in the browser
 * (DecompressionStream); no Node modules.
 */
import { concatBytes } from "./bytes";

export interface ZipEntry {
  name: string;
  /** General purpose bit flags; bit 0 means the entry is encrypted. */
  flags: number;
  /** 0 stored, 8 deflated; anything else SheetJS cannot read (nor Excel write). */
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit little-endian integer as a number (exact up to 2^53, plenty for any file we accept). */
function uint64(dv: DataView, offset: number): number {
  return dv.getUint32(offset, true) + dv.getUint32(offset + 4, true) * 0x1_0000_0000;
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  // The record is 22 bytes plus a comment of at most 65.535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes[i] === 0x50 && dv.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/**
 * Why a zip's directory cannot be read: "no-end" when its end record is missing (the file was cut
 * off), "truncated" when the directory lies beyond the end of the file, "damaged" otherwise.
 */
export type ZipProblem = "no-end" | "truncated" | "damaged" | "too-many";

/**
 * The entries of the central directory, or why there are none to read. Reads only the directory,
 * never the compressed data.
 */
export function zipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] | ZipProblem {
  if (bytes.length < 22) return "no-end";
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(bytes, dv);
  if (eocd < 0) return "no-end";
  let count = dv.getUint16(eocd + 10, true);
  let size = dv.getUint32(eocd + 12, true);
  let offset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || dv.getUint32(locator, true) !== EOCD64_LOCATOR) return "damaged";
    const record = uint64(dv, locator + 8);
    if (record + 56 > bytes.length) return "truncated";
    if (dv.getUint32(record, true) !== EOCD64) return "damaged";
    count = uint64(dv, record + 32);
    size = uint64(dv, record + 40);
    offset = uint64(dv, record + 48);
  }
  if (offset + size > eocd) return offset + size > bytes.length ? "truncated" : "damaged";
  if (count > maxEntries) return "too-many";
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL_HEADER) return "damaged";
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) return "damaged";
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      crc: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
    };
    if (!readZip64Extra(dv, p + 46 + nameLength, extraLength, entry)) return "damaged";
    entries.push(entry);
    p = end;
  }
  return entries;
}

/** Sizes and offset that do not fit in 32 bits stand in the ZIP64 extra field (id 1), in this order. */
function readZip64Extra(dv: DataView, start: number, length: number, entry: ZipEntry): boolean {
  const wanted: ("uncompressedSize" | "compressedSize" | "localHeaderOffset")[] = [];
  if (entry.uncompressedSize === 0xffffffff) wanted.push("uncompressedSize");
  if (entry.compressedSize === 0xffffffff) wanted.push("compressedSize");
  if (entry.localHeaderOffset === 0xffffffff) wanted.push("localHeaderOffset");
  if (wanted.length === 0) return true;
  for (let p = start; p + 4 <= start + length;) {
    const id = dv.getUint16(p, true);
    const size = dv.getUint16(p + 2, true);
    if (id === 1) {
      if (size < wanted.length * 8 || p + 4 + size > start + length) return false;
      wanted.forEach((field, i) => (entry[field] = uint64(dv, p + 4 + i * 8)));
      return true;
    }
    p += 4 + size;
  }
  return false;
}

/**
 * An entry's local header and compressed bytes: the name the local header gives (SheetJS goes by
 * that one), or why they cannot be read ("truncated": they lie beyond the end of the file).
 */
export function localEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
): { name: string; data: Uint8Array } | "truncated" | "damaged" {
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length) return "truncated";
  const dv = view(bytes);
  if (dv.getUint32(p, true) !== LOCAL_HEADER) return "damaged";
  const nameLength = dv.getUint16(p + 26, true);
  const start = p + 30 + nameLength + dv.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return "truncated";
  const name = new TextDecoder("utf-8").decode(bytes.subarray(p + 30, p + 30 + nameLength));
  return { name, data: bytes.subarray(start, end) };
}

/** The compressed bytes of an entry (after its local header), or null when they are not in the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const local = localEntry(bytes, entry);
  return typeof local === "string" ? null : local.data;
}

/** Whether this environment can inflate raw deflate data as a stream (Node 20, current browsers). */
export function canInflate(): boolean {
  try {
    if (typeof DecompressionStream !== "function") return false;
    new DecompressionStream("deflate-raw"); // throws where the format is unknown (older browsers)
    return true;
  } catch {
    return false;
  }
}

export type InflateOutcome = "ok" | "too-large" | "damaged" | "stopped";

/**
 * Raw deflate, inflated as a stream: each chunk goes to `sink` as it comes out; the inflation stops
 * as soon as more than `maxBytes` come out ("too-large": a zip bomb never lands in memory) or when
 * `sink` returns false ("stopped"). The environment's own inflater: DecompressionStream
 * (webInflate) by default, Node's zlib where a Node door passes one (src/cli/node-inflate.ts).
 */
export type RawInflate = (
  data: Uint8Array,
  maxBytes: number,
  sink: (chunk: Uint8Array) => boolean,
) => Promise<InflateOutcome>;

/** One entry inflated through `inflate` (stored entries as they are). */
export async function inflateEntry(
  data: Uint8Array,
  method: number,
  maxBytes: number,
  inflate: RawInflate,
  sink: (chunk: Uint8Array) => boolean,
): Promise<InflateOutcome> {
  if (method === 0) {
    if (data.length > maxBytes) return "too-large";
    return sink(data) ? "ok" : "stopped";
  }
  if (method !== 8) return "damaged";
  if (data.length === 0) return "ok"; // an empty entry some writers mark as deflated
  return inflate(data, maxBytes, sink);
}

/** RawInflate through DecompressionStream (Node 18+, current browsers); memory stays at a few chunks. */
export const webInflate: RawInflate = async (data, maxBytes, sink) => {
  const SLICE = 64 * 1024;
  let next = 0;
  const input = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (next >= data.length) {
          controller.close();
          return;
        }
        // A copy, so the stream never transfers (detaches) the caller's buffer.
        controller.enqueue(data.slice(next, next + SLICE));
        next += SLICE;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = input.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return "ok";
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return "too-large";
      }
      if (!sink(value)) {
        await reader.cancel().catch(() => undefined);
        return "stopped";
      }
    }
  } catch {
    return "damaged";
  }
};

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of the ZIP format. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One entry for writeZip: its bytes as they go in the file (deflated already when method is 8). */
export interface ZipWriteEntry {
  name: string;
  method: number;
  body: Uint8Array;
  crc: number;
  /** The uncompressed size the headers state. */
  size: number;
}

/** A zip of these entries, in this order (no ZIP64: for the files the reader accepts, up to 50 MB). */
export function writeZip(files: ZipWriteEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const local = new Uint8Array(30 + name.length);
    const lv = view(local);
    lv.setUint32(0, LOCAL_HEADER, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, file.method, true);
    lv.setUint32(14, file.crc, true);
    lv.setUint32(18, file.body.length, true);
    lv.setUint32(22, file.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = view(central);
    cv.setUint32(0, CENTRAL_HEADER, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, file.method, true);
    cv.setUint32(16, file.crc, true);
    cv.setUint32(20, file.body.length, true);
    cv.setUint32(24, file.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    parts.push(local, file.body);
    centrals.push(central);
    offset += local.length + file.body.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = view(end);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, Math.min(files.length, 0xffff), true);
  ev.setUint16(10, Math.min(files.length, 0xffff), true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concatBytes([...parts, ...centrals, end]);
}
