import { Dec, decFromExcelNumber } from "../decimal";
import { ColumnRole, DetectedColumn } from "../detect/types";
import { formatEuro, formatPercent } from "../format";
import { TableContext } from "./context";
import { sameAsDifference, withinFraction } from "./exact";

/** 0,05 percentage point as a fraction. */
const PERCENT_TOLERANCE = 0.0005;
const PERCENT_TOLERANCE_DEC = new Dec("0.0005");

type Pair = [ColumnRole, ColumnRole];

/** What a difference column may be, the most likely first for each kind of table. */
export const DIFFERENCE_PAIRS: Record<string, Pair[]> = {
  realisatie: [
    ["planned", "actual"],
    ["changed", "actual"],
    ["planned", "invoiced"],
  ],
  verdeling: [
    ["planned", "invoiced"],
    ["planned", "actual"],
    ["planned", "transferred"],
  ],
  verantwoording: [
    ["transferred", "accounted"],
    ["planned", "accounted"],
    ["planned", "transferred"],
  ],
  herverdeling: [
    ["changed", "planned"],
    ["changed", "actual"],
    ["planned", "actual"],
  ],
  begroting: [
    ["planned", "actual"],
    ["planned", "invoiced"],
  ],
};

/** A cell's number with a blank as 0; null for text, errors and booleans. */
function orZero(ctx: TableContext, row: number, col: number): number | null {
  const v = ctx.num(row, col);
  return v === undefined ? 0 : v;
}

function suffix(ctx: TableContext, row: number): string {
  return row === ctx.table.totalRow ? "" : ` bij ${ctx.rowName(row)}`;
}

/**
 * verschil-klopt-niet: a Verschil/Saldo/Restant/Mutatie cell against planned − actual (or
 * toegekend − gefactureerd, gewijzigd − vastgesteld) of its row; either sign is accepted, as
 * workbooks write the difference both ways. The Totaal row is checked only when the rows above
 * have no differences of their own (else totaal-klopt-niet covers it).
 */
export function checkDifferences(ctx: TableContext): void {
  // In a table with a column per year, "Verschil 2025" is of the 2025 columns.
  const pairsOf = (year: number | undefined) =>
    (DIFFERENCE_PAIRS[ctx.table.kind] ?? []).flatMap(([a, b]) => {
      const ca = ctx.first(a, year);
      const cb = ctx.first(b, year);
      return ca && cb ? [[ca, cb] as [DetectedColumn, DetectedColumn]] : [];
    });
  const rows = [...ctx.table.detailRows, ...(ctx.table.subtotalRows ?? [])];
  for (const column of ctx.columns("difference")) {
    const pairs = pairsOf(column.year);
    if (pairs.length === 0) continue;
    const check = (row: number): void => {
      const value = ctx.num(row, column.col);
      if (typeof value !== "number") return;
      let primary: { a: DetectedColumn; b: DetectedColumn; va: number; vb: number } | undefined;
      for (const [a, b] of pairs) {
        const va = orZero(ctx, row, a.col);
        const vb = orZero(ctx, row, b.col);
        if (va === null || vb === null) continue;
        if (ctx.num(row, a.col) === undefined && ctx.num(row, b.col) === undefined) continue;
        if (sameAsDifference(value, va, vb) || sameAsDifference(value, vb, va)) return;
        primary ??= { a, b, va, vb };
      }
      if (!primary) return;
      const expected = decFromExcelNumber(primary.va).minus(decFromExcelNumber(primary.vb));
      ctx.emit(
        "verschil-klopt-niet",
        row,
        column.col,
        `${ctx.colName(column.col)} ${formatEuro(decFromExcelNumber(value))} klopt niet: ${ctx.colName(primary.a.col)} − ${ctx.colName(primary.b.col)} is ${formatEuro(expected)}${suffix(ctx, row)}`,
      );
      wrong = true;
    };
    let wrong = false;
    for (const row of rows) check(row);
    if (!wrong && ctx.table.totalRow !== undefined && ctx.sum(column.col, ctx.table.detailRows).count === 0)
      check(ctx.table.totalRow);
  }
}

type Expectation =
  { kind: "ratio"; num: ColumnRole; den: ColumnRole; minus?: ColumnRole } | { kind: "share"; of: ColumnRole };

const EXPECTATIONS: Expectation[] = [
  { kind: "ratio", num: "actual", den: "planned" },
  { kind: "ratio", num: "invoiced", den: "planned" },
  { kind: "ratio", num: "changed", den: "planned" },
  { kind: "ratio", num: "changed", minus: "planned", den: "planned" },
  { kind: "ratio", num: "actual", minus: "planned", den: "planned" },
  { kind: "ratio", num: "difference", den: "planned" },
  { kind: "ratio", num: "actual", den: "changed" },
  { kind: "share", of: "key" },
  { kind: "share", of: "planned" },
  { kind: "share", of: "changed" },
  { kind: "share", of: "actual" },
  { kind: "share", of: "invoiced" },
  { kind: "ratio", num: "mutation", den: "planned" },
  { kind: "ratio", num: "accounted", den: "transferred" },
];

/** The expectations to try first, by kind of table (indices into EXPECTATIONS). */
const PRIMARY: Record<string, number[]> = {
  realisatie: [0, 1],
  verdeling: [7, 8, 1],
  herverdeling: [3, 12, 2],
  begroting: [8, 7],
  verantwoording: [13],
};

interface Resolved {
  e: Expectation;
  num: DetectedColumn;
  den?: DetectedColumn;
  minus?: DetectedColumn;
  /** For a share: the column total, as a decimal and as a double. */
  total?: Dec;
  totalNumber?: number;
}

/**
 * percentage-klopt-niet: a percentage that is none of the ratios its row allows (realisatie /
 * begroting, gefactureerd / toegekend, mutatie / vastgesteld) nor a share of the column total
 * (inwoners / totaal inwoners, bedrag / totaal), to 0,05 percentage point.
 */
export function checkPercentages(ctx: TableContext): void {
  const columns = ctx.columns("percentage");
  if (columns.length === 0) return;
  const order = [...new Set([...(PRIMARY[ctx.table.kind] ?? []), ...EXPECTATIONS.map((_, i) => i)])];
  // In a table with a column per year, "% besteed 2025" is of the 2025 columns.
  const resolvedFor = new Map<number | undefined, Resolved[]>();
  const resolve = (year: number | undefined): Resolved[] => {
    const cached = resolvedFor.get(year);
    if (cached) return cached;
    const resolved: Resolved[] = [];
    for (const i of order) {
      const e = EXPECTATIONS[i];
      if (e.kind === "ratio") {
        const num = ctx.first(e.num, year);
        const den = ctx.first(e.den, year);
        const minus = e.minus ? ctx.first(e.minus, year) : undefined;
        if (num && den && (!e.minus || minus)) resolved.push({ e, num, den, minus });
      } else {
        const num = ctx.first(e.of, year);
        if (!num) continue;
        const { sum, ok } = ctx.sum(num.col, ctx.table.detailRows);
        if (ok && !sum.isZero()) resolved.push({ e, num, total: sum, totalNumber: sum.toNumber() });
      }
    }
    resolvedFor.set(year, resolved);
    return resolved;
  };

  const text = (r: Resolved): string =>
    r.e.kind === "share"
      ? `${ctx.colName(r.num.col)} / het totaal ervan`
      : r.minus
        ? `(${ctx.colName(r.num.col)} − ${ctx.colName(r.minus.col)}) / ${ctx.colName(r.den!.col)}`
        : `${ctx.colName(r.num.col)} / ${ctx.colName(r.den!.col)}`;
  const exactExpected = (r: Resolved, n: number, m: number, d: number | undefined): Dec =>
    r.e.kind === "share"
      ? decFromExcelNumber(n).dividedBy(r.total!)
      : decFromExcelNumber(n).minus(decFromExcelNumber(m)).dividedBy(decFromExcelNumber(d!));

  const rows = [...ctx.table.detailRows, ...(ctx.table.subtotalRows ?? [])];
  for (const column of columns) {
    const resolved = resolve(column.year);
    if (resolved.length === 0) continue;
    const points = usesPoints(ctx, column.col);
    let wrong = false;
    const check = (row: number): void => {
      const cell = ctx.grid.get(row, column.col);
      if (!cell || cell.value.kind !== "number") return;
      const scaled = points && !cell.numFmt?.includes("%");
      const fraction = scaled ? cell.value.value / 100 : cell.value.value;
      const exactFraction = () =>
        scaled
          ? decFromExcelNumber(cell.value.kind === "number" ? cell.value.value : 0).dividedBy(100)
          : ctx.decOf(cell);
      // the first expectation that applies names the finding; its exact value is computed only
      // when the finding is made (most rows match a later expectation: no division for them)
      let primary: { r: Resolved; n: number; m: number; d: number | undefined } | undefined;
      for (const r of resolved) {
        const n = orZero(ctx, row, r.num.col);
        if (n === null) continue;
        let m = 0;
        let d: number | undefined;
        if (r.e.kind === "ratio") {
          const dv = ctx.num(row, r.den!.col);
          if (typeof dv !== "number" || dv === 0) continue;
          d = dv;
          if (r.minus) {
            const mv = orZero(ctx, row, r.minus.col);
            if (mv === null) continue;
            m = mv;
          }
        }
        const ok = withinFraction(fraction, n - m, r.e.kind === "share" ? r.totalNumber! : d!, PERCENT_TOLERANCE, () =>
          exactFraction()
            .minus(exactExpected(r, n, m, d))
            .abs()
            .lte(PERCENT_TOLERANCE_DEC),
        );
        if (ok) return;
        primary ??= { r, n, m, d };
      }
      if (!primary) return;
      const expected = exactExpected(primary.r, primary.n, primary.m, primary.d);
      wrong = true;
      ctx.emit(
        "percentage-klopt-niet",
        row,
        column.col,
        `${ctx.colName(column.col)} ${formatPercent(exactFraction(), 2)} klopt niet: ${text(primary.r)} is ${formatPercent(expected, 2)}${suffix(ctx, row)}`,
      );
    };
    for (const row of rows) check(row);
    if (!wrong && ctx.table.totalRow !== undefined) check(ctx.table.totalRow);
  }
}

/** A percentage column typed as points (12,5 for 12,5%) rather than fractions with a % format. */
export function usesPoints(ctx: TableContext, col: number): boolean {
  let max = 0;
  for (const row of ctx.table.detailRows) {
    const cell = ctx.grid.get(row, col);
    if (!cell || cell.value.kind !== "number" || cell.numFmt?.includes("%")) continue;
    max = Math.max(max, Math.abs(cell.value.value));
  }
  return max > 1.5;
}
