import { CheckResult, DetectedTable } from "../core/engine";
import { Dec } from "../core/decimal";
import { Finding, Severity } from "../core/findings";
import { formatEuro, formatLimit } from "../core/format";
import { parseA1 } from "../core/workbook";

/** The outcome for one file: the check, or why it could not be read. */
export interface FileOutcome {
  file: string;
  error: string | null;
  result?: CheckResult;
}

export function countsOf(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { fout: 0, waarschuwing: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function countsText(counts: Record<Severity, number>): string {
  const fouten = counts.fout === 1 ? "1 fout" : `${counts.fout} fouten`;
  const waarschuwingen = counts.waarschuwing === 1 ? "1 waarschuwing" : `${counts.waarschuwing} waarschuwingen`;
  return `${fouten}, ${waarschuwingen}, ${counts.info} info`;
}

function inTable(table: DetectedTable, finding: Finding): boolean {
  if (table.sheet !== finding.sheet) return false;
  const { row, col } = parseA1(finding.cell);
  const [from, to] = table.range.split(":").map(parseA1);
  return row >= Math.min(from.row, table.headerRow || from.row) && row <= to.row && col >= from.col && col <= to.col;
}

function tableName(table: DetectedTable): string {
  return `${table.kind} ${table.range}${table.title ? ` "${table.title}"` : ""}`;
}

/** The readable report of one file: grouped by sheet and table, with counts per severity. */
export function fileReport(outcome: FileOutcome, maxHerverdeling: Dec): string {
  const lines: string[] = [outcome.file];
  if (outcome.error !== null || !outcome.result) {
    lines.push(`  Niet te lezen: ${outcome.error ?? "onbekende reden"}`);
    return lines.join("\n");
  }
  const { findings, tables, grant } = outcome.result;
  lines.push(
    `  Toekenning ${formatEuro(new Dec(grant.amount))} (${grant.source}), grens herverdeling ${formatLimit(maxHerverdeling)}`,
  );
  if (tables.length === 0) {
    lines.push("  Geen tabellen gevonden die de controle herkent (begroting, herverdeling, realisatie of verdeling).");
  }
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
  const line = (f: Finding) =>
    `      ${f.severity.padEnd(12)} ${f.cell.padEnd(6)} ${f.rule.padEnd(ruleWidth)}  ${f.message}`;
  const placed = new Set<Finding>();
  const sheets = [...new Set([...tables.map((t) => t.sheet), ...findings.map((f) => f.sheet)])];
  for (const sheet of sheets) {
    lines.push(`  Blad "${sheet}"`);
    for (const table of tables.filter((t) => t.sheet === sheet)) {
      const own = findings.filter((f) => !placed.has(f) && inTable(table, f));
      own.forEach((f) => placed.add(f));
      lines.push(`    ${tableName(table)}${own.length === 0 ? ": geen bevindingen" : ""}`);
      for (const f of own) lines.push(line(f));
    }
    const rest = findings.filter((f) => f.sheet === sheet && !placed.has(f));
    if (rest.length > 0) {
      lines.push("    buiten de tabellen");
      for (const f of rest) {
        placed.add(f);
        lines.push(line(f));
      }
    }
  }
  lines.push(`  ${countsText(countsOf(findings))}`);
  return lines.join("\n");
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
    `; samen ${countsText(countsOf(all))}`
  );
}
