import { isBlankCell, SheetGrid } from "./grid";
import { DetectedColumn, VALUE_ROLES } from "./types";
import { HeaderClass, totalKind, TotalKind } from "./vocabulary";

/**
 * The body of a table: from below its header row down over detail rows, blank rows and
 * subtotals to its Totaal row.
 */

/** Blank rows a table may have inside; one more ends it. */
const MAX_BLANK_ROWS = 2;

/** Where a table stands on its sheet, as far as the header (or the user's selection) tells. */
export interface Layout {
  /** 1-based; 0 when a selection has no header row. */
  headerRow: number;
  firstCol: number;
  lastCol: number;
  labelCol?: number;
  columns: DetectedColumn[];
  classes: Map<number, HeaderClass>;
}

export interface Body {
  detailRows: number[];
  subtotalRows: number[];
  totalRow?: number;
}

/**
 * Where the scan ends: a detected table at a row `stop` says is the next table's header, or where
 * more than MAX_BLANK_ROWS blank rows follow; a selected table at the selection's last row.
 */
export type BodyEnd = { kind: "open"; stop: (row: number) => boolean } | { kind: "selection"; lastRow: number };

/** Text of a row that names a total, looked for in the columns left of the amounts. */
function rowTotalKind(grid: SheetGrid, row: number, layout: Layout): TotalKind | null {
  const firstValue = layout.columns.find((c) => VALUE_ROLES.has(c.role))?.col ?? layout.lastCol;
  // The word Totaal may stand one column left of the labels.
  const from = Math.max(1, Math.min(layout.firstCol, layout.labelCol ?? layout.firstCol) - 1);
  for (const cell of grid.rows.get(row) ?? []) {
    if (cell.col < from) continue;
    if (cell.col >= firstValue && cell.col !== layout.labelCol) break;
    if (cell.value.kind === "text" && mayBeTotal(cell.value.value)) {
      const kind = totalKind(cell.value.value.trim());
      if (kind) return kind;
    }
  }
  return null;
}

/** Cheap first look: total words start with t, s, e or g ("Totaal", "Subtotaal", "Eindtotaal", "Generaal totaal"). */
function mayBeTotal(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i) | 0x20;
    if (ch === 0x20 || text.charCodeAt(i) === 9) continue; // leading spaces
    return ch === 0x74 || ch === 0x73 || ch === 0x65 || ch === 0x67;
  }
  return false;
}

export function rowHasValue(grid: SheetGrid, row: number, layout: Layout): boolean {
  for (const column of layout.columns) {
    if (!VALUE_ROLES.has(column.role)) continue;
    if (!isBlankCell(grid.get(row, column.col))) return true;
  }
  return false;
}

function rowHasContent(grid: SheetGrid, row: number, layout: Layout): boolean {
  for (const cell of grid.rows.get(row)!) {
    if (cell.col > layout.lastCol) break;
    if (cell.col >= layout.firstCol && !isBlankCell(cell)) return true;
  }
  return false;
}

/**
 * Follow a table down from its header: detail rows, blank rows, subtotals, and the last Totaal
 * row before the table ends, which ends it. Null when there is no detail row with an amount.
 */
export function scanBody(grid: SheetGrid, layout: Layout, end: BodyEnd): Body | null {
  const rows: { row: number; total: TotalKind | null; value: boolean }[] = [];
  let prev = layout.headerRow;
  for (let idx = grid.indexAfter(layout.headerRow); idx < grid.rowNumbers.length; idx++) {
    const row = grid.rowNumbers[idx];
    if (end.kind === "selection" && row > end.lastRow) break;
    if (end.kind === "open" && row - prev - 1 > MAX_BLANK_ROWS) break;
    if (!rowHasContent(grid, row, layout)) continue;
    if (end.kind === "open" && end.stop(row)) break;
    prev = row;
    const total = rowTotalKind(grid, row, layout);
    const value = rowHasValue(grid, row, layout);
    const label = layout.labelCol !== undefined && grid.text(row, layout.labelCol) !== null;
    if (total || value || label) rows.push({ row, total, value });
  }
  let last = rows.length;
  let totalRow: number | undefined;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i].total === "total") {
      totalRow = rows[i].row;
      last = i;
      break;
    }
  }
  const kept = rows.slice(0, last);
  if (totalRow === undefined) {
    // Without a total, rows after the last amount are notes under the table.
    while (kept.length > 0 && !kept[kept.length - 1].value) kept.pop();
  }
  // Rows before the first amount are sub-headers ("bedragen in euro's", a section title).
  let start = 0;
  while (start < kept.length && !kept[start].value && !kept[start].total) start++;
  const body = kept.slice(start);
  const detailRows = body.filter((r) => !r.total).map((r) => r.row);
  const subtotalRows = body.filter((r) => r.total).map((r) => r.row);
  if (!body.some((r) => r.value) && !(totalRow !== undefined && rowHasValue(grid, totalRow, layout))) return null;
  if (detailRows.length === 0) return null;
  return { detailRows, subtotalRows, totalRow };
}
