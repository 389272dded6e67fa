import { Dec, decFromExcelNumber, HALF_CENT } from "../decimal";

/**
 * Cheap and still exact comparisons of cell amounts, for sheets of 100.000 rows. A cell's number
 * means the decimal Excel shows for it (15 significant digits, decFromExcelNumber). Two shortcuts
 * decide without making a Decimal, and each is exact where it decides:
 *
 * 1. Whole cents. If c = round(v × 100) is an integer below 10^15 in size and c / 100 === v, then
 *    v is the double nearest to the decimal c/100 (IEEE division rounds correctly), and that
 *    decimal has at most 15 significant digits, so it is what Excel shows: the amount is exactly
 *    c cents. Sums and differences of whole cents are then integer arithmetic, exact below 2^53.
 * 2. Far from the boundary. For amounts below 10^9 the error of a double subtraction (and of the
 *    15-digit reading) is below 10^-3 cent; a difference more than a tenth of a cent away from the
 *    half-cent boundary is decided by it with room to spare.
 *
 * Anything else is decided by Decimal.
 */
const MAX_CENTS = 1e15;
const FLOAT_SAFE = 1e9;

/** The amount in whole cents when it is exactly that, else NaN (a number either way: fast in loops). */
function centsOrNaN(v: number): number {
  const c = Math.round(v * 100);
  return c / 100 === v && c < MAX_CENTS && c > -MAX_CENTS ? c : NaN;
}

/** The amount in whole cents when it is exactly that, else null. */
export function cents(v: number): number | null {
  const c = centsOrNaN(v);
  return c === c ? c : null;
}

/** True when the number has more than two decimals as Excel shows it. */
export function finerThanCents(v: number): boolean {
  if (Number.isInteger(v) || centsOrNaN(v) === centsOrNaN(v)) return false;
  return decFromExcelNumber(v).decimalPlaces() > 2;
}

/**
 * Compares a − b with 0 at the half cent: 0 when |a − b| < € 0,005 (the same amount), else the
 * sign of a − b.
 */
export function compareAmounts(a: number, b: number): -1 | 0 | 1 {
  const ca = centsOrNaN(a);
  const cb = centsOrNaN(b);
  if (ca === ca && cb === cb) return ca === cb ? 0 : ca > cb ? 1 : -1;
  if (Math.abs(a) < FLOAT_SAFE && Math.abs(b) < FLOAT_SAFE) {
    const d = a - b;
    if (Math.abs(d) < 0.004) return 0;
    if (Math.abs(d) > 0.006) return d > 0 ? 1 : -1;
  }
  const diff = decFromExcelNumber(a).minus(decFromExcelNumber(b));
  return diff.abs().lt(HALF_CENT) ? 0 : diff.isNegative() ? -1 : 1;
}

/** Compares value with a − b at the half cent (see compareAmounts). */
export function sameAsDifference(value: number, a: number, b: number): boolean {
  const cv = centsOrNaN(value);
  const ca = centsOrNaN(a);
  const cb = centsOrNaN(b);
  if (cv === cv && ca === ca && cb === cb) return cv === ca - cb;
  if (Math.abs(value) < FLOAT_SAFE && Math.abs(a) < FLOAT_SAFE && Math.abs(b) < FLOAT_SAFE) {
    const d = Math.abs(value - (a - b));
    if (d < 0.004) return true;
    if (d > 0.006) return false;
  }
  return decFromExcelNumber(value)
    .minus(decFromExcelNumber(a).minus(decFromExcelNumber(b)))
    .abs()
    .lt(HALF_CENT);
}

/** Sum of amounts: whole cents as an integer while that is exact, the rest as decimals. */
export class ExactSum {
  private cents = 0;
  private dec: Dec | null = null;

  addNumber(v: number): void {
    const c = centsOrNaN(v);
    if (c === c) {
      const next = this.cents + c;
      if (Number.isSafeInteger(next)) {
        this.cents = next;
        return;
      }
    }
    this.add(decFromExcelNumber(v));
  }

  add(value: Dec): void {
    this.dec = this.dec ? this.dec.plus(value) : value;
  }

  value(): Dec {
    const fromCents = new Dec(this.cents).dividedBy(100);
    return this.dec ? this.dec.plus(fromCents) : fromCents;
  }
}

/**
 * |fraction − expected| ≤ tolerance, with `fraction` a cell's number and `expected` n / d:
 * decided by doubles when far from the boundary, else exactly.
 */
export function withinFraction(
  fraction: number,
  n: number,
  d: number,
  tolerance: number,
  exact: () => boolean,
): boolean {
  if (d !== 0 && Math.abs(n) < FLOAT_SAFE && Math.abs(d) < FLOAT_SAFE && Math.abs(fraction) < 1e6) {
    const e = Math.abs(fraction - n / d);
    if (e < tolerance * 0.8) return true;
    if (e > tolerance * 1.2) return false;
  }
  return exact();
}
