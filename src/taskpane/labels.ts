import type { ColumnRole, TableKind } from "../core/engine";
import type { Severity } from "../core/findings";

/** Dutch words for the pane and the report. */

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
};

export const ROLE_LABEL: Record<ColumnRole, string> = {
  label: "Omschrijving (onderdeel, gemeente)",
  planned: "Begroot / vastgesteld",
  changed: "Gewijzigd / voorstel",
  actual: "Realisatie / besteed",
  difference: "Verschil / restant",
  percentage: "Percentage / aandeel",
  key: "Verdeelsleutel / inwoners",
  invoiced: "Gefactureerd",
  notes: "Toelichting",
};

/** "3 fouten, 1 waarschuwing en 2 info" (zero counts left out), or "geen bevindingen". */
export function countText(counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map(
    (s) => `${counts[s]} ${SEVERITY_PLURAL[s][counts[s] === 1 ? 0 : 1]}`,
  );
  if (parts.length === 0) return "geen bevindingen";
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
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

/** "24-11-2025 14:03" */
export function formatDateTime(date: Date): string {
  return `${dateFormat.format(date)} ${timeFormat.format(date)}`;
}
