import { formatEuro } from "../format";
import { decFromExcelNumber } from "../decimal";
import { above, TableContext } from "./context";
import { compareAmounts } from "./exact";

/**
 * realisatie-boven-begroting: actual above planned on a row (the Totaal row included);
 * onderbesteding: total actual below total planned, the amount to repay to VWS;
 * facturen-boven-budget: a gemeente invoiced more than it was granted.
 */
export function checkRealisatie(ctx: TableContext): void {
  const { table } = ctx;
  const planned = ctx.first("planned");
  const actual = ctx.first("actual");
  if (planned && actual) {
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
        `${row === table.totalRow ? "Totaal realisatie" : "Realisatie"} ${formatEuro(a)} is ${formatEuro(a.minus(p))} hoger dan begroot (${formatEuro(p)})${row === table.totalRow ? "" : ` bij ${ctx.rowName(row)}`}`,
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
          `Onderbesteding ${formatEuro(p.total.minus(a.total))}: gerealiseerd ${formatEuro(a.total)} van begroot ${formatEuro(p.total)}; dit deel van de SPUK IZA is terug te betalen aan VWS`,
        );
      }
    }
  }
  const invoiced = ctx.first("invoiced");
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
