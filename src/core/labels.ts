import type { ColumnRole, DetectedTable, TableKind } from "./detect/types";
import { SEVERITIES, type Severity } from "./findings";
import { formatLimit } from "./format";
import type { Dec } from "./decimal";
import type { HerverdelingCheck, StatusCode } from "./herverdeling";
import { dutchList } from "./text";

/** Dutch words for the pane, the report sheet and the command line. */

/** The category of a finding as a badge, a column of the report sheet and of the exports. */
export const SEVERITY_LABEL: Record<Severity, string> = {
  fout: "Fout",
  pho: "PhO-besluit nodig",
  waarschuwing: "Waarschuwing",
  info: "Melding",
};

/** "1 fout" / "2 fouten", "1 PhO-besluit nodig" / "2 PhO-besluiten nodig", "1 melding" / "2 meldingen". */
export const SEVERITY_PLURAL: Record<Severity, [string, string]> = {
  fout: ["fout", "fouten"],
  pho: ["PhO-besluit nodig", "PhO-besluiten nodig"],
  waarschuwing: ["waarschuwing", "waarschuwingen"],
  info: ["melding", "meldingen"],
};

/** The pane's filter buttons: "Fouten", "PhO-besluit nodig", "Waarschuwingen", "Meldingen". */
export const SEVERITY_FILTER_LABEL: Record<Severity, string> = {
  fout: "Fouten",
  pho: "PhO-besluit nodig",
  waarschuwing: "Waarschuwingen",
  info: "Meldingen",
};

export { SEVERITIES };

export const KIND_LABEL: Record<TableKind, string> = {
  begroting: "Begroting",
  herverdeling: "Herverdeling",
  realisatie: "Realisatie",
  verdeling: "Verdeling",
  verantwoording: "Verantwoording (SiSa)",
  register: "Register van herverdelingen",
};

export const ROLE_LABEL: Record<ColumnRole, string> = {
  label: "Omschrijving (onderdeel, gemeente)",
  planned: "Begroot / vastgesteld",
  changed: "Gewijzigd / stand na wijziging",
  mutation: "Wijziging / mutatie",
  actual: "Realisatie / besteed",
  difference: "Verschil / restant",
  percentage: "Percentage / aandeel",
  key: "Verdeelsleutel / inwoners",
  invoiced: "Gefactureerd",
  notes: "Toelichting",
  transferred: "Overgemaakt / voorschot",
  accounted: "Verantwoord (SiSa)",
  settlement: "Verrekening / terug te betalen",
  date: "Datum",
  from: "Van (onderdeel)",
  to: "Naar (onderdeel)",
  decision: "Besluit (Kerngroep / PhO)",
};

/** "1 fout", "3 waarschuwingen", "2 meldingen". */
export function severityCount(severity: Severity, count: number): string {
  return `${count} ${SEVERITY_PLURAL[severity][count === 1 ? 0 : 1]}`;
}

/** "3 fouten, 1 PhO-besluit nodig, 1 waarschuwing en 2 meldingen" (zero counts left out), or "geen bevindingen". */
export function countText(counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => severityCount(s, counts[s]));
  if (parts.length === 0) return "geen bevindingen";
  return dutchList(parts);
}

/** "1 fout, 0 PhO-besluiten nodig, 0 waarschuwingen, 2 meldingen": every category, zeros too (the command line). */
export function countLine(counts: Record<Severity, number>): string {
  return SEVERITIES.map((s) => severityCount(s, counts[s])).join(", ");
}

export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "1 tabel" / "3 tabellen", "1 werkmap" / "14 werkmappen": a count with its noun. */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** More sheets than this are counted, not named. */
const MAX_SHEETS_NAMED = 5;

/**
 * "2 tabellen gevonden, op de bladen Bijlage 2 en Toelichting", "1 tabel gevonden, op het blad
 * Begroting 2024", "geen tabel gevonden": the tables of a check and where they are.
 */
export function tablesFoundText(tables: readonly Pick<DetectedTable, "sheet">[]): string {
  if (tables.length === 0) return "geen tabel gevonden";
  const sheets = [...new Set(tables.map((t) => t.sheet))];
  const where =
    sheets.length === 1
      ? `op het blad ${sheets[0]}`
      : sheets.length <= MAX_SHEETS_NAMED
        ? `op de bladen ${dutchList(sheets)}`
        : `op ${sheets.length} bladen`;
  return `${counted(tables.length, "tabel", "tabellen")} gevonden, ${where}`;
}

/** Words in a header or title that make a herverdeling a proposal rather than a changed begroting. */
const PROPOSAL = /\b(?:voorstel|voorgesteld|voorgestelde|concept|ontwerp)\b/i;

/** True when one of the texts (the changed column's header, the table's title) names a proposal. */
export function isProposal(...texts: (string | undefined)[]): boolean {
  return texts.some((text) => text !== undefined && PROPOSAL.test(text));
}

/**
 * What a herverdeling beyond the limit asks for, after the amounts: in a proposal the PhO must
 * still decide; in a begroting that was already changed, the question whether it did.
 */
export function phoNote(proposal: boolean): string {
  return proposal ? "hiervoor is een PhO-besluit nodig" : "is hiervoor een PhO-besluit genomen?";
}

/** The status of an onderdeel as the pane's badge says it (=IZA.CHECKREALLOC writes OK, PHO, FOUT). */
export const STATUS_LABEL: Record<StatusCode, string> = {
  OK: "Binnen de grens",
  PHO: "PhO-besluit nodig",
  FOUT: "Fout",
};

/**
 * "1 onderdeel vraagt een PhO-besluit; 8 binnen de grens; totaal binnen het plafond": the summary
 * on top of a herverdeling, from the statuses of core checkHerverdeling.
 */
export function herverdelingSummary(check: HerverdelingCheck, max: Dec): string {
  const count = (code: StatusCode) => check.rows.filter((r) => r.code === code).length;
  const pho = count("PHO");
  const fout = count("FOUT");
  const parts = [
    pho === 0
      ? "geen onderdeel vraagt een PhO-besluit"
      : `${counted(pho, "onderdeel vraagt", "onderdelen vragen")} een PhO-besluit`,
    `${count("OK")} binnen de grens van ${formatLimit(max)}`,
  ];
  if (fout > 0) parts.push(`${counted(fout, "onderdeel", "onderdelen")} niet te toetsen`);
  parts.push(
    check.total.kind === "binnen-plafond"
      ? "totaal binnen het plafond"
      : check.total.kind === "boven-plafond"
        ? "totaal boven het plafond"
        : "totaal niet te bepalen",
  );
  return parts.join("; ");
}

/** One file of a session or a run: its findings, or why it could not be read. */
export interface FileCounts {
  error: string | null;
  findings?: readonly { severity: Severity }[];
}

/**
 * "14 werkmappen: 3 met fouten, 2 met een PhO-besluit nodig, 1 niet te lezen; samen …": the files
 * with each kind of outcome and the totals per category (the command line and the pane).
 */
export function filesSummary(files: readonly FileCounts[]): string {
  const withSeverity = (severity: Severity) =>
    files.filter((f) => f.error === null && f.findings?.some((x) => x.severity === severity)).length;
  const unreadable = files.filter((f) => f.error !== null).length;
  const pho = withSeverity("pho");
  const all = files.flatMap((f) => (f.error === null ? (f.findings ?? []) : []));
  return (
    `${counted(files.length, "werkmap", "werkmappen")}: ${withSeverity("fout")} met fouten` +
    (pho > 0 ? `, ${pho} met een PhO-besluit nodig` : "") +
    (unreadable > 0 ? `, ${unreadable} niet te lezen` : "") +
    `; samen ${countLine(countBySeverity(all))}`
  );
}

/** The exit statuses of iza-controle and what each means (its --help, the README and the handleiding). */
export const EXIT_STATUSES: readonly [status: number, meaning: string][] = [
  [0, "geen fout en geen PhO-besluit nodig"],
  [1, "minstens één fout (gaat voor 3)"],
  [3, "geen fout, wel een herverdeling boven de grens (PhO-besluit nodig)"],
  [2, "een bestand niet te lezen, een overzicht niet te schrijven of verkeerd gebruik (gaat voor 1 en 3)"],
];

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "2-digit", month: "2-digit", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit" });

/** "24-11-2025" */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "14:03" */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/** "24-11-2025 14:03" */
export function formatDateTime(date: Date): string {
  return `${dateFormat.format(date)} ${timeFormat.format(date)}`;
}
