import { columnLetters } from "../a1";
import { quote as quoteText } from "../text";
import { parseAmountText } from "../amounts";
import { Dec, decFromExcelNumber, HALF_CENT } from "../decimal";
import { SheetGrid } from "../detect/grid";
import { ColumnRole, DetectedColumn, DetectedTable } from "../detect/types";
import { CheckSettings } from "../findings";
import { formatEuro, formatNumber } from "../format";
import type { FormulaBook } from "../formula/book";
import type { Cell } from "../workbook";
import type { Grant } from "../sources";
import type { VastgesteldComparison, VastgesteldeBegroting } from "../vastgesteld";
import { RuleId } from "./catalogue";
import { ExactSum } from "./exact";

export { ExactSum };

/** A finding before it is sorted: with the position to sort by. */
export interface RawFinding {
  rule: RuleId;
  sheetIndex: number;
  sheet: string;
  row: number;
  col: number;
  message: string;
}

/** What a cell holds, as the rules read it. */
export type Read =
  | { kind: "number"; value: number; cell: Cell }
  | { kind: "text-number"; text: string; dec: Dec; percent: boolean; cell: Cell }
  | { kind: "text"; text: string; cell: Cell }
  | { kind: "error"; error: string; cell: Cell }
  | { kind: "boolean"; cell: Cell }
  | { kind: "blank"; cell?: Cell };

/** A rule about one table: reads through the context, reports through ctx.emit. */
export type TableRule = (ctx: TableContext) => void;

/**
 * The vastgestelde begroting the check compares with (issue 16 §2), when a source was given: the
 * begroting, the reference table itself when it stands in the checked workbook (it is not compared
 * with itself), and where the rules record how they matched each table's onderdelen.
 */
export interface VastgesteldReference {
  begroting: VastgesteldeBegroting;
  table?: { sheet: string; range: string };
  record(comparison: VastgesteldComparison): void;
}

/** What a rule about the whole workbook sees: every sheet, every table, the settings and the grant. */
export interface WorkbookContext {
  grids: readonly SheetGrid[];
  tablesBySheet: ReadonlyMap<string, readonly DetectedTable[]>;
  settings: CheckSettings;
  grant: Grant;
  /** The formulas of the workbook, each read once for the whole check. */
  formulas: FormulaBook;
  /** The vastgestelde begroting, when the check has one. */
  vastgesteld?: VastgesteldReference;
  emit(finding: RawFinding): void;
}

/** A rule about the workbook as a whole (sheets, several tables together). */
export type WorkbookRule = (ctx: WorkbookContext) => void;

/** Roles whose columns may stand one per year. */
const YEAR_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["planned", "actual", "changed"]);

/** What the engine gives a table's rules beside the table: the vastgestelde begroting, the grants per year. */
export interface TableExtras {
  vastgesteld?: VastgesteldReference;
  /** The grant of one year (see TableContext.grantFor). */
  grantForYear?: (year: number) => Grant;
}

/** One table under check, with the readers every rule needs. */
export class TableContext {
  private readonly decs = new Map<Cell, Dec>();
  /** "rule row:col" of what the rules reported on this table so far. */
  private readonly reported = new Set<string>();

  constructor(
    readonly grid: SheetGrid,
    readonly table: DetectedTable,
    readonly settings: CheckSettings,
    readonly grant: Grant,
    private readonly sink: RawFinding[],
    /** The formulas of the workbook, each read once for the whole check. */
    readonly formulas: FormulaBook,
    private readonly extras: TableExtras = {},
  ) {}

  /** The vastgestelde begroting, when the check has one. */
  get vastgesteld(): VastgesteldReference | undefined {
    return this.extras.vastgesteld;
  }

  /**
   * The years of the table's amount columns, ascending, when it has a column per year (two years
   * or more: "2023 | 2024 | 2025", "Begroting 2024 | Realisatie 2024 | Begroting 2025 | …"); [] otherwise.
   */
  get years(): number[] {
    if (this.yearList === undefined) {
      const years = new Set<number>();
      for (const c of this.table.columns) if (c.year !== undefined && YEAR_ROLES.has(c.role)) years.add(c.year);
      this.yearList = years.size >= 2 ? [...years].sort((a, b) => a - b) : [];
    }
    return this.yearList;
  }
  private yearList?: number[];

  /**
   * The grant a column's total is held against: that year's (a cell labelled with the year, else a
   * labelled cell without a year, else the setting) for a column of one year; the check's grant for
   * a column without a year; null for a column of several years ("Totaal 2023-2026").
   */
  grantFor(column: DetectedColumn): Grant | null {
    if (column.yearSpan) return null;
    if (column.year === undefined || !this.extras.grantForYear) return this.grant;
    return this.extras.grantForYear(column.year);
  }

  emit(rule: RuleId, row: number, col: number, message: string): void {
    this.sink.push({ rule, sheetIndex: this.grid.index, sheet: this.grid.name, row, col, message });
    this.reported.add(`${rule} ${row}:${col}`);
  }

  /** True when a rule that ran before on this table reported this cell. */
  hasReported(rule: RuleId, row: number, col: number): boolean {
    return this.reported.has(`${rule} ${row}:${col}`);
  }

  columns(role: ColumnRole): DetectedColumn[] {
    return this.table.columns.filter((c) => c.role === role);
  }

  /** The first column of a role; with a year, the first of that year when there is one. */
  first(role: ColumnRole, year?: number): DetectedColumn | undefined {
    return (
      (year !== undefined ? this.table.columns.find((c) => c.role === role && c.year === year) : undefined) ??
      this.table.columns.find((c) => c.role === role)
    );
  }

  get labelCol(): number | undefined {
    return this.first("label")?.col;
  }

  read(row: number, col: number): Read {
    const cell = this.grid.get(row, col);
    if (!cell) return { kind: "blank" };
    const v = cell.value;
    switch (v.kind) {
      case "number":
        return { kind: "number", value: v.value, cell };
      case "error":
        return { kind: "error", error: v.value, cell };
      case "boolean":
        return { kind: "boolean", cell };
      case "blank":
        return { kind: "blank", cell };
      case "text": {
        const text = v.value.trim();
        if (text === "") return { kind: "blank", cell };
        const parsed = parseAmountText(text);
        if (parsed) return { kind: "text-number", text, dec: parsed.value, percent: parsed.percent, cell };
        return { kind: "text", text, cell };
      }
    }
  }

  /** The exact decimal of a number cell, made once per cell. */
  decOf(cell: Cell): Dec {
    let dec = this.decs.get(cell);
    if (!dec) {
      dec = decFromExcelNumber((cell.value as { value: number }).value);
      this.decs.set(cell, dec);
    }
    return dec;
  }

  /** The decimal of a number cell, or null for anything else. */
  number(row: number, col: number): Dec | null {
    const cell = this.grid.get(row, col);
    if (!cell || cell.value.kind !== "number") return null;
    return this.decOf(cell);
  }

  /**
   * The plain number of a cell, for fast loops: a number; undefined for a blank cell; null for
   * text, errors and booleans. Decide cents with ./exact, never with these doubles alone.
   */
  num(row: number, col: number): number | null | undefined {
    const cell = this.grid.get(row, col);
    if (!cell) return undefined;
    const v = cell.value;
    if (v.kind === "number") return v.value;
    if (v.kind === "blank" || (v.kind === "text" && v.value.trim() === "")) return undefined;
    return null;
  }

  /** Sum of the number cells of a column over rows; `ok` false when one of them is an error value. */
  sum(col: number, rows: readonly number[]): { sum: Dec; count: number; ok: boolean } {
    const acc = new ExactSum();
    let ok = true;
    let count = 0;
    for (const row of rows) {
      const cell = this.grid.get(row, col);
      if (!cell) continue;
      if (cell.value.kind === "number") {
        count++;
        acc.addNumber(cell.value.value);
      } else if (cell.value.kind === "error") ok = false;
    }
    return { sum: acc.value(), count, ok };
  }

  /** The total of a column: the Totaal cell when it holds a number, else the sum of the detail rows. */
  columnTotal(col: number): { total: Dec; row: number; col: number; fromCell: boolean } {
    const t = this.table;
    if (t.totalRow !== undefined) {
      const dec = this.number(t.totalRow, col);
      if (dec) return { total: dec, row: t.totalRow, col, fromCell: true };
    }
    return {
      total: this.sum(col, t.detailRows).sum,
      row: t.totalRow ?? Math.max(t.headerRow, 1),
      col,
      fromCell: false,
    };
  }

  /** `rij 13 ("Monitoring en evaluatie")` or `rij 13` (without `rij` for a list): a row by number and label. */
  lineName(row: number, word = true): string {
    const col = this.labelCol;
    const text = col !== undefined ? this.grid.text(row, col) : null;
    const name = text ? `${row} (${quote(text)})` : `${row}`;
    return word ? `rij ${name}` : name;
  }

  /**
   * `"Uitvoeringskosten onderdeel 5 (E-health, anonieme hulp en preventie)"` or `rij 12`: how a
   * message names a row: the label in full, cut only beyond ROW_NAME_MAX characters (the cell,
   * one click away, has the rest).
   */
  rowName(row: number): string {
    const col = this.labelCol;
    const text = col !== undefined ? this.grid.text(row, col) : null;
    return text ? quoteText(text, ROW_NAME_MAX) : `rij ${row}`;
  }

  /** `"Begroting 2024"`: how a message names a column (units left out). */
  colName(col: number): string {
    const column = this.table.columns.find((c) => c.col === col);
    return quote(shortHeader(column?.header ?? columnLetters(col)));
  }

  /** An amount as the column shows it: euros, or a plain number for a key column. */
  show(col: number, value: Dec): string {
    const role = this.table.columns.find((c) => c.col === col)?.role;
    return role === "key" ? formatNumber(value, 0, 4) : formatEuro(value);
  }
}

/**
 * A table of the workbook with the readers of a table rule, for a workbook rule that reads several
 * tables; what it emits goes to `found`, which the rule hands to the workbook's emit when it is done.
 */
export function tableContextOf(
  workbook: WorkbookContext,
  table: DetectedTable,
  found: RawFinding[],
): TableContext | null {
  const grid = workbook.grids.find((g) => g.name === table.sheet);
  return grid ? new TableContext(grid, table, workbook.settings, workbook.grant, found, workbook.formulas) : null;
}

export const ZERO = new Dec(0);

/** Row labels (onderdelen, gemeenten) in messages: in full up to this many characters. */
export const ROW_NAME_MAX = 200;

/** Headers and other cell texts in messages: quoted, at most 50 characters. */
export const quote = (text: string): string => quoteText(text, 50);

/** An onderdeel's label as a message names it: in full, as rowName, cut only beyond ROW_NAME_MAX. */
export const quoteLabel = (text: string): string => quoteText(text, ROW_NAME_MAX);

/** A header without its units: "Begroting 2024 (€)" → "Begroting 2024". */
export function shortHeader(header: string): string {
  return header
    .replace(/\(\s*(?:x\s*)?(?:€|eur|euro|euro's|euros)[^)]*\)/gi, "")
    .replace(/\bin\s+(?:€|euro's|euros|euro)\b/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when a − b is at least half a cent: a is above b, not merely by a rounding difference. */
export function above(a: Dec, b: Dec): boolean {
  return a.minus(b).gte(HALF_CENT);
}
