import { a1, boxContains, parseRange, sheetRef } from "../a1";
import { findCycles } from "../formula/cycles";
import { shownFormula } from "../formula/render";
import { shortList } from "../text";
import { WorkbookContext } from "./context";

/**
 * kringverwijzing: a formula that depends on its own result, directly (a Totaal in its own range)
 * or through other cells of the workbook, on any sheet. Reported on each formula cell of the cycle
 * that lies in a detected table, naming the other cells of the cycle.
 */
export function checkCycles(ctx: WorkbookContext): void {
  const boxes = new Map(
    [...ctx.tablesBySheet].map(([sheet, tables]) => [sheet, tables.map((t) => parseRange(t.range))] as const),
  );
  for (const cycle of findCycles(ctx.formulas)) {
    for (const { grid, cell } of cycle) {
      if (!boxes.get(grid.name)?.some((box) => boxContains(box, cell.row, cell.col))) continue;
      const shown = shownFormula(ctx.formulas.info(cell)!.tokens);
      const others = cycle
        .filter((c) => c.cell !== cell)
        .sort((a, b) => a.grid.index - b.grid.index || a.cell.row - b.cell.row || a.cell.col - b.cell.col)
        .map((c) => (c.grid === grid ? a1(c.cell.row, c.cell.col) : sheetRef(c.grid.name, a1(c.cell.row, c.cell.col))));
      const via =
        others.length === 0
          ? `telt haar eigen cel ${a1(cell.row, cell.col)} mee`
          : `hangt via ${shortList(others, 3, (n) => `nog ${n} cellen`)} van haar eigen uitkomst af`;
      ctx.emit({
        rule: "kringverwijzing",
        sheetIndex: grid.index,
        sheet: grid.name,
        row: cell.row,
        col: cell.col,
        message: `De formule ${shown} ${via} (kringverwijzing): Excel kan haar niet uitrekenen en toont 0 of een oude uitkomst`,
      });
    }
  }
}
