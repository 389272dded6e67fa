import { matchGemeente } from "../gemeente-names";
import { SheetGrid } from "./grid";
import { ColumnRole, TableKind } from "./types";

/**
 * The kind of a table, from the roles of its columns and whether its rows are the gemeenten:
 * one rule for table detection, for a table the user points out ("Tabel niet gevonden?") and for
 * the rules that check tables of gemeenten. A new kind of table is added here (and in TABLE_KINDS).
 */

/** Minimum number of the 14 names that makes a table a table of gemeenten. */
export const MIN_GEMEENTEN = 7;
/** More detail rows than this and a table is no table of the 14 gemeenten. */
export const MAX_GEMEENTE_ROWS = 60;

/** How many of the 14 gemeenten the labels name (0 for a list longer than MAX_GEMEENTE_ROWS: a ledger). */
export function countGemeenten(labels: readonly (string | null)[]): number {
  if (labels.length > MAX_GEMEENTE_ROWS) return 0;
  const seen = new Set<string>();
  for (const text of labels) {
    const naam = text ? matchGemeente(text) : null;
    if (naam) seen.add(naam);
  }
  return seen.size;
}

/** The labels of the rows in a label column (null where a row has none); [] for too many rows. */
export function rowLabels(grid: SheetGrid, labelCol: number | undefined, rows: readonly number[]): (string | null)[] {
  // One row per gemeente, a few more for notes: a long list is a ledger, not a table of gemeenten.
  if (labelCol === undefined || rows.length > MAX_GEMEENTE_ROWS) return [];
  return rows.map((row) => grid.text(row, labelCol));
}

/** True when the labels name at least MIN_GEMEENTEN of the 14 gemeenten. */
export function isGemeenteTable(labels: readonly (string | null)[]): boolean {
  return countGemeenten(labels) >= MIN_GEMEENTEN;
}

/**
 * register: a Van and a Naar column (one line per decision); verantwoording: what a gemeente
 * accounted for through SiSa, or what was transferred with its settlement (a transfer column alone,
 * "Voorschot" beside "Toegekend", leaves a verdeling a verdeling); herverdeling: adopted and changed
 * amounts (states after a change, or the changes themselves); verdeling: a key, invoiced amounts,
 * or the gemeenten without realisatie; realisatie: actual amounts; begroting otherwise.
 */
export function tableKind(roles: Iterable<ColumnRole | "">, gemeenten: boolean): TableKind {
  const present = new Set(roles);
  const has = (role: ColumnRole) => present.has(role);
  if (has("from") && has("to")) return "register";
  if (has("accounted") || (has("transferred") && has("settlement"))) return "verantwoording";
  if (has("planned") && (has("changed") || has("mutation"))) return "herverdeling";
  if (has("key") || has("invoiced") || (gemeenten && !has("actual"))) return "verdeling";
  if (has("actual")) return "realisatie";
  if (has("changed") || has("mutation")) return "herverdeling";
  return "begroting";
}
