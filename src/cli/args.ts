/**
 * The command line of `iza-controle`: the options, their values as the core reads them, and the
 * Dutch answer to a line that cannot be used (a UsageError, exit status 2).
 */
import { parseArgs } from "node:util";
import { parseAmountText, parseEuroText, scientificValue } from "../core/amounts";
import { Dec } from "../core/decimal";
import { DEFAULT_SETTINGS } from "../core/engine";
import { CheckSettings } from "../core/findings";
import { formatEuro, formatLimit } from "../core/format";

export const USAGE = `Gebruik: iza-controle [opties] [bestand of map ...]

Controleert IZA-werkmappen (.xlsx, .xlsm, .xlsb, .xls, .ods): begroting, herverdeling en de
tabellen van bijlage 2. Mappen worden doorzocht op al die bestanden. Zonder bestand of map worden
de voorbeeldwerkmappen in assets/ gecontroleerd.

Opties:
  --json                          alleen één JSON-document op stdout, ook bij een fout
                                  (via npm: npm run -s controle -- --json)
  --toekenning <bedrag>           beschikbare toekenning als de werkmap die niet noemt
                                  (standaard ${formatEuro(DEFAULT_SETTINGS.toekenning)}; tot op de cent)
  --max-herverdeling <percentage> grens per onderdeel voor herverdeling zonder PhO-besluit
                                  (standaard ${formatLimit(DEFAULT_SETTINGS.maxHerverdeling)}; 20, 20% en 0,2 zijn gelijk)
  --vastgesteld <bestand>         de vastgestelde begroting: elke begroting wordt per onderdeel
                                  daarmee vergeleken (de 20%-regel, verdwenen onderdelen)
  -h, --help                      deze uitleg

--toekenning en --max-herverdeling gaan voor de instellingen die de werkmap zelf bewaart
(blad IZA_instellingen); het verslag zegt per instelling waar die vandaan komt. Een cel in de
werkmap die de toekenning noemt ("Toekenning", "SPUK IZA") gaat voor elke instelling.

Met --vastgesteld worden de onderdelen op hun omschrijving gekoppeld: hoofdletters, spaties,
nummering ("1.", "onderdeel 1") en de tekst tussen haakjes mogen verschillen; het verslag zegt
per regel hoe. Een onderdeel dat er niet in staat, telt als vastgesteld € 0,00.

Afsluitcode: 0 geen fouten, 1 minstens één fout, 2 een bestand niet te lezen of verkeerd gebruik.
`;

/** A command line that cannot be used; the message is Dutch and names the option. */
export class UsageError extends Error {}

export interface CliArgs {
  json: boolean;
  help: boolean;
  /** The settings given as options (only those). */
  settings: Partial<CheckSettings>;
  /** Files and folders to check, as given. */
  paths: string[];
  /** The file of --vastgesteld, as given. */
  vastgesteld?: string;
}

const OPTIONS = {
  json: { type: "boolean" },
  toekenning: { type: "string" },
  "max-herverdeling": { type: "string" },
  vastgesteld: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const VALUE_OPTIONS = new Set(
  Object.entries(OPTIONS)
    .filter(([, option]) => option.type === "string")
    .map(([name]) => `--${name}`),
);

/** The arguments up to a "--" (after it everything is a file name). */
function optionPart(argv: string[]): string[] {
  const end = argv.indexOf("--");
  return end < 0 ? argv : argv.slice(0, end);
}

/** Whether the line asks for JSON, also when the rest of it cannot be read. */
export function wantsJson(argv: string[]): boolean {
  return optionPart(argv).includes("--json");
}

/**
 * "--toekenning -5" as "--toekenning=-5": after an option that takes a value, an argument with one
 * leading minus is that value (a negative number), not an option.
 */
function negativeValuesJoined(argv: string[]): string[] {
  const out: string[] = [];
  const options = optionPart(argv).length;
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (i + 1 < options && VALUE_OPTIONS.has(argv[i]) && /^-(?!-)/.test(next)) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else {
      out.push(argv[i]);
    }
  }
  return out;
}

/** node:util's parse errors in Dutch. */
function parseProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | undefined)?.code;
  const option = /'([^' ]+)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `onbekende optie ${option ?? ""}`.trim();
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/i.test(message)) return `${option ?? "de optie"} heeft geen waarde`;
    return `${option ?? "de optie"} heeft een waarde nodig`;
  }
  return "de opties zijn niet te lezen";
}

const EXAMPLE_AMOUNT = "; typ bijvoorbeeld 4747850 of 4.747.850";

function parseToekenning(text: string): Dec {
  const read = parseEuroText(text);
  if ("problem" in read) {
    const example = read.kind === "scientific" || read.kind === "fraction-of-cent" ? "" : EXAMPLE_AMOUNT;
    throw new UsageError(`--toekenning ${read.problem}${example}`);
  }
  if (read.value.isNegative()) {
    throw new UsageError(`--toekenning "${text}" is negatief; de toekenning is een bedrag van 0 of meer`);
  }
  return read.value;
}

function parseMaxHerverdeling(text: string): Dec {
  if (scientificValue(text)) {
    throw new UsageError(`--max-herverdeling "${text}" is wetenschappelijke notatie; typ bijvoorbeeld 20%`);
  }
  const parsed = parseAmountText(text);
  if (!parsed) throw new UsageError(`--max-herverdeling "${text}" is geen percentage; typ bijvoorbeeld 20%`);
  if (parsed.value.isNegative()) {
    throw new UsageError(`--max-herverdeling "${text}" is negatief; typ bijvoorbeeld 20%`);
  }
  const fraction = parsed.percent || parsed.value.gt(1) ? parsed.value.dividedBy(100) : parsed.value;
  if (fraction.gt(1)) throw new UsageError(`--max-herverdeling "${text}" is meer dan 100%; typ bijvoorbeeld 20%`);
  return fraction;
}

/** Reads the command line; a UsageError says what is wrong with it. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: negativeValuesJoined(argv), allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(parseProblem(error));
  }
  const { values, positionals } = parsed;
  const settings: Partial<CheckSettings> = {};
  if (values.toekenning !== undefined) settings.toekenning = parseToekenning(values.toekenning);
  if (values["max-herverdeling"] !== undefined)
    settings.maxHerverdeling = parseMaxHerverdeling(values["max-herverdeling"]);
  const args: CliArgs = { json: values.json ?? false, help: values.help ?? false, settings, paths: positionals };
  if (values.vastgesteld !== undefined) {
    if (values.vastgesteld.trim() === "") throw new UsageError("--vastgesteld heeft een bestand nodig");
    args.vastgesteld = values.vastgesteld;
  }
  return args;
}
