/**
 * Just enough of the ZIP format to look inside an .xlsx before ExcelJS inflates it: the central
 * directory (names and declared sizes, ZIP64 included) and a streaming inflate that stops as soon
 * as an entry grows past a limit. Works in Node and in the browser (DecompressionStream); no Node
 * modules, no JSZip (the browser bundle of ExcelJS carries its own).
 */

export interface ZipEntry {
  name: string;
  /** General purpose bit flags; bit 0 means the entry is encrypted. */
  flags: number;
  /** 0 stored, 8 deflated; anything else ExcelJS cannot read either. */
  method: number;
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
 * The entries of the central directory, or null when there is none to read (a truncated or
 * damaged archive). Reads only the directory, never the compressed data.
 */
export function zipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] | "too-many" | null {
  if (bytes.length < 22) return null;
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(bytes, dv);
  if (eocd < 0) return null;
  let count = dv.getUint16(eocd + 10, true);
  let size = dv.getUint32(eocd + 12, true);
  let offset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || dv.getUint32(locator, true) !== EOCD64_LOCATOR) return null;
    const record = uint64(dv, locator + 8);
    if (record + 56 > bytes.length || dv.getUint32(record, true) !== EOCD64) return null;
    count = uint64(dv, record + 32);
    size = uint64(dv, record + 40);
    offset = uint64(dv, record + 48);
  }
  if (offset + size > bytes.length) return null;
  if (count > maxEntries) return "too-many";
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL_HEADER) return null;
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) return null;
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
    };
    if (!readZip64Extra(dv, p + 46 + nameLength, extraLength, entry)) return null;
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

/** The compressed bytes of an entry (after its local header), or null when they are not in the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length) return null;
  const dv = view(bytes);
  if (dv.getUint32(p, true) !== LOCAL_HEADER) return null;
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  return end > bytes.length ? null : bytes.subarray(start, end);
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
 * Inflates one entry chunk by chunk and hands each chunk to `sink`; stops as soon as more than
 * `maxBytes` come out (so a zip bomb never lands in memory), or when `sink` returns false.
 * Memory stays at a few chunks of 64 KB whatever the entry holds.
 */
export async function inflateEntry(
  data: Uint8Array,
  method: number,
  maxBytes: number,
  sink: (chunk: Uint8Array) => boolean,
): Promise<InflateOutcome> {
  if (method === 0) {
    if (data.length > maxBytes) return "too-large";
    return sink(data) ? "ok" : "stopped";
  }
  if (method !== 8) return "damaged";
  if (data.length === 0) return "ok"; // an empty entry some writers mark as deflated
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
}
