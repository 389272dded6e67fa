import type { ColumnRole, TableKind } from "./detect/types";
import type { Severity } from "./findings";
import { dutchList } from "./text";

/** Dutch words for the pane, the report sheet and the command line. */

export const SEVERITY_LABEL: Record<Severity, string> = {
  fout: "Fout",
  waarschuwing: "Waarschuwing",
  info: "Info",
};

export const SEVERITY_PLURAL: Record<Severity, [string, string]> = {
  fout: ["fout", "fouten"],
  waarschuwing: ["waarschuwing", "waarschuwingen"],
  info: ["info", "info"],
};

export const SEVERITIES: readonly Severity[] = ["fout", "waarschuwing", "info"];

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

/** "1 fout", "3 waarschuwingen", "2 info". */
export function severityCount(severity: Severity, count: number): string {
  return `${count} ${SEVERITY_PLURAL[severity][count === 1 ? 0 : 1]}`;
}

/** "3 fouten, 1 waarschuwing en 2 info" (zero counts left out), or "geen bevindingen". */
export function countText(counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => severityCount(s, counts[s]));
  if (parts.length === 0) return "geen bevindingen";
  return dutchList(parts);
}

/** "1 fout, 0 waarschuwingen, 2 info": every severity, zeros too (the command line's summary). */
export function countLine(counts: Record<Severity, number>): string {
  return SEVERITIES.map((s) => severityCount(s, counts[s])).join(", ");
}

export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { fout: 0, waarschuwing: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

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
