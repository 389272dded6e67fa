/**
 * `npm run samples [-- <map>]`: writes the sample workbooks to assets/ (or the given folder).
 * The builders are exported too, so tests can make the samples in memory.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OVER_THE_YEAR_SAMPLES } from "./over-the-year";
import { Sample, SAMPLES as FIRST_SAMPLES } from "./sample-workbooks";

export * from "./sample-workbooks";
export * from "./over-the-year";

/** Every sample of assets/: the first three (./sample-workbooks), then those of the money over the year. */
export const SAMPLES: readonly Sample[] = [...FIRST_SAMPLES, ...OVER_THE_YEAR_SAMPLES];

/** assets/ of the checkout: from src/samples (ts) and from dist/cli (the bundle) alike. */
export const ASSETS_DIR = path.resolve(__dirname, "../../assets");

/**
 * Sets every ZIP entry's modification time to 1980-01-01 00:00, so that regenerating the samples
 * gives the same bytes (git sees no change when nothing changed). Walks the central directory.
 */
export function fixZipTimes(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return bytes;
  const entries = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (let n = 0; n < entries && view.getUint32(p, true) === 0x02014b50; n++) {
    view.setUint16(p + 12, 0, true);
    view.setUint16(p + 14, DOS_DATE, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, DOS_DATE, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return bytes;
}

export async function writeSamples(dir = ASSETS_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLES) {
    const buffer = await sample.make().xlsx.writeBuffer();
    const file = path.join(dir, sample.file);
    writeFileSync(file, fixZipTimes(new Uint8Array(buffer as ArrayBuffer)));
    written.push(file);
  }
  return written;
}

// Run as a program (dist/cli/make-samples.js, or the .ts through a TypeScript runner), not when imported.
if (/make-samples\.(?:js|ts)$/.test(process.argv[1] ?? "")) {
  writeSamples(process.argv[2] ? path.resolve(process.argv[2]) : ASSETS_DIR)
    .then((files) => {
      for (const file of files) console.log(`geschreven: ${path.relative(process.cwd(), file) || file}`);
    })
    .catch((error: unknown) => {
      console.error(`voorbeeldwerkmappen schrijven mislukt: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    });
}
