/**
 * Formula tokens from a well-kept tokenizer: excel-formula-tokenizer (MIT, no dependencies;
 * E. W. Bachtal's Excel formula tokenizer as an npm package). It gives operands (numbers, text,
 * logicals, errors and "range": every reference, name or structured reference as one token),
 * function starts and stops, subexpressions, argument separators and operators, in the invariant
 * (en-US) form the model keeps.
 *
 * Two things are added here:
 * - a structured reference with a comma inside ("Tabel1[[#Totals],[Bedrag]]") comes out of the
 *   tokenizer in pieces; they are joined back into one operand;
 * - a cache by shape. The tokenizer reads a character at a time and takes some 15 µs for a short
 *   formula; a ledger has the same formula on every line with other row numbers ("B4-C4",
 *   "B5-C5"). The row numbers of references — digits right after a letter or "$" — never change
 *   how the tokenizer splits a formula (it asks only whether a character is a digit), so formulas
 *   that differ only in those digits share one tokenization, with the digits put back in order.
 */
import { tokenize } from "excel-formula-tokenizer";

export type TokenType =
  | "operand"
  | "function"
  | "subexpression"
  | "argument"
  | "operator-prefix"
  | "operator-infix"
  | "operator-postfix"
  | "unknown";

export interface Token {
  value: string;
  type: TokenType;
  /** operand: text | number | logical | error | range; function/subexpression: start | stop; infix: math | … */
  subtype: string;
}

/**
 * The shape digits of a text: each run of digits right after an ASCII letter or "$" (the row
 * numbers of references, and digits in names such as Blad1). Calls `digit(start, end)` for each
 * run. A hand-written scan: this runs for every formula of a check, and a regular expression with
 * a callback costs some 4 µs a formula.
 */
function scanDigits(text: string, digit: (start: number, end: number) => void): void {
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const lower = prev | 0x20;
    if (ch >= 0x30 && ch <= 0x39 && (prev === 0x24 || (lower >= 0x61 && lower <= 0x7a))) {
      let end = i + 1;
      while (end < text.length) {
        const d = text.charCodeAt(end);
        if (d < 0x30 || d > 0x39) break;
        end++;
      }
      digit(i, end);
      prev = 0x30;
      i = end - 1;
      continue;
    }
    prev = ch;
  }
}

/** The text cut at its shape digits: pieces[0] digits[0] pieces[1] … */
function cut(text: string): { pieces: string[]; digits: string[] } {
  const pieces: string[] = [];
  const digits: string[] = [];
  let from = 0;
  scanDigits(text, (start, end) => {
    pieces.push(text.slice(from, start));
    digits.push(text.slice(start, end));
    from = end;
  });
  pieces.push(text.slice(from));
  return { pieces, digits };
}

/** The tokens of a formula (without or with its leading "="). Throws nothing: anything odd is an "unknown" token. */
export function tokenizeFormula(formula: string): Token[] {
  let raw: Token[];
  try {
    raw = tokenize(formula) as Token[];
  } catch {
    return [{ value: formula, type: "unknown", subtype: "" }];
  }
  return joinStructured(raw);
}

/** Brackets a token opens and does not close (a structured reference cut at its comma). */
function openBrackets(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5b) depth++;
    else if (ch === 0x5d) depth--;
  }
  return depth;
}

function joinStructured(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "operand" && token.subtype === "range" && token.value.includes("[")) {
      let depth = openBrackets(token.value);
      if (depth > 0) {
        out ??= tokens.slice(0, i);
        let value = token.value;
        while (depth > 0 && i + 1 < tokens.length) {
          const next = tokens[++i];
          value += next.value;
          depth += openBrackets(next.value);
        }
        out.push({ value, type: "operand", subtype: "range" });
        continue;
      }
    }
    out?.push(token);
  }
  return out ?? tokens;
}

/**
 * The tokens of all formulas of one shape: the first formula's tokens, each cut at its shape
 * digits. A formula of this shape is the template and its own digits (./book reads it lazily).
 */
export interface Template {
  /** The first formula's tokens. */
  tokens: Token[];
  /** Per token: its value cut at the shape digits (one piece when it has none). */
  pieces: string[][];
  /** Per token: the index of its first shape digit in a formula's digits. */
  firstDigit: number[];
  /** The tokens that are references (operands of subtype "range"). */
  refTokens: number[];
  /** True when only reference tokens hold shape digits: one tree serves every formula of the shape. */
  sharedTree: boolean;
}

/** A formula as its shape's template and its own shape digits. */
export interface Shaped {
  template: Template;
  digits: string[];
}

const NO_DIGITS: string[] = [];

/** The template of a formula's own tokens (no sharing). */
function ownTemplate(tokens: Token[]): Template {
  return {
    tokens,
    pieces: tokens.map((t) => [t.value]),
    firstDigit: tokens.map(() => 0),
    refTokens: refTokensOf(tokens),
    sharedTree: true,
  };
}

function refTokensOf(tokens: Token[]): number[] {
  const refs: number[] = [];
  tokens.forEach((t, i) => {
    if (t.type === "operand" && t.subtype === "range") refs.push(i);
  });
  return refs;
}

/** The value of token `i` of a formula of this shape. */
export function tokenValue(shaped: Shaped, i: number): string {
  const { template, digits } = shaped;
  const pieces = template.pieces[i];
  if (pieces.length === 1) return pieces[0];
  let value = pieces[0];
  let next = template.firstDigit[i];
  for (let p = 1; p < pieces.length; p++) value += digits[next++] + pieces[p];
  return value;
}

/** All tokens of a formula of this shape (the same as tokenizeFormula gives for it). */
export function tokensOf(shaped: Shaped): Token[] {
  if (shaped.digits.length === 0) return shaped.template.tokens;
  return shaped.template.tokens.map((t, i) => {
    if (shaped.template.pieces[i].length === 1) return t;
    const value = tokenValue(shaped, i);
    return { value, type: t.type, subtype: t.type === "operand" ? operandSubtype(t.subtype, value) : t.subtype };
  });
}

/**
 * Formulas by shape, for one check: a formula whose shape was seen before gets that shape's
 * template and its own digits, without tokenizing again; tokensOf gives exactly the tokens
 * tokenizeFormula would.
 */
export class TokenCache {
  private readonly templates = new Map<string, Template | null>();

  shape(formula: string): Shaped {
    // the key: the formula with its shape digits left out (a hand-written scan, as in scanDigits)
    const digits: string[] = [];
    let key = "";
    let from = 0;
    let prev = 0;
    for (let i = 0; i < formula.length; i++) {
      const ch = formula.charCodeAt(i);
      const lower = prev | 0x20;
      prev = ch;
      if (ch < 0x30 || ch > 0x39 || !(lower === 0x24 || (lower >= 0x61 && lower <= 0x7a))) continue;
      let end = i + 1;
      while (end < formula.length && formula.charCodeAt(end) >= 0x30 && formula.charCodeAt(end) <= 0x39) end++;
      key += `${formula.slice(from, i)}\u0001`;
      digits.push(formula.slice(i, end));
      from = end;
      i = end - 1;
    }
    key = from === 0 ? formula : key + formula.slice(from);
    let template = this.templates.get(key);
    if (template === undefined) {
      const tokens = tokenizeFormula(formula);
      template = makeTemplate(tokens, digits.length);
      this.templates.set(key, template);
      if (!template) return { template: ownTemplate(tokens), digits: NO_DIGITS };
    }
    if (template === null) return { template: ownTemplate(tokenizeFormula(formula)), digits: NO_DIGITS };
    return { template, digits: digits.length === 0 ? NO_DIGITS : digits };
  }

  /** The tokens of a formula (through its shape). */
  get(formula: string): Token[] {
    return tokensOf(this.shape(formula));
  }
}

/** The tokens cut at their shape digits; null when those are not the formula's own (then no sharing). */
function makeTemplate(tokens: Token[], expected: number): Template | null {
  let found = 0;
  let sharedTree = true;
  const pieces: string[][] = [];
  const firstDigit: number[] = [];
  tokens.forEach((t) => {
    const cutValue = cut(t.value).pieces;
    firstDigit.push(found);
    found += cutValue.length - 1;
    pieces.push(cutValue);
    if (cutValue.length > 1 && !(t.type === "operand" && t.subtype === "range")) sharedTree = false;
  });
  if (found !== expected) return null;
  return { tokens, pieces, firstDigit, refTokens: refTokensOf(tokens), sharedTree };
}

/** The tokenizer's own rule for an operand: a number when it reads as one, else a reference (logicals and text stay). */
function operandSubtype(subtype: string, value: string): string {
  if (subtype !== "number" && subtype !== "range") return subtype;
  return Number.isNaN(Number(value)) ? "range" : "number";
}
