import { columnLetters } from "../a1";
import { parseAmountText } from "../amounts";
import { Layout, scanBody } from "./body";
import { SheetGrid } from "./grid";
import { Candidate, candidatesByRow, headerCandidates } from "./header";
import { finishTable, lastRowOf } from "./table";
import { DetectedColumn, DetectedTable, namingColumn, VALUE_ROLES } from "./types";
import { HeaderClass } from "./vocabulary";

/**
 * Table detection: find the tables on a sheet by their header rows (./header), wherever they
 * stand, then follow each table down over blank rows to its Totaal row (./body). Quiet by design:
 * a header row needs words of the vocabulary for a label and an amount (or two amounts), no
 * numbers of its own, and numbers below it; anything else on a sheet is left alone.
 */

/** How far left of the first amount column an unlabeled label column is looked for. */
const LABEL_SEARCH = 4;

export function detectOnGrid(grid: SheetGrid): DetectedTable[] {
  const candidates = headerCandidates(grid);
  const byRow = candidatesByRow(candidates);
  const tables: DetectedTable[] = [];
  for (const candidate of candidates) {
    const firstCol = candidate.cells[0].col;
    const lastCol = candidate.cells[candidate.cells.length - 1].col;
    if (
      tables.some(
        (t) =>
          candidate.row >= t.headerRow &&
          candidate.row <= lastRowOf(t) &&
          lastCol >= t.firstCol &&
          firstCol <= t.lastCol,
      )
    ) {
      continue; // a row inside a table found above: data that happens to read like a header
    }
    const table = buildTable(grid, candidate, byRow);
    if (table) tables.push(table);
  }
  return tables;
}

function buildTable(grid: SheetGrid, candidate: Candidate, byRow: Map<number, Candidate[]>): DetectedTable | null {
  const classes = new Map<number, HeaderClass>();
  const columns: DetectedColumn[] = [];
  for (const hc of candidate.cells) {
    classes.set(hc.col, hc.cls);
    columns.push({ col: hc.col, role: hc.cls.role, header: hc.text });
  }
  // A bare "Mutatie" beside a realisatie or a gewijzigd amount is the difference of the row
  // ("Begroting | Realisatie | Mutatie", "Vastgesteld | Gewijzigd | Mutatie"); alone beside the
  // vastgesteld amount it is the change itself ("Vastgesteld | Mutatie").
  if (columns.some((c) => c.role === "actual" || c.role === "changed")) {
    for (const column of columns) if (classes.get(column.col)?.orDifference) column.role = "difference";
  }
  const valueCols = columns.filter((c) => VALUE_ROLES.has(c.role)).map((c) => c.col);
  let labelCol = namingColumn(columns);
  if (labelCol === undefined) {
    labelCol = inferLabelColumn(grid, candidate.row, valueCols[0]);
    if (labelCol !== undefined) {
      columns.push({
        col: labelCol,
        role: "label",
        header: grid.text(candidate.row, labelCol) ?? `kolom ${columnLetters(labelCol)}`,
      });
      columns.sort((a, b) => a.col - b.col);
    }
  }
  const layout: Layout = {
    headerRow: candidate.row,
    firstCol: Math.min(columns[0].col, labelCol ?? columns[0].col),
    lastCol: columns[columns.length - 1].col,
    labelCol,
    columns,
    classes,
  };
  const body = scanBody(grid, layout, { kind: "open", stop: (row) => stopsBody(grid, row, layout, byRow) });
  if (!body) return null;
  refineShareColumns(grid, layout, body.detailRows);
  return finishTable(grid, layout, body);
}

/** A header row below ends the table above, unless it has numbers where the table has amounts. */
function stopsBody(grid: SheetGrid, row: number, layout: Layout, byRow: Map<number, Candidate[]>): boolean {
  const candidates = byRow.get(row);
  if (!candidates) return false;
  const overlaps = candidates.some(
    (c) => c.cells[c.cells.length - 1].col >= layout.firstCol && c.cells[0].col <= layout.lastCol,
  );
  if (!overlaps) return false;
  for (const column of layout.columns) {
    if (!VALUE_ROLES.has(column.role)) continue;
    const cell = grid.get(row, column.col);
    if (cell && (cell.value.kind === "number" || cell.formula !== undefined)) return false;
  }
  return true;
}

/** The text column nearest left of the first amount column, judged by the rows under the header. */
function inferLabelColumn(grid: SheetGrid, headerRow: number, firstValueCol: number): number | undefined {
  const counts = new Map<number, number>();
  let idx = grid.indexAfter(headerRow);
  for (let n = 0; n < 30 && idx < grid.rowNumbers.length; n++, idx++) {
    const row = grid.rowNumbers[idx];
    for (const cell of grid.rows.get(row)!) {
      if (cell.col >= firstValueCol) break;
      if (cell.col < firstValueCol - LABEL_SEARCH) continue;
      if (cell.value.kind === "text" && cell.value.value.trim() !== "" && parseAmountText(cell.value.value) === null) {
        counts.set(cell.col, (counts.get(cell.col) ?? 0) + 1);
      }
    }
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [col, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && col > best)) {
      best = col;
      bestCount = count;
    }
  }
  return best;
}

/**
 * "Aandeel" may be a share in percent or a share in euros. Euros when the numbers are amounts:
 * no percent format, above 1,5, and not adding up to 100.
 */
function refineShareColumns(grid: SheetGrid, layout: Layout, detailRows: number[]): void {
  for (const column of layout.columns) {
    const cls = layout.classes.get(column.col);
    if (column.role !== "percentage" || !cls || /%|percent|procent/i.test(column.header)) continue;
    let sum = 0;
    let max = 0;
    let percentFormat = false;
    for (const row of detailRows) {
      const cell = grid.get(row, column.col);
      if (!cell || cell.value.kind !== "number") continue;
      if (cell.numFmt?.includes("%")) percentFormat = true;
      sum += cell.value.value;
      max = Math.max(max, Math.abs(cell.value.value));
    }
    if (!percentFormat && max > 1.5 && Math.abs(sum - 100) > 1) column.role = "planned";
  }
}
