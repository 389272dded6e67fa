import type { Finding } from "../core/findings";
import { formatEuro, formatLimit, formatNumber } from "../core/format";
import { countBySeverity, countLine } from "../core/labels";
import type { PolicyCheck, ResolvedSetting } from "../core/policy";
import type { SettingKey } from "../core/settings";
import { grantSourceText, grantText, settingSourceText, yearGrantsText } from "../core/sources";
import { vastgesteldLines } from "../core/vastgesteld";
import { tableAt } from "../core/tables-of";

/** The outcome for one file: the check, or why it could not be read. */
export interface FileOutcome {
  file: string;
  error: string | null;
  result?: PolicyCheck;
}

function tableName(table: PolicyCheck["tables"][number]): string {
  return `${table.kind} ${table.range}${table.title ? ` "${table.title}"` : ""}`;
}

const SETTING_TEXT: Record<SettingKey, { name: string; show: (value: ResolvedSetting["value"]) => string }> = {
  toekenning: { name: "toekenning", show: formatEuro },
  maxHerverdeling: { name: "grens herverdeling", show: formatLimit },
  werkurenPerJaar: { name: "werkuren per jaar", show: (v) => formatNumber(v, 0, 2) },
  deeltijdfactor: { name: "deeltijdfactor", show: (v) => formatNumber(v, 0, 4) },
};

/**
 * "(--max-herverdeling; de werkmap bewaart 10%)", "(opgeslagen in de werkmap)", "(standaardwaarde)":
 * where a setting came from, and what the workbook stores when a flag overrides it.
 */
function sourceText(key: SettingKey, setting: ResolvedSetting): string {
  const { show } = SETTING_TEXT[key];
  const parts = [settingSourceText(setting.source, key)];
  if (setting.stored) parts.push(`de werkmap bewaart ${show(setting.stored)}`);
  if (setting.refused) parts.push(`${show(setting.refused.value)} niet gebruikt: ${setting.refused.reason}`);
  return `(${parts.join("; ")})`;
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

/** The readable report of one file: grouped by sheet and table, with counts per severity. */
export function fileReport(outcome: FileOutcome): string {
  const lines: string[] = [outcome.file];
  if (outcome.error !== null || !outcome.result) {
    lines.push(`  Niet te lezen: ${outcome.error ?? "onbekende reden"}`);
    return lines.join("\n");
  }
  const { findings, tables } = outcome.result;
  for (const line of settingsLines(outcome.result)) lines.push(`  ${line}`);
  if (tables.length === 0) {
    lines.push("  Geen tabellen gevonden die de controle herkent (begroting, herverdeling, realisatie of verdeling).");
  }
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
  const line = (f: Finding) =>
    `      ${f.severity.padEnd(12)} ${f.cell.padEnd(6)} ${f.rule.padEnd(ruleWidth)}  ${f.message}`;
  const byTable = new Map<PolicyCheck["tables"][number] | undefined, Finding[]>();
  for (const f of findings) {
    const table = tableAt(tables, f.sheet, f.cell);
    byTable.set(table, [...(byTable.get(table) ?? []), f]);
  }
  const sheets = [...new Set([...tables.map((t) => t.sheet), ...findings.map((f) => f.sheet)])];
  for (const sheet of sheets) {
    lines.push(`  Blad "${sheet}"`);
    for (const table of tables.filter((t) => t.sheet === sheet)) {
      const own = byTable.get(table) ?? [];
      lines.push(`    ${tableName(table)}${own.length === 0 ? ": geen bevindingen" : ""}`);
      for (const f of own) lines.push(line(f));
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

/** "14 werkmappen: 3 met fouten", with the unreadable ones and the totals. */
export function summaryLine(outcomes: readonly FileOutcome[]): string {
  const withErrors = outcomes.filter((o) => o.result?.findings.some((f) => f.severity === "fout")).length;
  const unreadable = outcomes.filter((o) => o.error !== null).length;
  const all = outcomes.flatMap((o) => o.result?.findings ?? []);
  const n = outcomes.length;
  return (
    `${n} ${n === 1 ? "werkmap" : "werkmappen"}: ${withErrors} met fouten` +
    (unreadable > 0 ? `, ${unreadable} niet te lezen` : "") +
    `; samen ${countLine(countBySeverity(all))}`
  );
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
