import { columnLetters } from "../a1";
import { sumOf } from "../formula/sums";
import { capitalize } from "../text";
import { TableContext } from "./context";
import { summedColumns } from "./totals";

/**
 * verborgen-regel: a hidden row (or column) inside a table with an amount that counts in its
 * total: who reads or prints the table does not see it, the total does. On the hidden line's first
 * amount cell. A column whose Totaal is SUBTOTAL(109, …) does not count hidden rows (Excel leaves
 * them out), so a hidden row counts only through the other columns. What the door that read the
 * workbook knows is used: the model's hiddenRows and hiddenCols.
 */
export function checkHiddenLines(ctx: TableContext): void {
  const { table, grid } = ctx;
  const sheet = grid.sheet;
  if (!sheet.hiddenRows?.length && !sheet.hiddenCols?.length) return;
  const columns = summedColumns(ctx);
  /** True when the column's total leaves hidden rows out (SUBTOTAL 109). */
  const skipsHidden = (col: number): boolean => {
    if (table.totalRow === undefined) return false;
    const cell = grid.get(table.totalRow, col);
    const info = cell && ctx.formulas.info(cell);
    const sum = info && sumOf(ctx.formulas, info, grid);
    return !!sum && sum.terms.every((t) => t.skipsHidden);
  };
  const counting = columns.filter((c) => !grid.isHiddenCol(c.col) && !skipsHidden(c.col));
  const lines = [...table.detailRows, ...(table.subtotalRows ?? [])].sort((a, b) => a - b);

  for (const row of lines) {
    if (!grid.isHiddenRow(row)) continue;
    const column = counting.find((c) => ctx.read(row, c.col).kind === "number");
    if (!column) continue;
    const amount = ctx.number(row, column.col)!;
    ctx.emit(
      "verborgen-regel",
      row,
      column.col,
      `${capitalize(ctx.lineName(row))} is verborgen, maar het bedrag ${ctx.show(column.col, amount)} in kolom ${ctx.colName(column.col)} telt mee in het totaal; wie de tabel leest of afdrukt, ziet het niet`,
    );
  }

  for (const column of columns) {
    if (!grid.isHiddenCol(column.col)) continue;
    const row = table.detailRows.find((r) => ctx.read(r, column.col).kind === "number");
    if (row === undefined) continue;
    ctx.emit(
      "verborgen-regel",
      row,
      column.col,
      `Kolom ${columnLetters(column.col)} (${ctx.colName(column.col)}) is verborgen, maar de bedragen erin tellen mee in het totaal van de tabel; wie de tabel leest of afdrukt, ziet ze niet`,
    );
  }
}
