import { promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseAmountText } from "../core/amounts";
import { Dec } from "../core/decimal";
import { DEFAULT_SETTINGS } from "../core/engine";
import { CheckSettings } from "../core/findings";
import { formatEuro, formatLimit } from "../core/format";
import { EXIT_STATUSES } from "../core/labels";
import { checkWithPolicy, CheckOverrides } from "../core/policy";
import { fileSizeProblem, WorkbookReadError, readXlsx } from "../xlsx/read-xlsx";
import { exitStatus, fileJson, fileReport, FileOutcome, summaryLine } from "./report";
import { writeExports } from "./exports";

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

export const USAGE = `Gebruik: iza-controle [opties] [bestand of map ...]

Controleert IZA-werkmappen (.xlsx, .xlsm): begroting, herverdeling en de tabellen van bijlage 2.
Mappen worden doorzocht op .xlsx- en .xlsm-bestanden. Zonder bestand of map worden de
voorbeeldwerkmappen in assets/ gecontroleerd.

Opties:
  --json                          alleen één JSON-document op stdout
  --csv <bestand>                 schrijft ook een overzicht van alle bevindingen als .csv
                                  (UTF-8, ";", kolommen bestand;blad;cel;regel;ernst;melding)
  --xlsx <bestand>                hetzelfde overzicht als .xlsx, met een blad Instellingen
  --toekenning <bedrag>           beschikbare toekenning als de werkmap die niet noemt
                                  (standaard ${formatEuro(DEFAULT_SETTINGS.toekenning)})
  --max-herverdeling <percentage> grens per onderdeel voor herverdeling zonder PhO-besluit
                                  (standaard ${formatLimit(DEFAULT_SETTINGS.maxHerverdeling)}; 20, 20% en 0,2 zijn gelijk)
  -h, --help                      deze uitleg

--toekenning en --max-herverdeling gaan voor de instellingen die de werkmap zelf bewaart
(blad IZA_instellingen); het verslag zegt per instelling waar die vandaan komt. Een cel in de
werkmap die de toekenning noemt ("Toekenning", "SPUK IZA") gaat voor elke instelling.

Afsluitcode:
${EXIT_STATUSES.map(([status, meaning]) => `  ${status}  ${meaning}`).join("\n")}
`;

class UsageError extends Error {}

const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm)$/i;

function parseToekenning(text: string): Dec {
  const parsed = parseAmountText(text);
  if (!parsed || parsed.percent || parsed.value.isNegative()) {
    throw new UsageError(`--toekenning "${text}" is geen bedrag; typ bijvoorbeeld 4747850 of 4.747.850`);
  }
  return parsed.value;
}

function parseMaxHerverdeling(text: string): Dec {
  const parsed = parseAmountText(text);
  if (!parsed || parsed.value.isNegative()) {
    throw new UsageError(`--max-herverdeling "${text}" is geen percentage; typ bijvoorbeeld 20%`);
  }
  const fraction = parsed.percent || parsed.value.gt(1) ? parsed.value.dividedBy(100) : parsed.value;
  if (fraction.gt(1)) throw new UsageError(`--max-herverdeling "${text}" is meer dan 100%; typ bijvoorbeeld 20%`);
  return fraction;
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
    else if (WORKBOOK_EXTENSIONS.test(entry.name)) found.push(full);
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

/** One file, checked by the policy every door uses; the flags override what the workbook stores. */
async function checkFile(file: string, display: string, overrides: CheckOverrides): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    // Refused before it is read: the whole file would be in memory.
    const tooLarge = fileSizeProblem((await fs.stat(file)).size);
    if (tooLarge) return { file: display, error: tooLarge };
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    return { file: display, error: readProblem(error) };
  }
  try {
    const model = await readXlsx(bytes, path.basename(file));
    return { file: display, error: null, result: checkWithPolicy(model, overrides) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { file: display, error: error.message };
    return { file: display, error: `de controle liep vast: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The iza-controle command; returns the exit status. */
export async function main(argv: string[], io: Io, options: MainOptions = {}): Promise<number> {
  let values: {
    json?: boolean;
    csv?: string;
    xlsx?: string;
    toekenning?: string;
    "max-herverdeling"?: string;
    help?: boolean;
  };
  let positionals: string[];
  const settings: Partial<CheckSettings> = {};
  try {
    try {
      ({ values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
          json: { type: "boolean" },
          csv: { type: "string" },
          xlsx: { type: "string" },
          toekenning: { type: "string" },
          "max-herverdeling": { type: "string" },
          help: { type: "boolean", short: "h" },
        },
      }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const option = /'([^']+)'/.exec(message)?.[1];
      if (/Unknown option/i.test(message)) throw new UsageError(`onbekende optie ${option ?? ""}`.trim());
      if (/argument missing/i.test(message))
        throw new UsageError(`${option?.split(" ")[0] ?? "de optie"} heeft een waarde nodig`);
      throw new UsageError("de opties zijn niet te lezen");
    }
    if (values.toekenning !== undefined) settings.toekenning = parseToekenning(values.toekenning);
    if (values["max-herverdeling"] !== undefined)
      settings.maxHerverdeling = parseMaxHerverdeling(values["max-herverdeling"]);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`iza-controle: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
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
      if (files.length === 0) items.push({ file: arg, error: "geen .xlsx- of .xlsm-bestanden in deze map" });
      for (const file of files)
        items.push({
          file,
          display: positionals.length > 0 ? path.join(arg, path.relative(full, file)) : display(file),
        });
    } else {
      items.push({ file: full, display: arg });
    }
  }

  const outcomes: FileOutcome[] = [];
  const overrides: CheckOverrides = { source: "opdrachtregel", settings };
  for (const item of items) outcomes.push("error" in item ? item : await checkFile(item.file, item.display, overrides));

  if (values.json) {
    io.stdout(`${JSON.stringify({ files: outcomes.map(fileJson) })}\n`);
  } else {
    io.stdout(`${outcomes.map((o) => fileReport(o)).join("\n\n")}\n`);
    if (outcomes.length > 1) io.stdout(`\n${summaryLine(outcomes)}\n`);
  }
  const written = await writeExports(outcomes, { csv: values.csv, xlsx: values.xlsx }, cwd, io, values.json === true);
  return written ? exitStatus(outcomes) : 2;
}
