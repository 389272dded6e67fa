import { parseAmountText } from "../amounts";
import { matchGemeente } from "../gemeente-names";
import { a1, Cell, parseA1, WorkbookModel } from "../workbook";
import { isBlankCell, SheetGrid } from "./grid";
import { ColumnRole, DetectedColumn, DetectedTable, TableKind, VALUE_ROLES } from "./types";
import { classifyHeader, HeaderClass, totalKind } from "./vocabulary";

/**
 * Table detection: find the tables on a sheet by their header rows, wherever they stand, then
 * follow each table down over blank rows to its Totaal row. Quiet by design: a header row needs
 * words of the vocabulary for a label and an amount (or two amounts), no numbers of its own, and
 * numbers below it; anything else on a sheet is left alone.
 */

/** Blank rows a table may have inside; one more ends it. */
const MAX_BLANK_ROWS = 2;
/** Columns a header row may skip inside one table. */
const MAX_HEADER_GAP = 3;
/** How far left of the first amount column an unlabeled label column is looked for. */
const LABEL_SEARCH = 4;
/** Minimum number of the 14 names that makes a table a table of gemeenten. */
export const MIN_GEMEENTEN = 7;
/** More detail rows than this and a table is no table of the 14 gemeenten. */
export const MAX_GEMEENTE_ROWS = 60;

interface HeaderCell {
  col: number;
  text: string;
  cls: HeaderClass;
}

interface Candidate {
  row: number;
  cells: HeaderCell[];
}

export function detectTables(model: WorkbookModel): DetectedTable[] {
  const tables: DetectedTable[] = [];
  model.sheets.forEach((sheet, index) => {
    tables.push(...detectOnGrid(new SheetGrid(sheet, index)));
  });
  return tables;
}

export function detectOnGrid(grid: SheetGrid): DetectedTable[] {
  const candidates = headerCandidates(grid);
  const candidateRows = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = candidateRows.get(c.row) ?? [];
    list.push(c);
    candidateRows.set(c.row, list);
  }
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
    const table = buildTable(grid, candidate, candidateRows);
    if (table) tables.push(table);
  }
  return tables;
}

export function lastRowOf(table: DetectedTable): number {
  return table.totalRow ?? table.detailRows[table.detailRows.length - 1] ?? table.headerRow;
}

/** Rows that read as a table header, split into one candidate per table when tables stand side by side. */
function headerCandidates(grid: SheetGrid): Candidate[] {
  const result: Candidate[] = [];
  for (const row of grid.rowNumbers) {
    const cells = grid.rows.get(row)!;
    let textCount = 0;
    let numberCount = 0;
    for (const cell of cells) {
      if (cell.value.kind === "text") textCount++;
      else if (cell.value.kind === "number") numberCount++;
    }
    // A header row is words; a row with as many numbers as words is data (a ledger line).
    if (textCount < 2 || (numberCount >= 2 && numberCount >= textCount)) continue;
    const classified: HeaderCell[] = [];
    for (const cell of cells) {
      if (cell.value.kind !== "text") continue;
      const text = cell.value.value.trim();
      if (text === "") continue;
      const cls = classifyHeader(text);
      if (cls) classified.push({ col: cell.col, text, cls });
    }
    if (classified.length < 2) continue;
    let segment: HeaderCell[] = [];
    const segments: HeaderCell[][] = [segment];
    for (const hc of classified) {
      const prev = segment[segment.length - 1];
      const hasValue = segment.some((c) => VALUE_ROLES.has(c.cls.role));
      if (prev && (hc.col - prev.col > MAX_HEADER_GAP || (hc.cls.role === "label" && hasValue))) {
        segment = [];
        segments.push(segment);
      }
      segment.push(hc);
    }
    for (const seg of segments) {
      const values = seg.filter((c) => VALUE_ROLES.has(c.cls.role)).length;
      const labels = seg.filter((c) => c.cls.role === "label").length;
      // A header of percentages alone ("1.23%" | "0.00%", a sheet of number formats) is no IZA table.
      const amounts = seg.filter((c) => VALUE_ROLES.has(c.cls.role) && c.cls.role !== "percentage").length;
      if (values === 0 || (labels === 0 && values < 2) || (labels === 0 && amounts === 0)) continue;
      // A header row holds words, not amounts.
      let numbers = 0;
      for (const cell of cells) {
        if (cell.col >= seg[0].col && cell.col <= seg[seg.length - 1].col && cell.value.kind === "number") numbers++;
      }
      if (numbers > 1) continue;
      result.push({ row, cells: seg });
    }
  }
  return result;
}

interface Layout {
  headerRow: number;
  firstCol: number;
  lastCol: number;
  labelCol?: number;
  columns: DetectedColumn[];
  classes: Map<number, HeaderClass>;
}

function buildTable(
  grid: SheetGrid,
  candidate: Candidate,
  candidateRows: Map<number, Candidate[]>,
): DetectedTable | null {
  const classes = new Map<number, HeaderClass>();
  const columns: DetectedColumn[] = [];
  for (const hc of candidate.cells) {
    classes.set(hc.col, hc.cls);
    columns.push({ col: hc.col, role: hc.cls.role, header: hc.text });
  }
  const valueCols = columns.filter((c) => VALUE_ROLES.has(c.role)).map((c) => c.col);
  let labelCol = columns.find((c) => c.role === "label")?.col;
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
  const body = scanBody(grid, layout, Number.MAX_SAFE_INTEGER, (row) => stopsBody(grid, row, layout, candidateRows));
  if (!body) return null;
  refineShareColumns(grid, layout, body.detailRows);
  return finishTable(grid, layout, body);
}

/** A header row below ends the table above, unless it has numbers where the table has amounts. */
function stopsBody(grid: SheetGrid, row: number, layout: Layout, candidateRows: Map<number, Candidate[]>): boolean {
  const candidates = candidateRows.get(row);
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

interface Body {
  detailRows: number[];
  subtotalRows: number[];
  totalRow?: number;
}

/** Text of a row that names a total, looked for in the columns left of the amounts. */
function rowTotalKind(grid: SheetGrid, row: number, layout: Layout): "total" | "subtotal" | null {
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

function rowHasValue(grid: SheetGrid, row: number, layout: Layout): boolean {
  for (const column of layout.columns) {
    if (!VALUE_ROLES.has(column.role)) continue;
    if (!isBlankCell(grid.get(row, column.col))) return true;
  }
  return false;
}

/**
 * Follow a table down from its header: detail rows, blank rows (at most MAX_BLANK_ROWS in a row),
 * subtotals, and the last Totaal row before the table ends, which ends it.
 */
function scanBody(grid: SheetGrid, layout: Layout, maxRow: number, stop: (row: number) => boolean): Body | null {
  const rows: { row: number; total: "total" | "subtotal" | null; value: boolean }[] = [];
  let prev = layout.headerRow;
  for (let idx = grid.indexAfter(layout.headerRow); idx < grid.rowNumbers.length; idx++) {
    const row = grid.rowNumbers[idx];
    if (row > maxRow) break;
    if (row - prev - 1 > MAX_BLANK_ROWS && maxRow === Number.MAX_SAFE_INTEGER) break;
    let content = false;
    for (const cell of grid.rows.get(row)!) {
      if (cell.col > layout.lastCol) break;
      if (cell.col >= layout.firstCol && !isBlankCell(cell)) {
        content = true;
        break;
      }
    }
    if (!content) continue;
    if (stop(row)) break;
    prev = row;
    const total = rowTotalKind(grid, row, layout);
    const value = rowHasValue(grid, row, layout);
    const label = layout.labelCol !== undefined && grid.text(row, layout.labelCol) !== null;
    if (total || value || label) rows.push({ row, total, value });
  }
  let end = rows.length;
  let totalRow: number | undefined;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i].total === "total") {
      totalRow = rows[i].row;
      end = i;
      break;
    }
  }
  const kept = rows.slice(0, end);
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

function finishTable(grid: SheetGrid, layout: Layout, body: Body, kind?: TableKind): DetectedTable {
  const { headerRow, firstCol, lastCol, columns } = layout;
  const lastRow = body.totalRow ?? body.detailRows[body.detailRows.length - 1] ?? Math.max(headerRow, 1);
  const table: DetectedTable = {
    sheet: grid.name,
    kind: kind ?? tableKind(grid, columns, body.detailRows, layout.labelCol),
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

/** How many of the 14 gemeenten the label column names. */
export function countGemeenten(grid: SheetGrid, labelCol: number | undefined, rows: number[]): number {
  // One row per gemeente, a few more for notes: a long list is a ledger, not a table of gemeenten.
  if (labelCol === undefined || rows.length > MAX_GEMEENTE_ROWS) return 0;
  const seen = new Set<string>();
  for (const row of rows) {
    const text = grid.text(row, labelCol);
    const naam = text ? matchGemeente(text) : null;
    if (naam) seen.add(naam);
  }
  return seen.size;
}

function tableKind(
  grid: SheetGrid,
  columns: DetectedColumn[],
  detailRows: number[],
  labelCol: number | undefined,
): TableKind {
  const has = (role: ColumnRole) => columns.some((c) => c.role === role);
  if (has("planned") && has("changed")) return "herverdeling";
  const gemeenten = countGemeenten(grid, labelCol, detailRows) >= MIN_GEMEENTEN;
  if (has("key") || has("invoiced") || (gemeenten && !has("actual"))) return "verdeling";
  if (has("actual")) return "realisatie";
  if (has("changed")) return "herverdeling";
  return "begroting";
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

export function columnLetters(col: number): string {
  return a1(1, col).replace(/\d+$/, "");
}

/** For a table the detection missed: the user selected a range and chose the roles of its columns. */
export function tableFromSelectionOnGrid(
  grid: SheetGrid,
  range: string,
  roles: Record<number, ColumnRole>,
  kind?: TableKind,
): DetectedTable {
  const [from, to] = range.replace(/^.*!/, "").split(":");
  const start = parseA1(from);
  const end = to ? parseA1(to) : start;
  const top = Math.min(start.row, end.row);
  const bottom = Math.max(start.row, end.row);
  const left = Math.min(start.col, end.col);
  const right = Math.max(start.col, end.col);
  const roleCols = Object.keys(roles)
    .map(Number)
    .filter((col) => Number.isInteger(col) && col >= 1)
    .sort((a, b) => a - b);
  const valueCols = roleCols.filter((col) => VALUE_ROLES.has(roles[col]));
  const headerLike = (row: number): boolean => {
    if (row < 1) return false;
    let text = false;
    for (const col of roleCols) {
      const cell: Cell | undefined = grid.get(row, col);
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
    header: (headerRow >= 1 ? grid.text(headerRow, col) : null) ?? `kolom ${columnLetters(col)}`,
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
    labelCol: roleCols.find((col) => roles[col] === "label"),
    columns,
    classes,
  };
  const body = scanBody(grid, layout, bottom, () => false) ?? { detailRows: [], subtotalRows: [] };
  const table = finishTable(grid, layout, body, kind);
  table.range = `${a1(Math.max(1, headerRow >= 1 ? headerRow : top), layout.firstCol)}:${a1(bottom, layout.lastCol)}`;
  return table;
}
