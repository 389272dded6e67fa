import { a1 } from "../a1";
import { Body, Layout } from "./body";
import { SheetGrid } from "./grid";
import { isGemeenteTable, rowLabels, tableKind } from "./kind";
import { DetectedTable, TableKind } from "./types";
import { headerNamesYearSpan, headerYear, totalKind } from "./vocabulary";

/** A table as the rules see it, from its layout and body: kind, range and title. */

export function lastRowOf(table: DetectedTable): number {
  return table.totalRow ?? table.detailRows[table.detailRows.length - 1] ?? table.headerRow;
}

export function finishTable(grid: SheetGrid, layout: Layout, body: Body, kind?: TableKind): DetectedTable {
  const { headerRow, firstCol, lastCol, columns } = layout;
  for (const column of columns) {
    const year = headerYear(column.header);
    if (year !== undefined) column.year = year;
    else if (headerNamesYearSpan(column.header)) column.yearSpan = true;
  }
  const lastRow = body.totalRow ?? body.detailRows[body.detailRows.length - 1] ?? Math.max(headerRow, 1);
  const table: DetectedTable = {
    sheet: grid.name,
    kind:
      kind ??
      tableKind(
        columns.map((c) => c.role),
        isGemeenteTable(rowLabels(grid, layout.labelCol, body.detailRows)),
      ),
    headerRow,
    firstCol,
    lastCol,
    columns,
    detailRows: body.detailRows,
    range: `${a1(Math.max(headerRow, 1), firstCol)}:${a1(lastRow, lastCol)}`,
  };
  if (body.subtotalRows.length > 0) table.subtotalRows = body.subtotalRows;
  if (body.totalRow !== undefined) table.totalRow = body.totalRow;
  const title = findTitle(grid, headerRow, firstCol, lastCol);
  if (title) table.title = title;
  return table;
}

const NOTE = /^(?:illustratie|illustratief|illustratieve|bron|noot|let op|\*|opmerking|toelichting|bedragen in)/i;

/** The topmost text above the header (up to 4 rows, not past a row with numbers) that is not a note. */
function findTitle(grid: SheetGrid, headerRow: number, firstCol: number, lastCol: number): string | undefined {
  let title: string | undefined;
  for (let row = headerRow - 1; row >= Math.max(1, headerRow - 4); row--) {
    let text: string | undefined;
    for (const cell of grid.rows.get(row) ?? []) {
      if (cell.col < firstCol - 1) continue;
      if (cell.col > lastCol) break;
      if (cell.value.kind === "number" || cell.value.kind === "error") return title;
      if (cell.value.kind === "text" && text === undefined) {
        const t = cell.value.value.trim();
        if (t.length >= 3) text = t;
      }
    }
    if (text !== undefined && !NOTE.test(text) && totalKind(text) === null) title = text;
  }
  return title;
}
