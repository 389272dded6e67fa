import type { Dec } from "./decimal";
import { qualified } from "./a1";
import { dutchFormula } from "./formula/render";
import { tokenizeFormula } from "./formula/tokens";

/**
 * Formulas as the pane writes them: always in the invariant (English) form that Range.formulas
 * takes — English function names, "," between arguments, "." as decimal point — so they work in
 * Dutch Excel, where the user then sees ";" and "0,2". Custom functions keep their own names
 * (IZA.VERDEEL) in every language. References are made with ./a1 (qualified, reference, absolute).
 */

/** A string literal in a formula: "a""b". */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** =HYPERLINK("#'Blad 1'!C5","C5"): a link to a cell in this workbook. */
export function hyperlinkFormula(sheet: string, cell: string): string {
  return `=HYPERLINK(${literal(`#${qualified(sheet, cell)}`)},${literal(cell)})`;
}

/** =IZA.CHECKREALLOC(C5:C13,D5:D13,0.2) */
export function checkReallocFormula(adopted: string, changed: string, maxPercentage: Dec): string {
  return `=IZA.CHECKREALLOC(${adopted},${changed},${maxPercentage.toString()})`;
}

/** =IZA.VERDEEL($C$3,B5:B18) (decimals left out when 2, the function's default). */
export function verdeelFormula(amount: string, key: string, decimals = 2): string {
  return decimals === 2 ? `=IZA.VERDEEL(${amount},${key})` : `=IZA.VERDEEL(${amount},${key},${decimals})`;
}

/**
 * How a formula reads in Dutch Excel, for messages: Dutch function names where Excel has them
 * (SOM), ";" between arguments and "0,2". Only for display; Excel gets the invariant form.
 */
export function dutchFormulaText(formula: string): string {
  return dutchFormula(tokenizeFormula(formula));
}
