/**
 * Formula tokens (./tokens) made into a tree, with Excel's operator precedence: reference
 * operators (":" between references, " " intersection, "," union inside parentheses), negation,
 * "%", "^", "*" "/", "+" "-", "&", comparisons. Function names are kept upper case without the
 * "_xlfn."/"_xlws." prefixes a file may carry, and the Dutch names a file written oddly may hold
 * (SOM, SUBTOTAAL) are read as the invariant ones. A formula the tokens do not make into one tree
 * gives null: the rules then leave it alone.
 */
import { Token } from "./tokens";

export type FormulaNode =
  /** A reference operand: the token it is (the formula's ./book entry resolves it). */
  | { kind: "ref"; token: number }
  | { kind: "number"; value: number; text: string }
  | { kind: "text"; value: string }
  | { kind: "logical"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "missing" }
  | { kind: "call"; name: string; args: FormulaNode[] }
  | { kind: "unary"; op: "-" | "+"; arg: FormulaNode }
  | { kind: "percent"; arg: FormulaNode }
  | { kind: "binary"; op: string; left: FormulaNode; right: FormulaNode }
  | { kind: "array"; rows: FormulaNode[][] };

/** Invariant names of the Dutch ones a formula in the model may hold (from a file written oddly). */
const FROM_DUTCH: Record<string, string> = { SOM: "SUM", SUBTOTAAL: "SUBTOTAL" };

/** The invariant name of a function token ("_xlfn.XLOOKUP" → "XLOOKUP", "som" → "SUM"). */
export function functionName(value: string): string {
  const name = value.replace(/^(?:_xlfn\.|_xlws\.)+/i, "").toUpperCase();
  return FROM_DUTCH[name] ?? name;
}

const INFIX: Record<string, number> = {
  ":": 100,
  " ": 95,
  ",": 90,
  "^": 60,
  "*": 50,
  "/": 50,
  "+": 40,
  "-": 40,
  "&": 30,
  "=": 20,
  "<>": 20,
  "<": 20,
  ">": 20,
  "<=": 20,
  ">=": 20,
};
const PREFIX = 80;
const PERCENT = 70;

class Failure extends Error {}

/** The tree of a formula's tokens, or null when they do not form one expression. */
export function parseTokens(tokens: readonly Token[]): FormulaNode | null {
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const fail = (): never => {
    throw new Failure();
  };

  const isStop = (t: Token | undefined) =>
    t === undefined ||
    t.type === "argument" ||
    ((t.type === "function" || t.type === "subexpression") && t.subtype === "stop");

  const primary = (): FormulaNode => {
    const t = tokens[pos++];
    if (!t) return fail();
    switch (t.type) {
      case "operand":
        switch (t.subtype) {
          case "number":
            return { kind: "number", value: Number(t.value), text: t.value };
          case "text":
            return { kind: "text", value: t.value };
          case "logical":
            return { kind: "logical", value: t.value.toUpperCase() === "TRUE" };
          case "error":
            return { kind: "error", value: t.value };
          default:
            return { kind: "ref", token: pos - 1 };
        }
      case "operator-prefix":
      case "operator-infix":
        if (t.value === "-" || t.value === "+") {
          // a sign: "-" as the tokenizer marks it, or "+" after an operator
          return { kind: "unary", op: t.value, arg: expression(PREFIX) };
        }
        return fail();
      case "subexpression": {
        if (t.subtype !== "start") return fail();
        const inner = expression(0, true);
        const close = tokens[pos++];
        if (!close || close.type !== "subexpression" || close.subtype !== "stop") return fail();
        return inner;
      }
      case "function": {
        if (t.subtype !== "start") return fail();
        if (t.value === "ARRAY") return array();
        const args: FormulaNode[] = [];
        if (peek()?.type === "function" && peek()?.subtype === "stop") {
          pos++;
          return { kind: "call", name: functionName(t.value), args };
        }
        for (;;) {
          args.push(isStop(peek()) ? { kind: "missing" } : expression(0));
          const next = tokens[pos++];
          if (!next) return fail();
          if (next.type === "argument") continue;
          if (next.type === "function" && next.subtype === "stop") break;
          return fail();
        }
        return { kind: "call", name: functionName(t.value), args };
      }
      default:
        return fail();
    }
  };

  const array = (): FormulaNode => {
    const rows: FormulaNode[][] = [];
    for (;;) {
      const t = tokens[pos++];
      if (!t) return fail();
      if (t.type === "function" && t.value === "ARRAYROW" && t.subtype === "start") {
        const row: FormulaNode[] = [];
        for (;;) {
          const n = peek();
          if (n?.type === "function" && n.value === "ARRAYROW" && n.subtype === "stop") {
            pos++;
            break;
          }
          if (n?.type === "argument") {
            pos++;
            continue;
          }
          row.push(primarySigned());
        }
        rows.push(row);
        continue;
      }
      if (t.type === "argument") continue;
      if (t.type === "function" && t.subtype === "stop") return { kind: "array", rows };
      return fail();
    }
  };

  const primarySigned = (): FormulaNode => {
    const t = peek();
    if (t && (t.type === "operator-prefix" || t.type === "operator-infix") && t.value === "-") {
      pos++;
      return { kind: "unary", op: "-", arg: primary() };
    }
    return primary();
  };

  /** An expression of operators binding tighter than `min`; `union` inside parentheses only. */
  const expression = (min: number, union = false): FormulaNode => {
    let left = primary();
    for (;;) {
      const t = peek();
      if (!t || isStop(t)) return left;
      if (t.type === "operator-postfix" && t.value === "%") {
        if (PERCENT < min) return left;
        pos++;
        left = { kind: "percent", arg: left };
        continue;
      }
      if (t.type !== "operator-infix") return fail();
      const op = t.value;
      const precedence = INFIX[op];
      if (precedence === undefined || (op === "," && !union) || precedence <= min) return left;
      pos++;
      // every operator is left-associative in Excel (2^3^2 is 64)
      const right = expression(precedence, union);
      left = { kind: "binary", op, left, right };
    }
  };

  try {
    if (tokens.length === 0) return null;
    const tree = expression(0);
    return pos === tokens.length ? tree : null;
  } catch (error) {
    if (error instanceof Failure) return null;
    throw error;
  }
}

/** Calls `visit` on every node of the tree, depth first, parents before children. */
export function visitNodes(node: FormulaNode, visit: (node: FormulaNode) => void): void {
  visit(node);
  switch (node.kind) {
    case "call":
      for (const arg of node.args) visitNodes(arg, visit);
      break;
    case "unary":
    case "percent":
      visitNodes(node.arg, visit);
      break;
    case "binary":
      visitNodes(node.left, visit);
      visitNodes(node.right, visit);
      break;
    case "array":
      for (const row of node.rows) for (const cell of row) visitNodes(cell, visit);
      break;
    default:
      break;
  }
}
