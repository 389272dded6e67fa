import { createInflateRaw } from "node:zlib";
import type { RawInflate } from "../xlsx/read-xlsx";

/**
 * The reader's look inside a zip (src/xlsx/prescan.ts) with Node's zlib instead of
 * DecompressionStream: the same stream of chunks and the same early stop, in chunks of 1 MB and
 * without the Web Streams machinery around each 16 KB chunk (about three times faster for a
 * 20 MB sheet on the build machine).
 */
export const nodeInflate: RawInflate = (data, maxBytes, sink) =>
  new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: 1024 * 1024 });
    let total = 0;
    let settled = false;
    const finish = (outcome: "ok" | "too-large" | "damaged" | "stopped") => {
      if (settled) return;
      settled = true;
      if (outcome !== "ok") inflater.destroy();
      resolve(outcome);
    };
    inflater.on("data", (chunk: Buffer) => {
      if (settled) return;
      total += chunk.length;
      if (total > maxBytes) return finish("too-large");
      if (!sink(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))) finish("stopped");
    });
    inflater.on("end", () => finish("ok"));
    inflater.on("error", () => finish("damaged"));
    inflater.end(data);
  });
