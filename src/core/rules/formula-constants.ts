import { AMOUNT_ROLES } from "../detect/types";
import { FormulaNode } from "../formula/parse";
import { shownFormula } from "../formula/render";
import { shortList } from "../text";
import { TableContext } from "./context";

/** Factors and units, not amounts: 0, 1 (and −1), 100 (percentages) and 1000 (thousands). */
const UNITS = new Set([0, 1, 100, 1000]);

/** Functions whose result is (one of) these arguments' amounts; other functions' arguments are no amounts. */
const AMOUNT_ARGS: Record<string, (index: number) => boolean> = {
  SUM: () => true,
  MIN: () => true,
  MAX: () => true,
  SUBTOTAL: (i) => i > 0,
  ROUND: (i) => i === 0,
  ROUNDUP: (i) => i === 0,
  ROUNDDOWN: (i) => i === 0,
  ABS: (i) => i === 0,
  IF: (i) => i > 0,
  IFERROR: () => true,
  IFNA: () => true,
};

/** A sub-expression of typed numbers only (5000, 1500*12, -250). */
function literalOnly(node: FormulaNode): boolean {
  switch (node.kind) {
    case "number":
      return true;
    case "unary":
    case "percent":
      return literalOnly(node.arg);
    case "binary":
      return "+-*/^".includes(node.op) && literalOnly(node.left) && literalOnly(node.right);
    default:
      return false;
  }
}

/** A literal sub-expression as the user types it in Dutch Excel ("1500*12", "17,5"). */
function literalText(node: FormulaNode): string {
  switch (node.kind) {
    case "number":
      return node.text.replace(".", ",");
    case "unary":
      return `${node.op}${literalText(node.arg)}`;
    case "percent":
      return `${literalText(node.arg)}%`;
    case "binary":
      return `${literalText(node.left)}${node.op}${literalText(node.right)}`;
    default:
      return "";
  }
}

/** True when every number in a literal expression is a unit (100*1000). */
function onlyUnits(node: FormulaNode): boolean {
  switch (node.kind) {
    case "number":
      return UNITS.has(Math.abs(node.value));
    case "unary":
    case "percent":
      return onlyUnits(node.arg);
    case "binary":
      return onlyUnits(node.left) && onlyUnits(node.right);
    default:
      return true;
  }
}

/** typedAmounts by tree: formulas of one shape share their tree (./formula/book), and so this answer. */
const amountsOfTree = new WeakMap<FormulaNode, string[]>();

/** The typed amounts of a formula: numbers that are added, subtracted or summed, not factors or arguments. */
export function typedAmounts(tree: FormulaNode): string[] {
  let known = amountsOfTree.get(tree);
  if (!known) {
    known = findTypedAmounts(tree);
    amountsOfTree.set(tree, known);
  }
  return known;
}

function findTypedAmounts(tree: FormulaNode): string[] {
  const found: string[] = [];
  const amount = (node: FormulaNode): void => {
    switch (node.kind) {
      case "number":
        if (!UNITS.has(Math.abs(node.value))) found.push(literalText(node));
        return;
      case "unary":
        if (node.arg.kind === "number") {
          if (!UNITS.has(Math.abs(node.arg.value))) found.push(literalText(node));
        } else amount(node.arg);
        return;
      case "binary":
        if (node.op === "+" || node.op === "-") {
          amount(node.left);
          amount(node.right);
        } else if (node.op === "*" || node.op === "/") {
          // a product of typed numbers is a typed amount; a number times a reference is a factor
          if (literalOnly(node)) {
            if (!onlyUnits(node)) found.push(literalText(node));
          } else
            for (const side of [node.left, node.right]) if (side.kind !== "number" && !literalOnly(side)) amount(side);
        }
        return;
      case "call": {
        const which = AMOUNT_ARGS[node.name];
        if (which) node.args.forEach((arg, i) => which(i) && amount(arg));
        return;
      }
      default:
        return; // %, references, text, comparisons (thresholds), other functions' arguments
    }
  };
  amount(tree);
  return found;
}

/**
 * vaste-waarde-in-formule: a formula in an amount cell that adds or subtracts a typed amount
 * beside its references (=B5+5000, =SOM(B5:B12)-250, =MAX(0;B5-1200)). Factors and units pass: a
 * number the formula multiplies or divides by (×0,2, /12, ×1,21), 0, 1, −1, 100 and 1000, a
 * percentage (20%), and every argument of a function that is not an amount (AFRONDEN's decimals,
 * VERT.ZOEKEN's column). A formula without any reference (=1500*12) is a typed amount written as
 * a sum, not a hidden one, and passes too.
 */
export function checkTypedAmounts(ctx: TableContext): void {
  const { table } = ctx;
  const rows = [
    ...table.detailRows,
    ...(table.subtotalRows ?? []),
    ...(table.totalRow !== undefined ? [table.totalRow] : []),
  ];
  for (const column of table.columns) {
    if (!AMOUNT_ROLES.has(column.role)) continue;
    for (const row of rows) {
      const cell = ctx.grid.get(row, column.col);
      if (!cell || cell.formula === undefined) continue;
      const info = ctx.formulas.info(cell)!;
      if (info.refCount === 0 || !info.tree) continue;
      const amounts = typedAmounts(info.tree);
      if (amounts.length === 0) continue;
      ctx.emit(
        "vaste-waarde-in-formule",
        row,
        column.col,
        `De formule ${shownFormula(info.tokens)} bevat ${amounts.length === 1 ? "het getypte bedrag" : "de getypte bedragen"} ${shortList(amounts)}: dat staat op geen regel en verandert niet mee; zet het in een eigen cel of regel en verwijs daarnaar`,
      );
    }
  }
}
