import { Dec, EXCEL_SIGNIFICANT_DIGITS } from "./decimal";
import { div0Error, numError } from "./errors";
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
 * millions). Beyond that the same steps run on BigInt.
 */

const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/** Whole units of 10^-decimalen in `bedrag`; a #NUM! if `bedrag` has more decimals than that. */
export function amountInUnits(bedrag: Dec, decimalen: number): bigint {
  if (!Number.isInteger(decimalen) || decimalen < 0 || decimalen > MAX_DECIMALEN) {
    throw numError(
      `decimalen moet een geheel getal van 0 tot en met ${MAX_DECIMALEN} zijn (nu ${formatExact(decimalen)})`,
    );
  }
  const scaled = bedrag.times(new Dec(10).pow(decimalen));
  if (!scaled.isInteger()) {
    throw numError(
      `bedrag ${formatNumber(bedrag, 0, 20)} heeft meer dan ${decimalen} decimalen; ` +
        "rond het eerst af (AFRONDEN) of geef meer decimalen op",
    );
  }
  return BigInt(scaled.toFixed(0));
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
      throw numError(
        Number.isFinite(w)
          ? `gewicht ${i + 1} in de sleutel is negatief (${formatNumber(new Dec(w), 0, 20)}); ` +
              "een verdeelsleutel heeft gewichten van 0 of meer"
          : `gewicht ${i + 1} in de sleutel is geen eindig getal`,
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
  if (!positive) throw div0Error("alle gewichten in de sleutel zijn 0 of leeg: er valt niets te verdelen");
  return { mantissas, decimals, scale };
}

/**
 * Indices of the `count` entries that come first by (remainder desc, weight desc, index asc).
 * That order is total, so the set is unique; it is found by quickselect in linear time on
 * average (a full sort would make 100.000 weights needlessly slow). Index, remainder and weight
 * are moved together in parallel arrays, so the partitioning reads memory in order. The pivots
 * come from a fixed pseudo-random sequence: they change the speed, never the result.
 */
function topByRemainder<T extends number | bigint>(
  remainders: ArrayLike<T>,
  weights: ArrayLike<T>,
  count: number,
  allocate: (n: number) => { [i: number]: T },
): ArrayLike<number> {
  // preallocated (typed, for numbers) arrays: growing arrays of 100.000 entries is slow in V8
  const n = remainders.length;
  const index = new Int32Array(n);
  const rem = allocate(n);
  const wt = allocate(n);
  let size = 0;
  for (let i = 0; i < n; i++) {
    if (remainders[i] > 0) {
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
      // entry i before pivot
      while (rem[i] > pr || (rem[i] === pr && (wt[i] > pw || (wt[i] === pw && index[i] < pi)))) i++;
      // pivot before entry j
      while (pr > rem[j] || (pr === rem[j] && (pw > wt[j] || (pw === wt[j] && pi < index[j])))) j--;
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
  const winners = topByRemainder(remainders, weights, units - assigned, (size) => new Float64Array(size));
  for (let k = 0; k < winners.length; k++) shares[winners[k]] += 1;
  return shares;
}

/** The same steps on BigInt, for amounts or weights too large for exact doubles. */
function apportionBig(units: bigint, weights: readonly bigint[], weightSum: bigint): bigint[] {
  const shares = new Array<bigint>(weights.length);
  const remainders = new Array<bigint>(weights.length);
  let assigned = 0n;
  for (let i = 0; i < weights.length; i++) {
    const product = units * weights[i];
    shares[i] = product / weightSum;
    remainders[i] = product % weightSum;
    assigned += shares[i];
  }
  const winners = topByRemainder(remainders, weights, Number(units - assigned), (size) => new Array<bigint>(size));
  for (let k = 0; k < winners.length; k++) shares[winners[k]] += 1n;
  return shares;
}

/** Whole units as the nearest double of their decimal value (exact decimal string → number). */
function unitsToNumber(units: bigint, decimalen: number): number {
  if (units === 0n) return 0;
  const text = (units < 0n ? -units : units).toString().padStart(decimalen + 1, "0");
  const decimal = decimalen === 0 ? text : `${text.slice(0, -decimalen)}.${text.slice(-decimalen)}`;
  const value = Number((units < 0n ? "-" : "") + decimal);
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
  const negative = signedUnits < 0n;
  const units = negative ? -signedUnits : signedUnits;
  const { mantissas, decimals, scale } = scaleWeights(weights);
  const n = mantissas.length;

  if (units <= BigInt(MAX_EXACT)) {
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
    const u = Number(units);
    // every product units × weight, the sum of the weights and share × sum stay below 2^53
    if (weightSum <= MAX_EXACT && u * maxWeight <= MAX_EXACT) {
      const shares = apportionSafe(u, ints, weightSum);
      const unitSize = 10 ** decimalen;
      for (let i = 0; i < n; i++) shares[i] = shares[i] === 0 ? 0 : (negative ? -shares[i] : shares[i]) / unitSize;
      return shares;
    }
  }
  const ints = Array.from(mantissas, (m, i) => BigInt(m) * 10n ** BigInt(scale - decimals[i]));
  const weightSum = ints.reduce((sum, w) => sum + w, 0n);
  return Float64Array.from(apportionBig(units, ints, weightSum), (s) => unitsToNumber(negative ? -s : s, decimalen));
}
