import { Dec } from "./decimal";

/**
 * nl-NL formatting of amounts and percentages through Intl, from exact decimals: the string of
 * the decimal goes to Intl (ECMA-402 formats decimal strings exactly), so no cent is lost to a
 * double on the way. The non-breaking spaces Intl puts after the euro sign become plain spaces,
 * so that texts in cells can be searched and compared as typed.
 */
const euroFormat = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(minDigits: number, maxDigits: number): Intl.NumberFormat {
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
}

// Intl accepts decimal strings as exact values (ES2023 Intl.NumberFormat v3); the type
// definitions of older lib versions only know number and bigint.
type ExactFormat = (value: string) => string;

function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ");
}

/** "€ 4.747.850,00"; negative amounts as "€ -1.234,50" (the nl-NL convention). */
export function formatEuro(amount: Dec): string {
  const rounded = amount.toDecimalPlaces(2);
  return plainSpaces((euroFormat.format as unknown as ExactFormat)(rounded.isZero() ? "0" : rounded.toFixed(2)));
}

/** "+€ 20.000,00" or "-€ 5.000,00": a change with its sign in front. */
export function formatEuroChange(amount: Dec): string {
  const rounded = amount.toDecimalPlaces(2);
  if (rounded.isZero()) return formatEuro(rounded);
  return (rounded.isNegative() ? "-" : "+") + formatEuro(rounded.abs());
}

/** A number in nl-NL with between min and max decimals: "4.747.850", "0,68". */
export function formatNumber(value: Dec, minDigits = 0, maxDigits = 2): string {
  const rounded = value.toDecimalPlaces(maxDigits);
  return (numberFormat(minDigits, maxDigits).format as unknown as ExactFormat)(
    rounded.isZero() ? "0" : rounded.toFixed(),
  );
}

/** A fraction as a percentage: 0.2 → "20,0%" (digits = decimals of the percentage). */
export function formatPercent(fraction: Dec, digits = 1): string {
  return `${formatNumber(fraction.times(100), digits, digits)}%`;
}

/** A limit as a percentage without needless decimals: 0.2 → "20%", 0.125 → "12,5%". */
export function formatLimit(fraction: Dec): string {
  return `${formatNumber(fraction.times(100), 0, 4)}%`;
}

const countFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

/** A count or size in nl-NL, at most one decimal: 1000000 → "1.000.000", 75.3 → "75,3". */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/**
 * A number exactly as given, with a decimal comma and no grouping: 0.68 → "0,68", 2000.5 → "2000,5".
 * For messages that quote back what the user typed (an argument out of range).
 */
export function formatExact(value: Dec | number): string {
  const text = typeof value === "number" ? String(value) : value.toString();
  return text.replace(".", ",");
}
