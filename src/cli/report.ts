import type { Finding } from "../core/findings";
import { formatEuro, formatLimit } from "../core/format";
import {
  countBySeverity,
  countLine,
  counted,
  filesSummary,
  SEVERITIES,
  SEVERITY_LABEL,
  tablesFoundText,
} from "../core/labels";
import type { PolicyCheck, ResolvedSetting } from "../core/policy";
import type { SettingKey } from "../core/settings";
import { grantSourceText, grantText, resolvedSourceText, SETTING_TEXT, yearGrantsText } from "../core/sources";
import { tableAt, tableLabel } from "../core/tables-of";
import { capitalize } from "../core/text";
import { vastgesteldLines } from "../core/vastgesteld";

/** The outcome for one file: the check, or why it could not be read. */
export interface FileOutcome {
  file: string;
  error: string | null;
  result?: PolicyCheck;
}

/** "(--max-herverdeling; de werkmap bewaart 10%)": where a setting came from, in brackets. */
function sourceText(key: SettingKey, setting: ResolvedSetting): string {
  return `(${resolvedSourceText(key, setting)})`;
}

/** The lines about the grant and the settings of the check: each with where it came from. */
export function settingsLines(result: PolicyCheck): string[] {
  const { grant, settings } = result;
  const lines = [
    `Toekenning ${grantText(grant)}, grens herverdeling ${formatLimit(settings.maxHerverdeling.value)} ${sourceText("maxHerverdeling", settings.maxHerverdeling)}`,
  ];
  const toekenning = settings.toekenning;
  if (grant.source.kind === "cel" && toekenning.source !== "standaard") {
    // A labelled cell names the grant: the setting is only the grant of a workbook that names none.
    lines.push(
      `De instelling toekenning ${formatEuro(toekenning.value)} ${sourceText("toekenning", toekenning)} is niet gebruikt: de werkmap noemt de toekenning zelf in ${grantSourceText(grant.source)}`,
    );
  } else if (grant.source.kind === "instelling" && (toekenning.stored || toekenning.refused)) {
    lines.push(`Toekenning ${sourceText("toekenning", toekenning)}`);
  }
  if (result.yearGrants) lines.push(`Toekenning per jaar: ${yearGrantsText(result.yearGrants)}`);
  if (result.vastgesteld) lines.push(...vastgesteldLines(result.vastgesteld, result.model.name));
  for (const key of ["werkurenPerJaar", "deeltijdfactor"] as const) {
    const setting = settings[key];
    if (setting.source !== "standaard" || setting.refused)
      lines.push(`${SETTING_TEXT[key].name} ${SETTING_TEXT[key].show(setting.value)} ${sourceText(key, setting)}`);
  }
  if (result.leftOut.length > 0) {
    lines.push(`Niet gecontroleerd (bladen van IZA Controle zelf): ${result.leftOut.map((s) => `"${s}"`).join(", ")}`);
  }
  for (const { table, reason } of result.skipped) {
    lines.push(`Aangewezen tabel ${table.sheet}!${table.range} overgeslagen: ${reason}`);
  }
  return lines;
}

/** The width of the category column: the longest label ("PhO-besluit nodig"). */
const SEVERITY_WIDTH = Math.max(...SEVERITIES.map((s) => SEVERITY_LABEL[s].length));

/**
 * The readable report of one file: the settings, the tables found, per sheet and table the findings
 * (category, cell, message; the rule ids are in --json and --csv) and what was found right, and
 * the counts per category.
 */
export function fileReport(outcome: FileOutcome): string {
  const lines: string[] = [outcome.file];
  if (outcome.error !== null || !outcome.result) {
    lines.push(`  Niet te lezen: ${outcome.error ?? "onbekende reden"}`);
    return lines.join("\n");
  }
  const { findings, tables, checked } = outcome.result;
  for (const line of settingsLines(outcome.result)) lines.push(`  ${line}`);
  if (tables.length === 0) {
    lines.push("  Geen tabellen gevonden die de controle herkent (begroting, herverdeling, realisatie of verdeling).");
  } else {
    lines.push(`  ${capitalize(tablesFoundText(tables))}`);
  }
  const cellWidth = Math.max(0, ...findings.map((f) => f.cell.length));
  const line = (f: Finding) =>
    `      ${SEVERITY_LABEL[f.severity].padEnd(SEVERITY_WIDTH)}  ${f.cell.padEnd(cellWidth)}  ${f.message}`;
  const byTable = new Map<PolicyCheck["tables"][number] | undefined, Finding[]>();
  for (const f of findings) {
    const table = tableAt(tables, f.sheet, f.cell);
    const list = byTable.get(table);
    if (list) list.push(f);
    else byTable.set(table, [f]);
  }
  const passedOf = new Map(tables.map((t) => [t, checked.find((c) => c.sheet === t.sheet && c.range === t.range)]));
  const sheets = [...new Set([...tables.map((t) => t.sheet), ...findings.map((f) => f.sheet)])];
  for (const sheet of sheets) {
    lines.push(`  Blad "${sheet}"`);
    for (const table of tables.filter((t) => t.sheet === sheet)) {
      const own = byTable.get(table) ?? [];
      const passed = passedOf.get(table)?.passed ?? [];
      lines.push(
        `    ${tableLabel(table)}, ${counted(table.detailRows.length, "regel", "regels")}${own.length === 0 ? ": geen bevindingen" : ""}`,
      );
      for (const f of own) lines.push(line(f));
      if (passed.length > 0) lines.push(`      in orde: ${passed.join("; ")}`);
    }
    const rest = (byTable.get(undefined) ?? []).filter((f) => f.sheet === sheet);
    if (rest.length > 0) {
      lines.push("    buiten de tabellen");
      for (const f of rest) lines.push(line(f));
    }
  }
  lines.push(`  ${countLine(countBySeverity(findings))}`);
  return lines.join("\n");
}

/**
 * One file in the --json document: file, error and findings as ever; for a file that was read also
 * the grant and every setting, each with its source (the Dutch text of the readable report).
 */
export function fileJson(outcome: FileOutcome): object {
  const base = { file: outcome.file, error: outcome.error, findings: outcome.result?.findings ?? [] };
  if (!outcome.result) return base;
  const { grant, settings, yearGrants, vastgesteld } = outcome.result;
  return {
    ...base,
    grant: { amount: grant.amount.toString(), source: grantSourceText(grant.source) },
    ...(yearGrants
      ? {
          yearGrants: yearGrants.map((y) => ({
            year: y.year,
            amount: y.grant.amount.toString(),
            source: grantSourceText(y.grant.source),
          })),
        }
      : {}),
    ...(vastgesteld ? { vastgesteld: vastgesteldJson(vastgesteld) } : {}),
    settings: Object.fromEntries(
      Object.entries(settings).map(([key, s]) => [
        key,
        { value: s.value.toString(), source: s.source, ...(s.stored ? { stored: s.stored.toString() } : {}) },
      ]),
    ),
  };
}

/** "14 werkmappen: 3 met fouten, …; samen …" (core filesSummary). */
export function summaryLine(outcomes: readonly FileOutcome[]): string {
  return filesSummary(outcomes.map((o) => ({ error: o.error, findings: o.result?.findings })));
}

/**
 * The exit status of iza-controle: 2 when a file could not be read (or the command line was
 * wrong, decided before), else 1 when there is a fout, else 3 when a herverdeling needs a
 * PhO-besluit, else 0. A decision to take is no error in the workbook, but a script must see it.
 */
export function exitStatus(outcomes: readonly FileOutcome[]): number {
  if (outcomes.some((o) => o.error !== null)) return 2;
  const found = (severity: Finding["severity"]) =>
    outcomes.some((o) => o.result?.findings.some((f) => f.severity === severity));
  if (found("fout")) return 1;
  if (found("pho")) return 3;
  return 0;
}

/** The vastgestelde begroting in the --json document: where it is, and per table how each row matched. */
function vastgesteldJson(check: NonNullable<PolicyCheck["vastgesteld"]>): object {
  const b = check.begroting;
  return {
    source: check.from,
    ...(check.problem ? { problem: check.problem } : {}),
    ...(b
      ? { workbook: b.workbook, sheet: b.sheet, range: b.range, column: b.column, onderdelen: b.onderdelen.length }
      : {}),
    tables: check.comparisons.map((c) => ({
      sheet: c.sheet,
      range: c.range,
      matches: c.matches.map((m) => ({ label: m.label, onderdeel: m.referenceLabel ?? null, how: m.how ?? null })),
      unmatched: c.unmatched,
    })),
  };
}
