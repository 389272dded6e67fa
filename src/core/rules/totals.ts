import { Dec, decFromExcelNumber, sameAmount } from "../decimal";
import { DetectedColumn, VALUE_ROLES } from "../detect/types";
import { TableContext, ZERO } from "./context";
import { ExactSum } from "./exact";

/** Columns whose totals are sums: amounts and keys in numbers, not percentages. */
export function summedColumns(ctx: TableContext): DetectedColumn[] {
  return ctx.table.columns.filter((c) => {
    if (!VALUE_ROLES.has(c.role) || c.role === "percentage") return false;
    if (c.role === "key") {
      // A key in percentages adds up to 100%: aandelen-niet-100 checks that.
      const row = ctx.table.detailRows[0];
      const cell = row !== undefined ? ctx.grid.get(row, c.col) : undefined;
      if (/%/.test(c.header) || cell?.numFmt?.includes("%")) return false;
    }
    return true;
  });
}

/**
 * totaal-klopt-niet: a Totaal (or Subtotaal) cell against the sum of the detail amounts above it;
 * totaal-vaste-waarde: a Totaal cell typed as a number instead of a formula.
 */
export function checkTotals(ctx: TableContext): void {
  const { table } = ctx;
  const subtotals = table.subtotalRows ?? [];
  if (table.totalRow === undefined && subtotals.length === 0) return;
  for (const column of summedColumns(ctx)) {
    const col = column.col;
    // The sum of the detail values; an error value makes it meaningless.
    const acc = new ExactSum();
    let errors = false;
    for (const row of table.detailRows) {
      const cell = ctx.grid.get(row, col);
      if (!cell) continue;
      if (cell.value.kind === "number") acc.addNumber(cell.value.value);
      else if (cell.value.kind === "error") errors = true;
    }
    // Detail values by row, only where subtotals or a message need them.
    let byRow: Map<number, number> | undefined;
    const values = (): Map<number, number> => {
      if (!byRow) {
        byRow = new Map();
        for (const row of table.detailRows) {
          const cell = ctx.grid.get(row, col);
          if (cell?.value.kind === "number") byRow.set(row, cell.value.value);
        }
      }
      return byRow;
    };
    // Subtotals: the sum of a run of detail rows ending just above, or of all rows since the previous one.
    let prev = table.headerRow;
    const subtotalValues: Dec[] = [];
    for (const sub of subtotals) {
      const run = table.detailRows.filter((row) => row > prev && row < sub);
      const r = ctx.read(sub, col);
      if (r.kind === "number") {
        const value = ctx.decOf(r.cell);
        subtotalValues.push(value);
        if (!errors) checkSubtotal(ctx, sub, col, value, run, values());
        if (r.cell.formula === undefined) fixedValue(ctx, sub, col, value, "Subtotaal");
      }
      prev = sub;
    }
    if (table.totalRow === undefined) continue;
    const r = ctx.read(table.totalRow, col);
    if (r.kind !== "number") continue;
    const total = ctx.decOf(r.cell);
    if (r.cell.formula === undefined) fixedValue(ctx, table.totalRow, col, total, "Totaal");
    if (errors) continue;
    const sum = acc.value();
    if (sameAmount(total, sum)) continue;
    if (subtotalValues.length > 0) {
      // Or the subtotals plus the rows after the last of them.
      const lastSub = subtotals[subtotals.length - 1];
      let viaSubtotals = subtotalValues.reduce((a, b) => a.plus(b), ZERO);
      for (const [row, v] of values()) if (row > lastSub) viaSubtotals = viaSubtotals.plus(decFromExcelNumber(v));
      if (sameAmount(total, viaSubtotals)) continue;
    }
    // Which lines its formula leaves out is som-mist-regel's finding on the same cell.
    ctx.emit(
      "totaal-klopt-niet",
      table.totalRow,
      col,
      `Totaal ${ctx.show(col, total)} wijkt ${ctx.show(col, total.minus(sum).abs())} af van de som van de regels (${ctx.show(col, sum)})`,
    );
  }
}

function checkSubtotal(
  ctx: TableContext,
  row: number,
  col: number,
  value: Dec,
  run: number[],
  numbers: Map<number, number>,
): void {
  const values = new Map<number, Dec>();
  for (const [r, v] of numbers) values.set(r, decFromExcelNumber(v));
  let runTotal = ZERO;
  for (const r of run) runTotal = runTotal.plus(values.get(r) ?? ZERO);
  // Any run of rows ending just above the subtotal may be what it adds up.
  let prefix = ZERO;
  for (const r of run) {
    if (sameAmount(runTotal.minus(prefix), value)) return;
    prefix = prefix.plus(values.get(r) ?? ZERO);
  }
  // Or a running total of everything above it.
  let all = ZERO;
  for (const [r, v] of values) if (r < row) all = all.plus(v);
  if (sameAmount(all, value)) return;
  ctx.emit(
    "totaal-klopt-niet",
    row,
    col,
    `Subtotaal ${ctx.show(col, value)} wijkt ${ctx.show(col, value.minus(runTotal).abs())} af van de som van de regels erboven (${ctx.show(col, runTotal)})`,
  );
}

function fixedValue(ctx: TableContext, row: number, col: number, value: Dec, what: string): void {
  ctx.emit(
    "totaal-vaste-waarde",
    row,
    col,
    `${what} ${ctx.show(col, value)} is een getypt getal, geen formule: het volgt wijzigingen in de regels niet`,
  );
}
