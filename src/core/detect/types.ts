/**
 * What table detection finds on a sheet; the rules work on these. Column roles: `planned` (begroot,
 * vastgesteld), `changed` (a state after a change: "Gewijzigd", "Na 1e wijziging", "Stand 1 juli"),
 * `mutation` (the change itself: "1e wijziging", "Mutatie Kerngroep"), `actual` (realisatie),
 * `difference` (verschil, restant), `percentage`, `key` (verdeelsleutel), `invoiced`, `label`, `notes`.
 */
export const COLUMN_ROLES = [
  "label",
  "planned",
  "changed",
  "mutation",
  "actual",
  "difference",
  "percentage",
  "key",
  "invoiced",
  "notes",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
export const TABLE_KINDS = ["begroting", "herverdeling", "realisatie", "verdeling"] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export interface DetectedColumn {
  col: number;
  role: ColumnRole;
  /** The header text as it stands in the sheet ("Begroting 2024 (€)"); "kolom C" when there is none. */
  header: string;
  /** The one year the header names ("Begroting 2024", "2025", "Realisatie 2023 (€)"). */
  year?: number;
  /** The header names a span of years ("Totaal 2023-2026", "2023 t/m 2026"): no one year's grant applies. */
  yearSpan?: true;
}

export interface DetectedTable {
  sheet: string;
  kind: TableKind;
  /** A title in the rows just above the header ("Tabel 1: ..."), when there is one. */
  title?: string;
  /** 1-based; 0 when a selection has no header row. */
  headerRow: number;
  firstCol: number;
  lastCol: number;
  columns: DetectedColumn[];
  /** Rows with a label or amounts between header and total. */
  detailRows: number[];
  /** Intermediate totals ("Subtotaal", or an earlier "Totaal ..." row above the last one). */
  subtotalRows?: number[];
  totalRow?: number;
  /** e.g. "B4:E15": header row to total (or last detail) row. */
  range: string;
}

/** Columns holding numbers (every role but label and notes). */
export const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(
  COLUMN_ROLES.filter((role) => role !== "label" && role !== "notes"),
);

/** Columns holding euro amounts. */
export const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "planned",
  "changed",
  "mutation",
  "actual",
  "difference",
  "invoiced",
]);

/** A table the user pointed out ("Tabel niet gevonden?"): its range and the role of each column. */
export interface ChosenTable {
  sheet: string;
  /** A1 range, e.g. "B4:F14", header row included. */
  range: string;
  kind: TableKind;
  /** Role per 1-based column number; columns without a role are ignored. */
  roles: Record<number, ColumnRole>;
}
