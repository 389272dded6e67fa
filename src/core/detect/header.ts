import type { Cell } from "../workbook";
import { SheetGrid } from "./grid";
import { VALUE_ROLES } from "./types";
import { classifyHeader, HeaderClass } from "./vocabulary";

/**
 * Header candidates: the rows of a sheet that read as a table's header row, split into one
 * candidate per table when tables stand side by side.
 */

/** Columns a header row may skip inside one table. */
const MAX_HEADER_GAP = 3;

export interface HeaderCell {
  col: number;
  text: string;
  cls: HeaderClass;
}

export interface Candidate {
  row: number;
  cells: HeaderCell[];
}

/** Rows that read as a table header, split into one candidate per table when tables stand side by side. */
export function headerCandidates(grid: SheetGrid): Candidate[] {
  const result: Candidate[] = [];
  for (const row of grid.rowNumbers) {
    const cells = grid.rows.get(row)!;
    let textCount = 0;
    let numberCount = 0;
    for (const cell of cells) {
      if (cell.value.kind === "text") textCount++;
      else if (cell.value.kind === "number") numberCount++;
    }
    const years = yearHeaderCells(cells);
    if (years) {
      textCount += years.size;
      numberCount -= years.size;
    }
    // A header row is words; a row with as many numbers as words is data (a ledger line).
    if (textCount < 2 || (numberCount >= 2 && numberCount >= textCount)) continue;
    const classified: HeaderCell[] = [];
    for (const cell of cells) {
      const text =
        cell.value.kind === "text"
          ? cell.value.value.trim()
          : cell.value.kind === "number" && years?.has(cell)
            ? String(cell.value.value)
            : "";
      if (text === "") continue;
      const cls = classifyHeader(text);
      if (cls) classified.push({ col: cell.col, text, cls });
    }
    if (classified.length < 2) continue;
    // Years typed as numbers are a header only beside a label header ("Onderdeel | 2023 | 2024").
    if (years && !classified.some((c) => c.cls.role === "label")) continue;
    for (const seg of segments(classified)) {
      const values = seg.filter((c) => VALUE_ROLES.has(c.cls.role)).length;
      const labels = seg.filter((c) => c.cls.role === "label").length;
      // A register names its lines by Van and Naar, not by a label: "Datum | Van | Naar | Bedrag".
      const register = seg.some((c) => c.cls.role === "from") && seg.some((c) => c.cls.role === "to");
      // A header of percentages alone ("1.23%" | "0.00%", a sheet of number formats) is no IZA table.
      const amounts = seg.filter((c) => VALUE_ROLES.has(c.cls.role) && c.cls.role !== "percentage").length;
      if (values === 0 || (labels === 0 && !register && (values < 2 || amounts === 0))) continue;
      // A header row holds words, not amounts.
      let numbers = 0;
      for (const cell of cells) {
        if (
          cell.col >= seg[0].col &&
          cell.col <= seg[seg.length - 1].col &&
          cell.value.kind === "number" &&
          !years?.has(cell)
        )
          numbers++;
      }
      if (numbers > 1) continue;
      result.push({ row, cells: seg });
    }
  }
  return result;
}

/**
 * The cells of a row that are years typed as numbers (2023, 2024, or =C3+1), when every number of
 * the row is one and they ascend left to right, at least two: a header "Onderdeel | 2023 | 2024".
 */
function yearHeaderCells(cells: readonly Cell[]): Set<Cell> | null {
  const years = new Set<Cell>();
  let last = 0;
  for (const cell of cells) {
    if (cell.value.kind !== "number") continue;
    const v = cell.value.value;
    if (!Number.isInteger(v) || v < 2000 || v > 2099 || v <= last) return null;
    last = v;
    years.add(cell);
  }
  return years.size >= 2 ? years : null;
}

/** The header cells of one row, split where a gap is too wide or a label follows amounts (a second table). */
function segments(classified: HeaderCell[]): HeaderCell[][] {
  let segment: HeaderCell[] = [];
  const result: HeaderCell[][] = [segment];
  for (const hc of classified) {
    const prev = segment[segment.length - 1];
    const hasValue = segment.some((c) => VALUE_ROLES.has(c.cls.role));
    if (prev && (hc.col - prev.col > MAX_HEADER_GAP || (hc.cls.role === "label" && hasValue))) {
      segment = [];
      result.push(segment);
    }
    segment.push(hc);
  }
  return result;
}

/** Candidates by row, for the body scan to stop at the next header. */
export function candidatesByRow(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const byRow = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = byRow.get(c.row) ?? [];
    list.push(c);
    byRow.set(c.row, list);
  }
  return byRow;
}
