import { Dec, EXCEL_SIGNIFICANT_DIGITS } from "./decimal";
import { div0Error, numError, valueError } from "./errors";
import { formatExact, formatNumber } from "./format";

export const DEFAULT_DECIMALEN = 2;
export const MAX_DECIMALEN = 6;

/*
 * Largest-remainder (Hamilton) apportionment in whole units (cents by default), on integers only:
 * every weight is turned into an exact integer at a common decimal scale, the amount into whole
 * units, and then share_i = floor(units × w_i / W) plus one unit for the `leftover` entries with
 * the largest remainders. No rounding of any kind decides who gets the last cent.
 *
 * The integers are JavaScript numbers while every product stays below 2^53 (where arithmetic on
 * integers in doubles is exact): the common case (inhabitants or percentages, amounts up to many
 * millions). Beyond that the same steps run on decimal.js integers, which are exact at any size
 * (the precision is raised to the digits the products need): no BigInt, which Excel's
 * JavaScript-only custom-functions runtime need not have.
 */

const MAX_EXACT = Number.MAX_SAFE_INTEGER;
/** Exact integers of any size: no significant digit is ever rounded away. */
const ExactInt = Dec.clone({ precision: 1e9, rounding: Dec.ROUND_DOWN });

/** Whole units of 10^-decimalen in `bedrag`, as an integer decimal; #VALUE! if `bedrag` has more decimals. */
export function amountInUnits(bedrag: Dec, decimalen: number): Dec {
  if (!Number.isInteger(decimalen) || decimalen < 0 || decimalen > MAX_DECIMALEN) {
    throw valueError(
      `decimalen moet een geheel getal van 0 tot en met ${MAX_DECIMALEN} zijn (nu ${formatExact(decimalen)})`,
      "decimalen",
    );
  }
  const scaled = new ExactInt(bedrag).times(new ExactInt(10).pow(decimalen));
  if (!scaled.isInteger()) {
    throw valueError(
      `bedrag ${formatNumber(bedrag, 0, 20)} heeft meer dan ${decimalen} decimalen; ` +
        "rond het eerst af (AFRONDEN) of geef meer decimalen op",
      "bedrag",
    );
  }
  return scaled;
}

/**
 * The weights as exact integers at one decimal scale, read as Excel shows them (15 significant
 * digits): weight_i = mantissa_i × 10^-decimals_i, and all are brought to the largest decimals.
 */
interface ScaledWeights {
  mantissas: Float64Array; // each at most 15 digits: a safe integer
  decimals: Int16Array; // negative for large whole numbers such as 1e20
  scale: number; // the largest decimals, at least 0
}

function scaleWeights(weights: ArrayLike<number>): ScaledWeights {
  const n = weights.length;
  const mantissas = new Float64Array(n);
  const decimals = new Int16Array(n);
  let scale = 0;
  let positive = false;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w >= 0) || !Number.isFinite(w)) {
      if (!Number.isFinite(w)) throw numError(`gewicht ${i + 1} in de sleutel is geen eindig getal`, "sleutel");
      throw valueError(
        `gewicht ${i + 1} in de sleutel is negatief (${formatNumber(new Dec(w), 0, 20)}); ` +
          "een verdeelsleutel heeft gewichten van 0 of meer",
        "sleutel",
      );
    }
    if (w > 0) positive = true;
    if (Number.isSafeInteger(w)) {
      mantissas[i] = w;
      continue;
    }
    const [digits, exponentText] = w.toExponential(EXCEL_SIGNIFICANT_DIGITS - 1).split("e");
    const significant = digits.replace(".", "").replace(/0+$/, "") || "0";
    mantissas[i] = Number(significant);
    decimals[i] = significant.length - 1 - Number(exponentText);
    if (decimals[i] > scale) scale = decimals[i];
  }
  if (!positive) throw div0Error("alle gewichten in de sleutel zijn 0 of leeg: er valt niets te verdelen", "sleutel");
  return { mantissas, decimals, scale };
}

/**
 * Indices of the `count` entries that come first by (remainder desc, weight desc, index asc).
 * That order is total, so the set is unique; it is found by quickselect in linear time on
 * average (a full sort would make 100.000 weights needlessly slow). Index, remainder and weight
 * are moved together in parallel arrays, so the partitioning reads memory in order. The pivots
 * come from a fixed pseudo-random sequence: they change the speed, never the result.
 */
function topByRemainder<T>(
  remainders: ArrayLike<T>,
  weights: ArrayLike<T>,
  count: number,
  allocate: (n: number) => { [i: number]: T },
  /** Sign of a − b. */
  compare: (a: T, b: T) => number,
  zero: T,
): ArrayLike<number> {
  // preallocated (typed, for numbers) arrays: growing arrays of 100.000 entries is slow in V8
  const n = remainders.length;
  const index = new Int32Array(n);
  const rem = allocate(n);
  const wt = allocate(n);
  let size = 0;
  for (let i = 0; i < n; i++) {
    if (compare(remainders[i], zero) > 0) {
      index[size] = i;
      rem[size] = remainders[i];
      wt[size] = weights[i];
      size++;
    }
  }
  if (count >= size) return index.subarray(0, size);
  if (count <= 0) return [];
  const swap = (a: number, b: number): void => {
    const ti = index[a];
    index[a] = index[b];
    index[b] = ti;
    const tr = rem[a];
    rem[a] = rem[b];
    rem[b] = tr;
    const tw = wt[a];
    wt[a] = wt[b];
    wt[b] = tw;
  };
  /** Entry (r, w, i) comes before entry (r2, w2, i2). */
  const before = (r: T, w: T, i: number, r2: T, w2: T, i2: number): boolean => {
    const byRemainder = compare(r, r2);
    if (byRemainder !== 0) return byRemainder > 0;
    const byWeight = compare(w, w2);
    return byWeight !== 0 ? byWeight > 0 : i < i2;
  };
  let seed = 0x2545f491;
  let lo = 0;
  let hi = size - 1;
  while (lo < hi) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const p = lo + (seed % (hi - lo + 1));
    const pr = rem[p];
    const pw = wt[p];
    const pi = index[p];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(rem[i], wt[i], index[i], pr, pw, pi)) i++; // entry i before pivot
      while (before(pr, pw, pi, rem[j], wt[j], index[j])) j--; // pivot before entry j
      if (i <= j) {
        swap(i, j);
        i++;
        j--;
      }
    }
    // entries lo..j come before the rest, i..hi after; between them only the pivot
    if (count - 1 <= j) hi = j;
    else if (count - 1 >= i) lo = i;
    else break;
  }
  return index.subarray(0, count);
}

const compareNumbers = (a: number, b: number): number => a - b;

/** Hamilton on exact doubles: every operand and product is an integer below 2^53. */
function apportionSafe(units: number, weights: Float64Array, weightSum: number): Float64Array {
  const n = weights.length;
  const shares = new Float64Array(n);
  const remainders = new Float64Array(n);
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
  const winners = topByRemainder(
    remainders,
    weights,
    units - assigned,
    (size) => new Float64Array(size),
    compareNumbers,
    0,
  );
  for (let k = 0; k < winners.length; k++) shares[winners[k]] += 1;
  return shares;
}

/**
 * The same steps on decimal.js integers, for amounts or weights too large for exact doubles:
 * exact products, floor division and remainders, and the remainders ranked by comparing decimals.
 */
function apportionBig(units: Dec, weights: readonly Dec[], weightSum: Dec): Dec[] {
  const n = weights.length;
  const shares = new Array<Dec>(n);
  const remainders = new Array<Dec>(n);
  let assigned: Dec = new ExactInt(0);
  for (let i = 0; i < n; i++) {
    const product = weights[i].times(units);
    shares[i] = product.dividedToIntegerBy(weightSum);
    remainders[i] = product.minus(shares[i].times(weightSum));
    assigned = assigned.plus(shares[i]);
  }
  const leftover = units.minus(assigned).toNumber(); // fewer than n units
  const winners = topByRemainder(
    remainders,
    weights,
    leftover,
    (size) => new Array<Dec>(size),
    (a, b) => a.comparedTo(b),
    new ExactInt(0),
  );
  for (let k = 0; k < winners.length; k++) shares[winners[k]] = shares[winners[k]].plus(1);
  return shares;
}

/** Whole units as the nearest double of their decimal value (exact decimal string → number). */
function unitsToNumber(units: Dec, decimalen: number): number {
  if (units.isZero()) return 0;
  const text = units
    .abs()
    .toFixed(0)
    .padStart(decimalen + 1, "0");
  const decimal = decimalen === 0 ? text : `${text.slice(0, -decimalen)}.${text.slice(-decimalen)}`;
  const value = Number((units.isNegative() ? "-" : "") + decimal);
  if (!Number.isFinite(value)) throw numError("een deel is te groot voor Excel");
  return value;
}

/**
 * Divide `bedrag` over `weights` in proportion, in whole units of 10^-decimalen, so that the
 * shares add up exactly to `bedrag`. Weights are finite numbers ≥ 0 (at least one > 0), read at
 * Excel's 15 significant digits. Each share differs from its exact quota by less than one unit;
 * ties go to the larger weight, then the earlier position. A negative amount is divided as its
 * absolute value and mirrored. The shares come back as the numbers cells hold.
 */
export function verdeel(bedrag: Dec, weights: ArrayLike<number>, decimalen = DEFAULT_DECIMALEN): Float64Array {
  const signedUnits = amountInUnits(bedrag, decimalen);
  const negative = signedUnits.isNegative() && !signedUnits.isZero();
  const units = signedUnits.abs();
  const { mantissas, decimals, scale } = scaleWeights(weights);
  const n = mantissas.length;

  if (units.lte(MAX_EXACT)) {
    // the integer weights at the common scale, as doubles while they are exact
    const ints = new Float64Array(n);
    let weightSum = 0;
    let maxWeight = 0;
    for (let i = 0; i < n; i++) {
      const shift = scale - decimals[i];
      const w = shift === 0 ? mantissas[i] : shift <= 22 ? mantissas[i] * 10 ** shift : Infinity;
      ints[i] = w;
      weightSum += w;
      if (w > maxWeight) maxWeight = w;
    }
    const u = units.toNumber();
    // every product units × weight, the sum of the weights and share × sum stay below 2^53
    if (weightSum <= MAX_EXACT && u * maxWeight <= MAX_EXACT) {
      const shares = apportionSafe(u, ints, weightSum);
      const unitSize = 10 ** decimalen;
      for (let i = 0; i < n; i++) shares[i] = shares[i] === 0 ? 0 : (negative ? -shares[i] : shares[i]) / unitSize;
      return shares;
    }
  }
  const ints = Array.from(mantissas, (m, i) => new ExactInt(m).times(new ExactInt(10).pow(scale - decimals[i])));
  const weightSum = ints.reduce((sum, w) => sum.plus(w), new ExactInt(0));
  return Float64Array.from(apportionBig(new ExactInt(units), ints, weightSum), (s) =>
    unitsToNumber(negative ? s.negated() : s, decimalen),
  );
}
