import { promises as fs } from "node:fs";
import path from "node:path";
import { ExportFile, findingRows, overviewSheets, toCsv } from "../core/export";
import { writeOverviewXlsx } from "../xlsx/write-xlsx";
import type { Io } from "./main";
import type { FileOutcome } from "./report";

/** The files of a run as the export core takes them. */
export function exportFiles(outcomes: readonly FileOutcome[]): ExportFile[] {
  return outcomes.map((o) => ({ file: o.file, error: o.error, check: o.result }));
}

/**
 * --csv and --xlsx: the overview of every file of the run, the same rows the pane's "Download
 * overzicht" gives. Said on stdout in the readable report, on stderr with --json (stdout holds
 * only the JSON document). A file that cannot be written is named with the reason; returns false then.
 */
export async function writeExports(
  outcomes: readonly FileOutcome[],
  targets: { csv?: string; xlsx?: string },
  cwd: string,
  io: Io,
  json: boolean,
): Promise<boolean> {
  const files = exportFiles(outcomes);
  const say = json ? io.stderr : io.stdout;
  let ok = true;
  const write = async (target: string | undefined, what: string, data: () => string | Uint8Array) => {
    if (target === undefined) return;
    try {
      await fs.writeFile(path.resolve(cwd, target), data());
      say(`${json ? "iza-controle: " : "\n"}Overzicht (${what}) geschreven naar ${target}\n`);
    } catch (error) {
      ok = false;
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      const reason =
        code === "ENOENT"
          ? "de map bestaat niet"
          : code === "EACCES" || code === "EPERM"
            ? "geen toegang"
            : code === "EISDIR"
              ? "dat is een map"
              : `schrijven lukte niet${code ? ` (${code})` : ""}`;
      io.stderr(`iza-controle: het overzicht kon niet worden geschreven naar ${target}: ${reason}\n`);
    }
  };
  await write(targets.csv, ".csv", () => toCsv(findingRows(files)));
  await write(targets.xlsx, ".xlsx", () => writeOverviewXlsx(overviewSheets(files)));
  return ok;
}
