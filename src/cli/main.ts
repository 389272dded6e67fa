import { promises as fs } from "node:fs";
import path from "node:path";
import { isWorkbookFileName, WORKBOOK_EXTENSIONS } from "../core/file-formats";
import { checkWithPolicy, CheckOverrides } from "../core/policy";
import { findVastgesteld } from "../core/vastgesteld-source";
import type { WorkbookModel } from "../core/workbook";
import { fileSizeProblem, WorkbookReadError, readXlsx } from "../xlsx/read-xlsx";
import { CliArgs, parseCliArgs, UsageError, USAGE, wantsJson } from "./args";
import { writeExports } from "./exports";
import { nodeInflate } from "./node-inflate";
import { exitStatus, fileJson, fileReport, FileOutcome, summaryLine } from "./report";

export { USAGE };

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export interface MainOptions {
  /** Where the sample workbooks are; default assets/ of the checkout. */
  samplesDir?: string;
  /** For file names in the report; default process.cwd(). */
  cwd?: string;
}

/** The workbooks under a folder, sorted, without Excel's lock files (~$...) and hidden entries. */
async function workbooksIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await workbooksIn(full)));
    else if (isWorkbookFileName(entry.name)) found.push(full);
  }
  return found;
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "bestand of map niet gevonden";
  if (code === "EACCES" || code === "EPERM") return "geen toegang tot het bestand";
  if (code === "EISDIR") return "een map, geen bestand";
  return `het bestand is niet te lezen${code ? ` (${code})` : ""}`;
}

/** A workbook file read as iza-controle reads every file, or why not (Dutch). */
async function readModel(file: string): Promise<WorkbookModel | string> {
  let bytes: Uint8Array;
  try {
    // Refused before it is read: the whole file would be in memory.
    const tooLarge = fileSizeProblem((await fs.stat(file)).size);
    if (tooLarge) return tooLarge;
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    return readProblem(error);
  }
  try {
    return await readXlsx(bytes, path.basename(file), { inflate: nodeInflate });
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.message;
    return `de controle liep vast: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** One file, checked by the policy every door uses; the flags override what the workbook stores. */
async function checkFile(file: string, display: string, overrides: CheckOverrides): Promise<FileOutcome> {
  const model = await readModel(file);
  if (typeof model === "string") return { file: display, error: model };
  try {
    return { file: display, error: null, result: checkWithPolicy(model, overrides) };
  } catch (error) {
    return { file: display, error: `de controle liep vast: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * The workbook of --vastgesteld, or why it cannot be used (Dutch): unreadable, or without a
 * begroting the check can compare with.
 */
async function readVastgesteld(file: string): Promise<WorkbookModel | string> {
  const model = await readModel(file);
  if (typeof model === "string") return model;
  const found = findVastgesteld({ kind: "werkmap", model }, model);
  return "problem" in found ? found.problem : model;
}

/** The iza-controle command; returns the exit status. */
export async function main(argv: string[], io: Io, options: MainOptions = {}): Promise<number> {
  let cli: CliArgs;
  try {
    cli = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (wantsJson(argv)) {
      io.stdout(`${JSON.stringify({ error: error.message })}\n`);
      io.stderr(`iza-controle: ${error.message}\n`);
    } else {
      io.stderr(`iza-controle: ${error.message}\n\n${USAGE}`);
    }
    return 2;
  }
  const { settings, paths: positionals } = cli;
  if (cli.help) {
    io.stdout(cli.json ? `${JSON.stringify({ usage: USAGE })}\n` : USAGE);
    return 0;
  }

  const cwd = options.cwd ?? process.cwd();
  const display = (file: string) => {
    const relative = path.relative(cwd, file);
    return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
  };
  // In the order given: files to check, or what was wrong with an argument.
  const items: ({ file: string; display: string } | FileOutcome)[] = [];
  const args = positionals.length > 0 ? positionals : [options.samplesDir ?? path.resolve(__dirname, "../../assets")];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (error) {
      items.push({ file: arg, error: readProblem(error) });
      continue;
    }
    if (stat.isDirectory()) {
      const files = await workbooksIn(full);
      if (files.length === 0)
        items.push({ file: arg, error: `geen werkmappen (${WORKBOOK_EXTENSIONS.join(", ")}) in deze map` });
      for (const file of files)
        items.push({
          file,
          display: positionals.length > 0 ? path.join(arg, path.relative(full, file)) : display(file),
        });
    } else {
      items.push({ file: full, display: arg });
    }
  }

  const overrides: CheckOverrides = { source: "opdrachtregel", settings };
  if (cli.vastgesteld !== undefined) {
    const read = await readVastgesteld(path.resolve(cwd, cli.vastgesteld));
    if (typeof read === "string") {
      // As a command line that cannot be used: nothing is checked against a begroting that is not there.
      const message = `--vastgesteld ${cli.vastgesteld}: ${read}`;
      if (cli.json) io.stdout(`${JSON.stringify({ error: message })}\n`);
      io.stderr(`iza-controle: ${message}\n`);
      return 2;
    }
    overrides.vastgesteld = { kind: "werkmap", model: read };
  }
  const outcomes: FileOutcome[] = [];
  for (const item of items) outcomes.push("error" in item ? item : await checkFile(item.file, item.display, overrides));

  if (cli.json) {
    io.stdout(`${JSON.stringify({ files: outcomes.map(fileJson) })}\n`);
  } else {
    io.stdout(`${outcomes.map((o) => fileReport(o)).join("\n\n")}\n`);
    if (outcomes.length > 1) io.stdout(`\n${summaryLine(outcomes)}\n`);
  }
  const written = await writeExports(outcomes, { csv: cli.csv, xlsx: cli.xlsx }, cwd, io, cli.json);
  return written ? exitStatus(outcomes) : 2;
}
