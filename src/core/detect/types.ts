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
  // verantwoording (SiSa): what Venlo transferred, what the gemeente accounted for, the settlement
  "transferred",
  "accounted",
  "settlement",
  // register of herverdelingen: one line per decision
  "date",
  "from",
  "to",
  "decision",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
export const TABLE_KINDS = [
  "begroting",
  "herverdeling",
  "realisatie",
  "verdeling",
  "verantwoording",
  "register",
] as const;
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

/** Columns that name, describe or date a line rather than hold an amount or a number of it. */
const DESCRIBING_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "label",
  "notes",
  "date",
  "from",
  "to",
  "decision",
]);

/** Columns holding numbers (every role but the describing ones: label, notes, a register's date, Van, Naar, Besluit). */
export const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(
  COLUMN_ROLES.filter((role) => !DESCRIBING_ROLES.has(role)),
);

/** Columns holding euro amounts. */
export const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "planned",
  "changed",
  "mutation",
  "actual",
  "difference",
  "invoiced",
  "transferred",
  "accounted",
  "settlement",
]);

/**
 * The column whose text keeps a row in a table's body and names it: the label column, or in a
 * register (no label column; each line has a Van and a Naar) the Van column.
 */
export function namingColumn(columns: readonly { col: number; role: ColumnRole }[]): number | undefined {
  const label = columns.find((c) => c.role === "label");
  if (label) return label.col;
  const from = columns.find((c) => c.role === "from");
  return from && columns.some((c) => c.role === "to") ? from.col : undefined;
}

/** A table the user pointed out ("Tabel niet gevonden?"): its range and the role of each column. */
export interface ChosenTable {
  sheet: string;
  /** A1 range, e.g. "B4:F14", header row included. */
  range: string;
  kind: TableKind;
  /** Role per 1-based column number; columns without a role are ignored. */
  roles: Record<number, ColumnRole>;
}
