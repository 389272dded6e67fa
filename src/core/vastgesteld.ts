/**
 * The vastgestelde begroting as a reference of its own (issue 16 §2): the begroting the PhO adopted,
 * in another file or on another sheet, against which the begroting tables of a workbook are checked
 * onderdeel by onderdeel (rules/vastgesteld.ts) and a register of herverdelingen is compared. This
 * module holds the data, its Dutch description and the codec of what the workbook stores; the
 * policy (./policy, ./vastgesteld-source) finds the begroting in the source.
 */
import { sheetRef } from "./a1";
import { Dec } from "./decimal";
import { formatEuro } from "./format";
import { MATCH_HOW_TEXT, OnderdeelMatch, OnderdeelMatchHow } from "./onderdelen";
import { settingSourceText, SettingSource } from "./sources";
import { quote } from "./text";
import type { WorkbookModel } from "./workbook";

/** One onderdeel of the vastgestelde begroting: its label as written and its adopted amount. */
export interface VastgesteldOnderdeel {
  label: string;
  amount: Dec;
  /** The amount's cell in the source, A1. */
  cell: string;
}

/** The vastgestelde begroting: where it stands and its onderdelen. */
export interface VastgesteldeBegroting {
  /** The workbook it was read from (a file name, or the open workbook's name). */
  workbook: string;
  sheet: string;
  /** The table, A1 ("A4:C14"). */
  range: string;
  /** The header of the amount column ("Begroting 2024"). */
  column: string;
  /** The year of that column, when its header names one. */
  year?: number;
  onderdelen: VastgesteldOnderdeel[];
}

/**
 * Where the vastgestelde begroting comes from:
 * - `blad`: a sheet of the workbook under check (chosen in the pane in Excel, kept in the workbook);
 * - `werkmap`: another workbook, read now (iza-controle --vastgesteld, a file chosen in the pane),
 *   optionally only one of its sheets;
 * - `vast`: the begroting as it was read when it was chosen (a file chosen in Excel: the file
 *   itself cannot be kept in the workbook, its onderdelen and amounts are).
 */
export type VastgesteldSource =
  | { kind: "blad"; sheet: string }
  | { kind: "werkmap"; model: WorkbookModel; sheet?: string }
  | { kind: "vast"; begroting: VastgesteldeBegroting };

/** What the workbook can store of a source: a sheet of its own, or the onderdelen read from a file. */
export type StoredVastgesteld = { kind: "blad"; sheet: string } | { kind: "vast"; begroting: VastgesteldeBegroting };

/** One begroting table of the checked workbook, compared with the vastgestelde begroting. */
export interface VastgesteldComparison {
  sheet: string;
  range: string;
  /** Per labelled row of the table: which onderdeel of the vastgestelde begroting it matched, and how. */
  matches: OnderdeelMatch[];
  /** Onderdelen of the vastgestelde begroting that no row matched. */
  unmatched: string[];
}

/** The vastgestelde begroting of a check, as the doors show it. */
export interface VastgesteldCheck {
  /** Where the choice came from: an option of iza-controle, the pane's session, or the workbook. */
  from: SettingSource;
  /** The begroting found; absent when the source had none (see `problem`). */
  begroting?: VastgesteldeBegroting;
  /** Why the source gave no begroting (Dutch). */
  problem?: string;
  comparisons: VastgesteldComparison[];
}

/** "'begroting-vastgesteld.xlsx', 'Begroting 2024'!A4:C14 (kolom "Vastgesteld")" or, in the same workbook, "'Begroting 2024'!A4:C14 (…)". */
export function vastgesteldText(begroting: VastgesteldeBegroting, checkedWorkbook?: string): string {
  const where = sheetRef(begroting.sheet, begroting.range);
  const column = `kolom "${begroting.column}"`;
  return begroting.workbook === checkedWorkbook
    ? `${where} (${column})`
    : `'${begroting.workbook}', ${where} (${column})`;
}

/** "3 gelijk, 1 op onderdeelnummer, 1 niet gevonden": how the rows of a table were matched. */
export const MATCH_COUNT_TEXT: Record<OnderdeelMatchHow, string> = {
  gelijk: "gelijk",
  schrijfwijze: "op schrijfwijze",
  nummer: "op onderdeelnummer",
  omschrijving: "op omschrijving",
  haakjes: "zonder de tekst tussen haakjes",
};

/** The stored form, JSON in one cell of IZA_instellingen. */
export function encodeStoredVastgesteld(stored: StoredVastgesteld): string {
  if (stored.kind === "blad") return JSON.stringify({ kind: "blad", sheet: stored.sheet });
  const b = stored.begroting;
  return JSON.stringify({
    kind: "vast",
    workbook: b.workbook,
    sheet: b.sheet,
    range: b.range,
    column: b.column,
    ...(b.year !== undefined ? { year: b.year } : {}),
    onderdelen: b.onderdelen.map((o) => [o.label, o.amount.toString(), o.cell]),
  });
}

/** The stored form read back; null when the cell cannot be read (it is then ignored). */
export function decodeStoredVastgesteld(text: string): StoredVastgesteld | null {
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    if (raw.kind === "blad" && typeof raw.sheet === "string" && raw.sheet !== "")
      return { kind: "blad", sheet: raw.sheet };
    if (raw.kind !== "vast" || !Array.isArray(raw.onderdelen)) return null;
    const strings = ["workbook", "sheet", "range", "column"] as const;
    if (strings.some((key) => typeof raw[key] !== "string")) return null;
    const onderdelen: VastgesteldOnderdeel[] = [];
    for (const item of raw.onderdelen as unknown[]) {
      if (!Array.isArray(item) || typeof item[0] !== "string" || typeof item[1] !== "string") return null;
      const amount = new Dec(item[1]);
      if (!amount.isFinite()) return null;
      onderdelen.push({ label: item[0], amount, cell: typeof item[2] === "string" ? item[2] : "" });
    }
    const begroting: VastgesteldeBegroting = {
      workbook: raw.workbook as string,
      sheet: raw.sheet as string,
      range: raw.range as string,
      column: raw.column as string,
      onderdelen,
    };
    if (typeof raw.year === "number" && Number.isInteger(raw.year)) begroting.year = raw.year;
    return { kind: "vast", begroting };
  } catch {
    return null;
  }
}

/**
 * The lines of a report about the vastgestelde begroting (the command line, the pane): where it is
 * and where the choice came from, and per compared table how its rows were matched, each label that
 * was not matched exactly by name, and the onderdelen that no row matched.
 */
export function vastgesteldLines(check: VastgesteldCheck, checkedWorkbook?: string): string[] {
  const from = settingSourceText(check.from, "vastgesteld");
  if (!check.begroting)
    return [`Vastgestelde begroting (${from}) niet gebruikt: ${check.problem ?? "onbekende reden"}`];
  const b = check.begroting;
  const lines = [
    `Vastgestelde begroting ${vastgesteldText(b, checkedWorkbook)}, ${b.onderdelen.length} ${b.onderdelen.length === 1 ? "onderdeel" : "onderdelen"} (${from})`,
  ];
  if (check.comparisons.length === 0) lines.push("  Geen begroting in deze werkmap om ermee te vergelijken.");
  for (const c of check.comparisons) {
    const counts = new Map<string, number>();
    for (const m of c.matches) {
      const key = m.how ? MATCH_COUNT_TEXT[m.how] : "niet gevonden";
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const summary = [...counts].map(([how, n]) => `${n} ${how}`).join(", ");
    lines.push(`  ${sheetRef(c.sheet, c.range)}: ${c.matches.length} regels: ${summary || "geen"}`);
    for (const m of c.matches) {
      if (m.how === "gelijk") continue;
      lines.push(
        m.reference === null
          ? `    ${quote(m.label, 60)}: niet in de vastgestelde begroting (vastgesteld ${formatEuro(new Dec(0))})`
          : `    ${quote(m.label, 60)} = ${quote(m.referenceLabel!, 60)} (${MATCH_HOW_TEXT[m.how!]})`,
      );
    }
    for (const label of c.unmatched) lines.push(`    ${quote(label, 60)}: staat niet in deze begroting`);
  }
  return lines;
}
