import { Dec } from "./decimal";

/**
 * nl-NL formatting of amounts and percentages from exact decimals. Two ways to the same text:
 *
 * - Intl.NumberFormat, where it is there and complete: the string of the decimal goes to Intl
 *   (ECMA-402 Intl.NumberFormat v3 formats decimal strings exactly), so no cent is lost to a
 *   double on the way;
 * - an exact formatter on the decimal's own digits (`exactNl`), for a runtime without Intl,
 *   without nl-NL locale data, or with an Intl that turns a decimal string into a double first
 *   (before v3). Excel's JavaScript-only custom-functions runtime is not a browser, so the
 *   functions must not depend on Intl.
 *
 * Which one is used is decided at the first call, never at load: constructing Intl objects when
 * the module loads would stop every function from loading where Intl is missing. Intl is used
 * only when it gives exactly the text of the exact formatter for probe values that need all of
 * it (grouping, decimal comma, minus, euro sign, 20 digits); `tests/engine/format.test.ts`
 * checks both give the same text for many values.
 *
 * Amounts are written as Dutch Excel shows its currency format: "€ 4.747.850,00" and, negative,
 * "€ -450.000,00", with a non-breaking space (U+00A0, `EURO_SPACE`) between the euro sign and the
 * amount, so that a line break never separates them (in the pane, the report sheet, the command
 * line and the statuses of IZA.CHECKREALLOC). Intl's nl-NL data writes the same, and a narrow
 * no-break space some versions use becomes U+00A0 too. A change is written the same way with its
 * sign after the euro sign: "€ +20.000,00", "€ -5.000,00" (formatEuroChange).
 */

/** The space between "€" and the amount: a non-breaking space. */
export const EURO_SPACE = "\u00a0";

/** How a number is written in nl-NL; `decimal` is a plain decimal string ("-1234.5"). */
interface NlFormatter {
  /** "€ -1.234,50" (with EURO_SPACE); `decimal` has exactly two decimals. */
  euro(decimal: string): string;
  /** Grouped, with between min and max decimals; `decimal` has at most max decimals. */
  number(decimal: string, minDigits: number, maxDigits: number): string;
}

/** "1234567.5" → "1.234.567,5": grouped by threes with ".", decimal comma. */
function groupNl(decimal: string, minDigits: number): string {
  const negative = decimal.startsWith("-");
  const [whole, fraction = ""] = (negative ? decimal.slice(1) : decimal).split(".");
  let grouped = "";
  for (let end = whole.length; end > 0; end -= 3) {
    const group = whole.slice(Math.max(0, end - 3), end);
    grouped = grouped === "" ? group : `${group}.${grouped}`;
  }
  let digits = fraction;
  while (digits.length < minDigits) digits += "0";
  return `${negative ? "-" : ""}${grouped}${digits === "" ? "" : `,${digits}`}`;
}

/** The exact formatter: the decimal's digits only, no Intl, no double. */
export const exactNl: NlFormatter = {
  euro: (decimal) => {
    const negative = decimal.startsWith("-");
    return `€${EURO_SPACE}${negative ? "-" : ""}${groupNl(negative ? decimal.slice(1) : decimal, 2)}`;
  },
  number: (decimal, minDigits) => groupNl(decimal, minDigits),
};

// Intl accepts decimal strings as exact values (ES2023 Intl.NumberFormat v3); the type
// definitions of older lib versions only know number and bigint.
type ExactFormat = (value: string) => string;

/** Any space Intl puts after the euro sign (a space, U+00A0 or U+202F) as EURO_SPACE. */
function euroSpace(text: string): string {
  return text.replace(/€[\s\u00a0\u202f]*/, `€${EURO_SPACE}`);
}

/** The Intl formatter (throws where Intl or nl-NL is missing). */
export function intlNl(): NlFormatter {
  const euroFormat = new Intl.NumberFormat("nl-NL", {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (minDigits: number, maxDigits: number): Intl.NumberFormat => {
    const key = `${minDigits}/${maxDigits}`;
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat("nl-NL", {
        minimumFractionDigits: minDigits,
        maximumFractionDigits: maxDigits,
      });
      numberFormats.set(key, format);
    }
    return format;
  };
  return {
    euro: (decimal) => euroSpace((euroFormat.format as unknown as ExactFormat)(decimal)),
    number: (decimal, minDigits, maxDigits) =>
      (numberFormat(minDigits, maxDigits).format as unknown as ExactFormat)(decimal),
  };
}

/** Values whose text shows whether an Intl is complete: 20 digits (v3), grouping, minus, €. */
const PROBES: [decimal: string, min: number, max: number][] = [
  ["-12345678901234567890.25", 2, 2],
  ["1000", 0, 2],
  ["0.5", 1, 4],
];

let chosen: NlFormatter | undefined;

/** Intl where it exists and agrees with the exact formatter; the exact formatter otherwise. */
function nl(): NlFormatter {
  if (chosen) return chosen;
  chosen = exactNl;
  try {
    if (typeof Intl !== "undefined" && typeof Intl.NumberFormat === "function") {
      const intl = intlNl();
      const agrees = PROBES.every(
        ([decimal, min, max]) =>
          intl.number(decimal, min, max) === exactNl.number(decimal, min, max) &&
          (min !== 2 || intl.euro(decimal) === exactNl.euro(decimal)),
      );
      if (agrees) chosen = intl;
    }
  } catch {
    // no Intl, or no nl-NL: the exact formatter
  }
  return chosen;
}

/** Which formatter serves (for the tests): "intl" or "exact". */
export function formatterInUse(): "intl" | "exact" {
  return nl() === exactNl ? "exact" : "intl";
}

/** "€ 4.747.850,00"; negative amounts as "€ -1.234,50" (as Dutch Excel shows currency); U+00A0 after "€". */
export function formatEuro(amount: Dec): string {
  const rounded = amount.toDecimalPlaces(2);
  return nl().euro(rounded.isZero() ? "0.00" : rounded.toFixed(2));
}

/**
 * A change with its sign, in the one negative format of formatEuro: "€ +20.000,00", "€ -5.000,00",
 * "€ 0,00" (the sign after the euro sign, as "€ -450.000,00" has it).
 */
export function formatEuroChange(amount: Dec): string {
  const rounded = amount.toDecimalPlaces(2);
  const text = formatEuro(rounded);
  if (rounded.isZero() || rounded.isNegative()) return text;
  return text.replace(`€${EURO_SPACE}`, `€${EURO_SPACE}+`);
}

/** A number in nl-NL with between min and max decimals: "4.747.850", "0,68". */
export function formatNumber(value: Dec, minDigits = 0, maxDigits = 2): string {
  const rounded = value.toDecimalPlaces(maxDigits);
  return nl().number(rounded.isZero() ? "0" : rounded.toFixed(), minDigits, maxDigits);
}

/** A fraction as a percentage: 0.2 → "20,0%" (digits = decimals of the percentage). */
export function formatPercent(fraction: Dec, digits = 1): string {
  return `${formatNumber(fraction.times(100), digits, digits)}%`;
}

/** A limit as a percentage without needless decimals: 0.2 → "20%", 0.125 → "12,5%". */
export function formatLimit(fraction: Dec): string {
  return `${formatNumber(fraction.times(100), 0, 4)}%`;
}

/**
 * A count or size in nl-NL, at most one decimal: 1000000 → "1.000.000", 75.3 → "75,3". The
 * number is read as its shortest decimal (what JavaScript prints for it, as Intl does), rounded
 * half away from zero; a negative value that rounds to 0 keeps its sign ("-0"), as Intl writes it.
 */
export function formatCount(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  const negative = value < 0 || Object.is(value, -0);
  const rounded = new Dec(Math.abs(value)).toDecimalPlaces(1);
  const text = nl().number(rounded.toFixed(), 0, 1);
  return negative ? `-${text}` : text;
}

/**
 * A number exactly as given, with a decimal comma and no grouping: 0.68 → "0,68", 2000.5 → "2000,5".
 * For messages that quote back what the user typed (an argument out of range).
 */
export function formatExact(value: Dec | number): string {
  const text = typeof value === "number" ? String(value) : value.toString();
  return text.replace(".", ",");
}
