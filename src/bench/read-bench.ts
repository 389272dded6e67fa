import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { nodeInflate } from "../cli/node-inflate";
import { isWorkbookFileName } from "../core/file-formats";
import { readXlsx } from "../xlsx/read-xlsx";

/**
 * Reading files, measured in a child process per case (`bench.js --read-child <file>`), so that
 * each figure is one fresh process reading one file, as `iza-controle` does (with Node's zlib for
 * the look inside the zip, as it does): its time (the first
 * read, compilation included) and the process's peak resident memory, not mixed with what the
 * benchmark built before. The slowest file of the real-world corpus is found the same way, in one
 * child for the whole corpus.
 */

export interface ReadFigure {
  millis: number;
  /** Peak resident memory of the child process, in MB (Node's own 40-odd MB included). */
  peakRssMb: number;
  cells: number;
}

export const READ_CHILD = "--read-child";
export const CORPUS_CHILD = "--read-corpus";

/** In the child: read the file (or every workbook of a folder), print the figures as JSON. */
export async function readChild(mode: string, target: string): Promise<void> {
  if (mode === READ_CHILD) {
    const bytes = new Uint8Array(readFileSync(target));
    const started = process.hrtime.bigint();
    const model = await readXlsx(bytes, target, { inflate: nodeInflate });
    const millis = Number(process.hrtime.bigint() - started) / 1e6;
    const cells = model.sheets.reduce((n, s) => n + s.cells.length, 0);
    const figure: ReadFigure = { millis, peakRssMb: process.resourceUsage().maxRSS / 1024, cells };
    process.stdout.write(JSON.stringify(figure));
    return;
  }
  const times: { file: string; millis: number; read: boolean }[] = [];
  for (const file of readdirSync(target).filter(isWorkbookFileName)) {
    const bytes = new Uint8Array(readFileSync(join(target, file)));
    const started = process.hrtime.bigint();
    let read = true;
    try {
      await readXlsx(bytes, file, { inflate: nodeInflate });
    } catch {
      read = false;
    }
    times.push({ file, millis: Number(process.hrtime.bigint() - started) / 1e6, read });
  }
  process.stdout.write(JSON.stringify(times));
}

function child<T>(script: string, args: string[]): T {
  const run = spawnSync(process.execPath, [script, ...args], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`meting mislukt: ${run.stderr || run.stdout}`);
  return JSON.parse(run.stdout) as T;
}

/** One file read by a fresh process. */
export function measureRead(script: string, file: string): ReadFigure {
  return child<ReadFigure>(script, [READ_CHILD, file]);
}

/** Every workbook of the corpus read by one process; the slowest, or null without the corpus. */
export function slowestOfCorpus(
  script: string,
  dir: string,
): { file: string; millis: number; files: number; totalMillis: number } | null {
  if (!existsSync(dir)) return null;
  const times = child<{ file: string; millis: number }[]>(script, [CORPUS_CHILD, dir]);
  const slowest = times.reduce((a, b) => (b.millis > a.millis ? b : a));
  return { ...slowest, files: times.length, totalMillis: times.reduce((n, t) => n + t.millis, 0) };
}
