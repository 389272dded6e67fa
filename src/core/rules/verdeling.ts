import { Dec } from "../decimal";
import { classifyHeader } from "../detect/vocabulary";
import { formatNumber } from "../format";
import { TableContext } from "./context";
import { usesPoints } from "./consistency";

/** 0,005 percentage point, as a fraction. */
const SHARE_TOLERANCE = new Dec("0.00005");
const ONE = new Dec(1);

/**
 * aandelen-niet-100: the shares of a verdeling (a percentage column that is not a ratio such as
 * "% gefactureerd", or a key in percentages) must add up to 100%.
 */
export function checkShares(ctx: TableContext): void {
  const { table, grid } = ctx;
  if (table.kind !== "verdeling") return;
  for (const column of table.columns) {
    const cls = classifyHeader(column.header);
    const firstCell = table.detailRows.map((row) => grid.get(row, column.col)).find((c) => c?.value.kind === "number");
    const percentKey = column.role === "key" && (cls?.percent === true || firstCell?.numFmt?.includes("%") === true);
    const share = column.role === "percentage" && !cls?.ratio;
    if (!percentKey && !share) continue;
    const { sum, count, ok } = ctx.sum(column.col, table.detailRows);
    if (!ok || count === 0) continue;
    const fraction = usesPoints(ctx, column.col) ? sum.dividedBy(100) : sum;
    if (fraction.minus(ONE).abs().lte(SHARE_TOLERANCE)) continue;
    const row = table.totalRow ?? Math.max(table.headerRow, 1);
    ctx.emit(
      "aandelen-niet-100",
      row,
      column.col,
      `De aandelen in kolom ${ctx.colName(column.col)} tellen op tot ${percentText(fraction)}, niet tot 100%`,
    );
  }
}

/** A sum of shares with enough decimals that it never reads as 100% when it is not. */
function percentText(fraction: Dec): string {
  for (let digits = 2; digits <= 8; digits++) {
    const text = formatNumber(fraction.times(100), digits, digits);
    if (text !== formatNumber(new Dec(100), digits, digits)) return `${text}%`;
  }
  return `${formatNumber(fraction.times(100), 2, 10)}%`;
}
