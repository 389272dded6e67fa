/**
 * What a total formula adds up, when it is a plain sum: =SUM(C5:C13), =SUM(C5:C9,C11),
 * =SUBTOTAL(9,C5:C13) or =SUBTOTAL(109,…), =C5+C6+…+C13, =C10+C15+SUM(C17:C18), each perhaps
 * inside =ROUND(…,2). Anything else (a minus, a product, IF) is no plain sum: the rules that
 * judge which lines a total counts leave it alone.
 *
 * SUBTOTAL as Excel defines it (Microsoft's "SUBTOTAL function" article): other SUBTOTAL formulas
 * in its ranges are not counted ("these nested subtotals are ignored to avoid double counting"),
 * and with function_num 101–111 rows that are hidden are left out as well; 9 counts hidden rows
 * unless a filter hid them (the model knows a hidden row, not why: a hidden row counts for 9).
 */
import type { SheetGrid } from "../detect/grid";
import type { Cell } from "../workbook";
import { FormulaBook, FormulaInfo, RefNode, Target } from "./book";
import { FormulaNode, visitNodes } from "./parse";

export interface SumTerm {
  ref: RefNode;
  target: Target;
  /** Inside SUBTOTAL: cells holding a SUBTOTAL formula are not counted. */
  skipsSubtotals: boolean;
  /** Inside SUBTOTAL 101–111: hidden rows are not counted. */
  skipsHidden: boolean;
}

export interface SumFormula {
  /** How the formula adds: SUM(…), SUBTOTAL(code, …), or references joined by "+". */
  fn: "SUM" | "SUBTOTAL" | "plus";
  /** SUBTOTAL's function_num (9 or 109). */
  code?: number;
  terms: SumTerm[];
}

class NotASum extends Error {}

/** The terms of a plain sum, or null when the formula is none (or a reference cannot be resolved). */
export function sumOf(book: FormulaBook, info: FormulaInfo, grid: SheetGrid): SumFormula | null {
  let tree = info.tree;
  if (!tree) return null;
  if (tree.kind === "call" && tree.name === "ROUND" && tree.args.length === 2) tree = tree.args[0];
  const terms: SumTerm[] = [];
  const add = (node: FormulaNode, skipsSubtotals: boolean, skipsHidden: boolean): void => {
    if (node.kind !== "ref") throw new NotASum();
    const ref = info.ref(node.token);
    const target = book.target(ref, grid);
    if (!target) throw new NotASum();
    terms.push({ ref, target, skipsSubtotals, skipsHidden });
  };
  /** A reference, or references joined by a union inside parentheses: SUM((C5,C7)). */
  const refs = (node: FormulaNode, skipsSubtotals: boolean, skipsHidden: boolean): void => {
    if (node.kind === "binary" && node.op === ",") {
      refs(node.left, skipsSubtotals, skipsHidden);
      refs(node.right, skipsSubtotals, skipsHidden);
    } else add(node, skipsSubtotals, skipsHidden);
  };
  const additive = (node: FormulaNode): void => {
    if (node.kind === "binary" && node.op === "+") {
      additive(node.left);
      additive(node.right);
    } else if (node.kind === "ref") add(node, false, false);
    else if (node.kind === "call" && node.name === "SUM" && node.args.length > 0) {
      for (const arg of node.args) {
        if (arg.kind === "ref" || (arg.kind === "binary" && arg.op === ",")) refs(arg, false, false);
        else additive(arg);
      }
    } else if (node.kind === "call" && node.name === "SUBTOTAL") {
      const code = subtotalCode(node);
      if (code === undefined || node.args.length < 2) throw new NotASum();
      for (const arg of node.args.slice(1)) refs(arg, true, code > 100);
    } else throw new NotASum();
  };
  try {
    additive(tree);
  } catch (error) {
    if (error instanceof NotASum) return null;
    throw error;
  }
  if (tree.kind === "call" && tree.name === "SUM") return { fn: "SUM", terms };
  if (tree.kind === "call" && tree.name === "SUBTOTAL") return { fn: "SUBTOTAL", code: subtotalCode(tree), terms };
  return { fn: "plus", terms };
}

/** 9 or 109 for SUBTOTAL(9, …) / SUBTOTAL(109, …); undefined for any other function number. */
function subtotalCode(node: Extract<FormulaNode, { kind: "call" }>): number | undefined {
  const first = node.args[0];
  if (first?.kind !== "number") return undefined;
  return first.value === 9 || first.value === 109 ? first.value : undefined;
}

const subtotalTrees = new WeakMap<FormulaNode, boolean>();

/** True when the cell's formula holds a SUBTOTAL (Excel's SUBTOTAL then does not count the cell). */
export function holdsSubtotal(book: FormulaBook, cell: Cell | undefined): boolean {
  const info = cell && book.info(cell);
  if (!info) return false;
  const tree = info.tree;
  if (!tree) return info.tokens.some((t) => t.type === "function" && /SUBTOTA(?:L|AL)$/i.test(t.value));
  let found = subtotalTrees.get(tree);
  if (found === undefined) {
    found = false;
    visitNodes(tree, (node) => {
      if (node.kind === "call" && node.name === "SUBTOTAL") found = true;
    });
    subtotalTrees.set(tree, found);
  }
  return found;
}
