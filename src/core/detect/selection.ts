import { a1, columnLetters, parseRange } from "../a1";
import { parseAmountText } from "../amounts";
import { Layout, scanBody } from "./body";
import { SheetGrid } from "./grid";
import { finishTable } from "./table";
import { ColumnRole, DetectedColumn, DetectedTable, namingColumn, TableKind, VALUE_ROLES } from "./types";
import { classifyHeader, HeaderClass } from "./vocabulary";

/**
 * For a table the detection missed: the user selected a range and chose the roles of its columns.
 * The selection's first row is its header when it reads like one, else the row above it is.
 */
export function tableFromSelectionOnGrid(
  grid: SheetGrid,
  range: string,
  roles: Record<number, ColumnRole>,
  kind?: TableKind,
): DetectedTable {
  const { top, bottom, left, right } = parseRange(range);
  const roleCols = Object.keys(roles)
    .map(Number)
    .filter((col) => Number.isInteger(col) && col >= 1)
    .sort((a, b) => a - b);
  const valueCols = roleCols.filter((col) => VALUE_ROLES.has(roles[col]));
  const headerLike = (row: number): boolean => {
    if (row < 1) return false;
    let text = false;
    for (const col of roleCols) {
      const cell = grid.get(row, col);
      if (!cell) continue;
      if (cell.value.kind === "number" && valueCols.includes(col)) return false;
      if (cell.value.kind === "text" && (!valueCols.includes(col) || parseAmountText(cell.value.value) === null))
        text = true;
    }
    return text;
  };
  const headerRow = headerLike(top) ? top : top - 1;
  const columns: DetectedColumn[] = roleCols.map((col) => ({
    col,
    role: roles[col],
    header: (headerRow >= 1 ? headerText(grid, headerRow, col) : null) ?? `kolom ${columnLetters(col)}`,
  }));
  const classes = new Map<number, HeaderClass>();
  for (const column of columns) {
    classes.set(
      column.col,
      classifyHeader(column.header) ?? { role: column.role, percent: false, euro: false, ratio: false },
    );
  }
  const layout: Layout = {
    headerRow,
    firstCol: Math.min(left, roleCols[0] ?? left),
    lastCol: Math.max(right, roleCols[roleCols.length - 1] ?? right),
    labelCol: namingColumn(columns),
    columns,
    classes,
  };
  const body = scanBody(grid, layout, { kind: "selection", lastRow: bottom }) ?? { detailRows: [], subtotalRows: [] };
  const table = finishTable(grid, layout, body, kind);
  table.range = `${a1(Math.max(1, headerRow >= 1 ? headerRow : top), layout.firstCol)}:${a1(bottom, layout.lastCol)}`;
  return table;
}

/** A header cell's text; a year typed as a number ("2025") is its text too. */
function headerText(grid: SheetGrid, row: number, col: number): string | null {
  const cell = grid.get(row, col);
  if (
    cell?.value.kind === "number" &&
    Number.isInteger(cell.value.value) &&
    cell.value.value >= 2000 &&
    cell.value.value <= 2099
  )
    return String(cell.value.value);
  return grid.text(row, col);
}
