import { formatEuro } from "../format";
import { decFromExcelNumber } from "../decimal";
import { DetectedColumn } from "../detect/types";
import { above, TableContext } from "./context";
import { compareAmounts } from "./exact";

/**
 * realisatie-boven-begroting: actual above planned on a row (the Totaal row included);
 * onderbesteding: total actual below total planned, the amount to repay to VWS (per year in a
 * table with a column per year: one year's onderbesteding is never offset against another's);
 * facturen-boven-budget: a gemeente invoiced more than it was granted.
 */
export function checkRealisatie(ctx: TableContext): void {
  // A column per year: each year's realisatie against that year's begroting, never one year against another.
  const years = ctx.years;
  const pairs = (years.length > 0 ? years : [undefined]).map((year) => ({
    year,
    planned: year === undefined ? ctx.first("planned") : ctx.columns("planned").find((c) => c.year === year),
    actual: year === undefined ? ctx.first("actual") : ctx.columns("actual").find((c) => c.year === year),
  }));
  for (const { year, planned, actual } of pairs) {
    if (planned && actual) checkYear(ctx, planned, actual, year);
  }
  checkInvoices(ctx, ctx.first("planned"), ctx.first("invoiced"));
}

/** realisatie-boven-begroting and onderbesteding for one pair of columns (of one year, when `year`). */
function checkYear(ctx: TableContext, planned: DetectedColumn, actual: DetectedColumn, year?: number): void {
  const { table } = ctx;
  const inYear = year === undefined ? "" : ` ${year}`;
  const rows = [...table.detailRows, ...(table.totalRow !== undefined ? [table.totalRow] : [])];
  for (const row of rows) {
    const pn = ctx.num(row, planned.col);
    const an = ctx.num(row, actual.col);
    if (typeof pn !== "number" || typeof an !== "number" || compareAmounts(an, pn) <= 0) continue;
    const p = decFromExcelNumber(pn);
    const a = decFromExcelNumber(an);
    ctx.emit(
      "realisatie-boven-begroting",
      row,
      actual.col,
      `${row === table.totalRow ? "Totaal realisatie" : "Realisatie"}${inYear} ${formatEuro(a)} is ${formatEuro(a.minus(p))} hoger dan begroot (${formatEuro(p)})${row === table.totalRow ? "" : ` bij ${ctx.rowName(row)}`}`,
    );
  }
  if (table.kind === "realisatie") {
    const p = ctx.columnTotal(planned.col);
    const a = ctx.columnTotal(actual.col);
    if (above(p.total, a.total)) {
      ctx.emit(
        "onderbesteding",
        a.row,
        actual.col,
        year === undefined
          ? `Onderbesteding ${formatEuro(p.total.minus(a.total))}: gerealiseerd ${formatEuro(a.total)} van begroot ${formatEuro(p.total)}; dit deel van de SPUK IZA is terug te betalen aan VWS`
          : `Onderbesteding${inYear} ${formatEuro(p.total.minus(a.total))}: gerealiseerd ${formatEuro(a.total)} van begroot ${formatEuro(p.total)} in${inYear}; dit deel van de SPUK IZA${inYear} is terug te betalen aan VWS en gaat niet over naar een ander jaar`,
      );
    }
  }
}

function checkInvoices(
  ctx: TableContext,
  planned: DetectedColumn | undefined,
  invoiced: DetectedColumn | undefined,
): void {
  const { table } = ctx;
  if (planned && invoiced) {
    for (const row of table.detailRows) {
      const pn = ctx.num(row, planned.col);
      const fn = ctx.num(row, invoiced.col);
      if (typeof pn !== "number" || typeof fn !== "number" || compareAmounts(fn, pn) <= 0) continue;
      const p = decFromExcelNumber(pn);
      const f = decFromExcelNumber(fn);
      ctx.emit(
        "facturen-boven-budget",
        row,
        invoiced.col,
        `Gefactureerd ${formatEuro(f)} is ${formatEuro(f.minus(p))} meer dan toegekend (${formatEuro(p)}) bij ${ctx.rowName(row)}`,
      );
    }
  }
}
