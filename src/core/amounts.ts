import { Dec } from "./decimal";
import { formatNumber } from "./format";

/**
 * Amounts typed as text, as they arrive in workbooks copied from PDF or mail: "€ 500.000,-",
 * "4.747.850", "1.234,56", "1,234.56", "12,5%", "-€ 1.234,50", "(1.234)". The rule of the domain:
 * a separator followed by exactly three digits is a thousands separator; "," followed by one or
 * two digits is the decimal comma ("." followed by one or two digits, English style, the decimal
 * point). Pure and exact: the digits go to a decimal, never through a double.
 */
export interface ParsedAmount {
  /** The number as written; for "12,5%" that is 12.5 (see `percent`). */
  value: Dec;
  /** The text ended in a percent sign: the value is in percentage points. */
  percent: boolean;
}

const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
const CURRENCY = /^(?:€|eur(?:o|o's|os)?\b\.?)\s*|\s*(?:€|eur(?:o|o's|os)?\.?)$/i;
const MINUS = /^[-\u2212\u2013]/;

/** Whole-string grouping with one thousands separator `sep`: "4.747.850". */
function groupedDigits(text: string, sep: string): string | null {
  const groups = text.split(sep);
  if (!/^\d{1,3}$/.test(groups[0])) return null;
  for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i])) return null;
  return groups.join("");
}

/** The digits of an unsigned number with separators as a plain decimal string, or null. */
function normaliseDigits(text: string): string | null {
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
  if (dots === 0 && commas === 0) return text;
  if (dots > 0 && commas > 0) {
    // Both kinds: the last one is the decimal separator and occurs once; the other groups thousands.
    const decimalSep = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const thousandsSep = decimalSep === "," ? "." : ",";
    if ((decimalSep === "," ? commas : dots) !== 1) return null;
    const [intPart, fraction] = text.split(decimalSep);
    if (!/^\d+$/.test(fraction)) return null;
    const digits = groupedDigits(intPart, thousandsSep);
    return digits === null ? null : `${digits}.${fraction}`;
  }
  const sep = dots > 0 ? "." : ",";
  const count = dots + commas;
  if (count > 1) return groupedDigits(text, sep);
  const [intPart, fraction] = text.split(sep);
  if (fraction === "") return intPart === "" ? null : intPart; // "500." or "500,"
  if (!/^\d+$/.test(fraction)) return null;
  // One separator: followed by exactly three digits it groups thousands ("4.747", "122,357"),
  // unless the integer part is empty or zero ("0,125", ",125"): then it can only be a fraction.
  if (fraction.length === 3 && intPart !== "" && !/^0+$/.test(intPart)) {
    return /^\d{1,3}$/.test(intPart) ? intPart + fraction : null;
  }
  return `${intPart === "" ? "0" : intPart}.${fraction}`;
}

/**
 * Reads a text as an amount, or returns null when it is not one ("n.v.t.", "PM", "-", "(€)").
 * Accepts a euro sign or "EUR"/"euro" before or after, ",-" or ",--" for no cents, a leading
 * minus (or −, –), accounting parentheses for a negative, a trailing percent sign, and spaces
 * between groups of three digits ("1 234 567").
 */
export function parseAmountText(text: string): ParsedAmount | null {
  let s = text.replace(SPACES, " ").trim();
  if (s === "" || !/\d/.test(s) || s.length > 40) return null;
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (MINUS.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  for (let i = 0; i < 2; i++) s = s.replace(CURRENCY, "").trim();
  // A minus after the euro sign: "€ -1.234,50".
  if (MINUS.test(s)) {
    if (negative) return null;
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(/[.,]-{1,2}$/, ""); // "500.000,-": no cents
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, "");
  const digits = normaliseDigits(s);
  if (digits === null) return null;
  const value = new Dec(digits);
  return { value: negative && !value.isZero() ? value.negated() : value, percent };
}

/** A text amount as a plain number value: percentages as fractions ("12,5%" → 0.125). */
export function parseAmountValue(text: string): Dec | null {
  const parsed = parseAmountText(text);
  if (!parsed) return null;
  return parsed.percent ? parsed.value.dividedBy(100) : parsed.value;
}

/** "1e6", "4,7E6", "-2.5e-3": a number in scientific notation, as a spreadsheet or a script writes it. */
const SCIENTIFIC = /^[-+\u2212]?\d+(?:[.,]\d+)?e[-+]?\d+%?$/i;

/** The value of a text in scientific notation ("1e6" → 1000000), or null when it is not one. */
export function scientificValue(text: string): Dec | null {
  const s = text.trim();
  if (!SCIENTIFIC.test(s)) return null;
  return new Dec(s.replace(/%$/, "").replace(",", ".").replace("\u2212", "-"));
}

/** Why a text is not a euro amount: a kind for the caller, and the reason in Dutch. */
export interface EuroTextProblem {
  kind: "not-an-amount" | "percentage" | "scientific" | "fraction-of-cent";
  problem: string;
}

/**
 * A text typed as a euro amount (an option, a setting): the amount, or why it is not one.
 * Stricter than `parseAmountText`: an amount is in whole cents (a fraction of a cent is refused,
 * not rounded), a percentage is not an amount, and scientific notation ("1e6") is refused with the
 * amount written out. Negative amounts are read; whether they make sense is the caller's.
 */
export function parseEuroText(text: string): { value: Dec } | EuroTextProblem {
  const shown = `"${text.trim()}"`;
  const scientific = scientificValue(text);
  if (scientific) {
    const written = formatNumber(scientific, 0, 20);
    return {
      kind: "scientific",
      problem: `${shown} is wetenschappelijke notatie; schrijf het bedrag voluit: ${written}`,
    };
  }
  const parsed = parseAmountText(text);
  if (!parsed) return { kind: "not-an-amount", problem: `${shown} is geen bedrag` };
  if (parsed.percent) return { kind: "percentage", problem: `${shown} is een percentage, geen bedrag` };
  if (parsed.value.decimalPlaces() > 2) {
    return {
      kind: "fraction-of-cent",
      problem: `${shown} heeft meer dan twee decimalen; een bedrag gaat tot op de cent`,
    };
  }
  return { value: parsed.value };
}
