import { boxContains, parseA1, parseRange } from "./a1";
import type { DetectedTable } from "./detect/types";
import { KIND_LABEL } from "./labels";

/**
 * "Begroting B4:E15", or "Tabel 1: … — Begroting B4:E15" when the table has a title (a dash, not
 * brackets: a title often ends in brackets of its own).
 */
export function tableLabel(table: DetectedTable): string {
  const what = `${KIND_LABEL[table.kind]} ${table.range}`;
  return table.title ? `${table.title} — ${what}` : what;
}

/** The first table (in the given order) whose range holds the cell, or undefined (a cell outside every table). */
export function tableAt(tables: readonly DetectedTable[], sheet: string, cell: string): DetectedTable | undefined {
  let position;
  try {
    position = parseA1(cell);
  } catch {
    return undefined; // a finding about a range or a whole sheet
  }
  const { row, col } = position;
  return tables.find((t) => t.sheet === sheet && boxContains(parseRange(t.range), row, col));
}
