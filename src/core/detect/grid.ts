import { Cell, Sheet } from "../workbook";

/**
 * A sheet's cells indexed once by row, each row's cells by ascending column, so detection and
 * rules never scan the whole sheet per cell: building is linear in the number of cells, and a
 * look-up searches one row only.
 */
export class SheetGrid {
  /** The rows that hold something, ascending. */
  readonly rowNumbers: number[];
  private readonly byRow: (Cell[] | undefined)[] = [];
  readonly rows: { get(row: number): Cell[] | undefined };

  constructor(
    readonly sheet: Sheet,
    /** Position of the sheet in the workbook, for sorting findings. */
    readonly index: number,
  ) {
    const byRow = this.byRow;
    const rowNumbers: number[] = [];
    let ascending = true;
    for (const cell of sheet.cells) {
      if (cell.value.kind === "blank" && cell.formula === undefined) continue;
      let row = byRow[cell.row];
      if (!row) {
        row = byRow[cell.row] = [];
        if (rowNumbers.length > 0 && rowNumbers[rowNumbers.length - 1] > cell.row) ascending = false;
        rowNumbers.push(cell.row);
      }
      row.push(cell);
    }
    if (!ascending) rowNumbers.sort((a, b) => a - b);
    this.rowNumbers = rowNumbers;
    for (const r of rowNumbers) {
      const row = byRow[r]!;
      for (let i = 1; i < row.length; i++) {
        if (row[i - 1].col > row[i].col) {
          row.sort((a, b) => a.col - b.col);
          break;
        }
      }
    }
    this.rows = { get: (row: number) => byRow[row] };
  }

  get name(): string {
    return this.sheet.name;
  }

  private hidden?: { rows: Set<number>; cols: Set<number> };

  /** True when the sheet marks this row hidden (as far as the door that read it knows). */
  isHiddenRow(row: number): boolean {
    return this.hiddenSets().rows.has(row);
  }

  /** True when the sheet marks this column hidden. */
  isHiddenCol(col: number): boolean {
    return this.hiddenSets().cols.has(col);
  }

  private hiddenSets(): { rows: Set<number>; cols: Set<number> } {
    this.hidden ??= { rows: new Set(this.sheet.hiddenRows ?? []), cols: new Set(this.sheet.hiddenCols ?? []) };
    return this.hidden;
  }

  get(row: number, col: number): Cell | undefined {
    const cells = this.byRow[row];
    if (!cells) return undefined;
    if (cells.length <= 16) {
      for (const cell of cells) {
        if (cell.col === col) return cell;
        if (cell.col > col) return undefined;
      }
      return undefined;
    }
    let lo = 0;
    let hi = cells.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = cells[mid].col;
      if (c === col) return cells[mid];
      if (c < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The trimmed text of a text cell, or null for anything else (and for blank text). */
  text(row: number, col: number): string | null {
    const cell = this.get(row, col);
    if (!cell || cell.value.kind !== "text") return null;
    const text = cell.value.value.trim();
    return text === "" ? null : text;
  }

  /** Index in `rowNumbers` of the first row after `row`. */
  indexAfter(row: number): number {
    return lowerBound(this.rowNumbers, row + 1);
  }
}

/** The index of the first element of an ascending list that is ≥ value (the length when none is). */
export function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a cell holds nothing a user would see as content. */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v.kind === "blank" || (v.kind === "text" && v.value.trim() === "");
}
