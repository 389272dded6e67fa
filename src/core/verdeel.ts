import { Dec, EXCEL_SIGNIFICANT_DIGITS } from "./decimal";
import { div0Error, numError } from "./errors";
import { formatNumber } from "./format";

export const DEFAULT_DECIMALEN = 2;
export const MAX_DECIMALEN = 6;

/*
 * Largest-remainder (Hamilton) apportionment in whole units (cents by default), on integers only:
 * every weight is turned into an exact integer at a common decimal scale, the amount into whole
 * units, and then share_i = floor(units × w_i / W) plus one unit for the `leftover` entries with
 * the largest remainders. No rounding of any kind decides who gets the last cent.
 *
 * Integers are JavaScript numbers while every product stays below 2^53 (where double arithmetic
 * on integers is exact), which is the common case (inhabitants, percentages, cents up to many
 * millions); beyond that the same steps run on BigInt.
 */

const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/** A weight as it reads in Excel (15 significant digits): mantissa × 10^-decimals, exactly. */
interface ScaledWeight {
  mantissa: number; // ≤ 15 digits, so a safe integer
  decimals: number;
}

function scaleWeight(weight: number): ScaledWeight {
  if (Number.isSafeInteger(weight)) return { mantissa: weight, decimals: 0 };
  const [digits, exponentText] = weight
    .toExponential(EXCEL_SIGNIFICANT_DIGITS - 1)
    .split("e");
  const exponent = Number(exponentText);
  const [whole, fraction = ""] = digits.split(".");
  const significant = (whole + fraction).replace(/0+$/, "") || "0";
  // value = significant × 10^(exponent - (significant.length - 1)); a large whole number gets
  // negative decimals
  return {
    mantissa: Number(significant),
    decimals: significant.length - 1 - exponent,
  };
}

/** Whole units of 10^-decimalen in `bedrag`; a #NUM! if `bedrag` has more decimals than that. */
export function amountInUnits(bedrag: Dec, decimalen: number): bigint {
  if (
    !Number.isInteger(decimalen) ||
    decimalen < 0 ||
    decimalen > MAX_DECIMALEN
  ) {
    throw numError(
      `decimalen moet een geheel getal van 0 tot en met ${MAX_DECIMALEN} zijn (nu ${String(decimalen).replace(".", ",")})`,
    );
  }
  const scaled = bedrag.times(new Dec(10).pow(decimalen));
  if (!scaled.isInteger()) {
    throw numError(
      `bedrag ${formatNumber(bedrag, 0, 20)} heeft meer dan ${decimalen} decimalen; rond het eerst af (AFRONDEN) of geef meer decimalen op`,
    );
  }
  return BigInt(scaled.toFixed(0));
}

/** Indices of the `count` entries that come first by (remainder desc, weight desc, index asc). */
function topByRemainder<T extends number | bigint>(
  remainders: readonly T[],
  weights: readonly T[],
  count: number,
): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < remainders.length; i++)
    if (remainders[i] > 0) candidates.push(i);
  candidates.sort((a, b) => {
    if (remainders[a] !== remainders[b])
      return remainders[a] > remainders[b] ? -1 : 1;
    if (weights[a] !== weights[b]) return weights[a] > weights[b] ? -1 : 1;
    return a - b;
  });
  candidates.length = Math.min(candidates.length, count);
  return candidates;
}

/** Hamilton on exact doubles: every operand and product is an integer below 2^53. */
function apportionSafe(
  units: number,
  weights: readonly number[],
  weightSum: number,
): number[] {
  const n = weights.length;
  const shares = new Array<number>(n);
  const remainders = new Array<number>(n);
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    const product = units * weights[i];
    let share = Math.floor(product / weightSum);
    let remainder = product - share * weightSum;
    // product / weightSum is rounded once; correct the quotient so the remainder is exact
    if (remainder < 0) {
      share -= 1;
      remainder += weightSum;
    } else if (remainder >= weightSum) {
      share += 1;
      remainder -= weightSum;
    }
    shares[i] = share;
    remainders[i] = remainder;
    assigned += share;
  }
  for (const i of topByRemainder(remainders, weights, units - assigned))
    shares[i] += 1;
  return shares;
}

/** The same steps on BigInt, for amounts or weights too large for exact doubles. */
function apportionBig(
  units: bigint,
  weights: readonly bigint[],
  weightSum: bigint,
): bigint[] {
  const n = weights.length;
  const shares = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let assigned = 0n;
  for (let i = 0; i < n; i++) {
    const product = units * weights[i];
    shares[i] = product / weightSum;
    remainders[i] = product % weightSum;
    assigned += shares[i];
  }
  for (const i of topByRemainder(remainders, weights, Number(units - assigned)))
    shares[i] += 1n;
  return shares;
}

/**
 * Divide `bedrag` over `weights` in proportion, in whole units of 10^-decimalen, so that the
 * shares add up exactly to `bedrag`. Weights are finite numbers ≥ 0 (at least one > 0), read at
 * Excel's 15 significant digits. Each share differs from its exact quota by less than one unit;
 * ties go to the larger weight, then the earlier position. A negative amount is divided as its
 * absolute value and mirrored. The shares come back as numbers (what a cell holds).
 */
export function verdeel(
  bedrag: Dec,
  weights: readonly number[],
  decimalen = DEFAULT_DECIMALEN,
): number[] {
  const signedUnits = amountInUnits(bedrag, decimalen);
  const negative = signedUnits < 0n;
  const units = negative ? -signedUnits : signedUnits;

  const scaled = new Array<ScaledWeight>(weights.length);
  let scale = 0;
  let allZero = true;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (!Number.isFinite(w))
      throw numError(`gewicht ${i + 1} in de sleutel is geen eindig getal`);
    if (w < 0) {
      throw numError(
        `gewicht ${i + 1} in de sleutel is negatief (${formatNumber(new Dec(w), 0, 20)}); een verdeelsleutel heeft gewichten van 0 of meer`,
      );
    }
    if (w > 0) allZero = false;
    scaled[i] = scaleWeight(w);
    scale = Math.max(scale, scaled[i].decimals);
  }
  if (allZero)
    throw div0Error(
      "alle gewichten in de sleutel zijn 0 of leeg: er valt niets te verdelen",
    );

  const unitSize = 10 ** decimalen;
  const sign = negative ? -1 : 1;
  if (units <= BigInt(MAX_EXACT)) {
    // Integer weights at the common scale as doubles, while they are exact (below 2^53).
    const ints = new Array<number>(scaled.length);
    let weightSum = 0;
    let exact = true;
    for (let i = 0; i < scaled.length && exact; i++) {
      const shift = scale - scaled[i].decimals;
      const w =
        shift === 0
          ? scaled[i].mantissa
          : shift <= 22
            ? scaled[i].mantissa * 10 ** shift
            : Infinity;
      ints[i] = w;
      weightSum += w;
      exact = w <= MAX_EXACT && weightSum <= MAX_EXACT;
    }
    const u = Number(units);
    if (exact && u * weightSum <= MAX_EXACT) {
      return apportionSafe(u, ints, weightSum).map((s) =>
        s === 0 ? 0 : (sign * s) / unitSize,
      );
    }
  }
  const ints = scaled.map(
    (w) => BigInt(w.mantissa) * 10n ** BigInt(scale - w.decimals),
  );
  const weightSum = ints.reduce((sum, w) => sum + w, 0n);
  return apportionBig(units, ints, weightSum).map((s) =>
    unitsToNumber(negative ? -s : s, decimalen),
  );
}

/** Whole units as the nearest double of their decimal value (exact decimal string → number). */
function unitsToNumber(units: bigint, decimalen: number): number {
  if (units === 0n) return 0;
  const text = (units < 0n ? -units : units)
    .toString()
    .padStart(decimalen + 1, "0");
  const decimal =
    decimalen === 0
      ? text
      : `${text.slice(0, -decimalen)}.${text.slice(-decimalen)}`;
  return Number((units < 0n ? "-" : "") + decimal);
}
