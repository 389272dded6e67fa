import { a1, sheetRef } from "../a1";
import { isBlankCell, SheetGrid } from "../detect/grid";
import { AMOUNT_ROLES, DetectedTable, VALUE_ROLES } from "../detect/types";
import { FormulaNode, visitNodes } from "../formula/parse";
import { shownFormula } from "../formula/render";
import { shortList } from "../text";
import { WorkbookContext } from "./context";

/** A formula that deals with an empty cell itself: ISBLANK(…), …="" or …<>"". */
function testsForBlank(tree: FormulaNode): boolean {
  let found = false;
  visitNodes(tree, (node) => {
    if (node.kind === "call" && (node.name === "ISBLANK" || node.name === "ISLEEG")) found = true;
    if (
      node.kind === "binary" &&
      (node.op === "=" || node.op === "<>") &&
      [node.left, node.right].some((side) => side.kind === "text" && side.value === "")
    )
      found = true;
  });
  return found;
}

/** The rows and value columns of a table's lines, made when first asked. */
class Lines {
  private rows?: Set<number>;
  private readonly cols: Set<number>;
  constructor(private readonly table: DetectedTable) {
    this.cols = new Set(table.columns.filter((c) => VALUE_ROLES.has(c.role)).map((c) => c.col));
  }
  has(row: number, col: number): boolean {
    if (!this.cols.has(col)) return false;
    this.rows ??= new Set([...this.table.detailRows, ...(this.table.subtotalRows ?? [])]);
    return this.rows.has(row);
  }
}

/**
 * verwijzing-naar-lege-cel: a formula in an amount cell of a table refers to a single cell that is
 * empty, on its own sheet or another sheet of the workbook — a reference shifted by an inserted
 * row, a rate cell never filled in. An empty amount on a line of a table is not reported here
 * (lege-bedragcel judges those: a realisatie not yet known is no wrong reference), nor a formula
 * that tests for an empty cell itself (ISLEEG, ="" ), nor cells inside ranges (a SOM over blanks is
 * as meant).
 */
export function checkEmptyReferences(ctx: WorkbookContext): void {
  const lines = new Map<SheetGrid, Lines[]>();
  const linesOf = (grid: SheetGrid): Lines[] => {
    let list = lines.get(grid);
    if (!list) lines.set(grid, (list = (ctx.tablesBySheet.get(grid.name) ?? []).map((t) => new Lines(t))));
    return list;
  };
  for (const grid of ctx.grids) {
    for (const table of ctx.tablesBySheet.get(grid.name) ?? []) {
      const cols = table.columns.filter((c) => AMOUNT_ROLES.has(c.role));
      const rows = [
        ...table.detailRows,
        ...(table.subtotalRows ?? []),
        ...(table.totalRow !== undefined ? [table.totalRow] : []),
      ];
      for (const row of rows) {
        for (const column of cols) {
          const cell = grid.get(row, column.col);
          if (!cell || cell.formula === undefined) continue;
          const info = ctx.formulas.info(cell)!;
          const empty: string[] = [];
          info.eachArea(ctx.formulas, grid, (target, r, c, _bottom, _right, single) => {
            if (!single || !isBlankCell(target.get(r, c)) || linesOf(target).some((l) => l.has(r, c))) return;
            const address = target === grid ? a1(r, c) : sheetRef(target.name, a1(r, c));
            if (!empty.includes(address)) empty.push(address);
          });
          if (empty.length === 0 || (info.tree && testsForBlank(info.tree))) continue;
          ctx.emit({
            rule: "verwijzing-naar-lege-cel",
            sheetIndex: grid.index,
            sheet: grid.name,
            row,
            col: column.col,
            message: `De formule ${shownFormula(info.tokens)} verwijst naar ${empty.length === 1 ? "de lege cel" : "de lege cellen"} ${shortList(empty)}; vul ${empty.length === 1 ? "die" : "ze"} in of pas de verwijzing aan`,
          });
        }
      }
    }
  }
}
