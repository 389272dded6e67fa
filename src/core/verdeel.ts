import { Dec } from "./decimal";
import { div0Error, numError } from "./errors";
import { formatNumber } from "./format";

export const DEFAULT_DECIMALEN = 2;
export const MAX_DECIMALEN = 6;

/**
 * A weight as an exact scaled integer: value = units / 10^scale. Weights are converted once and
 * brought to a common scale, so the division below works on whole numbers only (BigInt), and no
 * rounding of any kind decides who gets the last cent.
 */
interface ScaledWeight {
  units: bigint;
  scale: number;
}

function toScaled(weight: Dec): ScaledWeight {
  const scale = Math.max(0, weight.decimalPlaces());
  return {
    units: BigInt(weight.times(new Dec(10).pow(scale)).toFixed(0)),
    scale,
  };
}

/**
 * Whole units of 10^-decimalen in `bedrag`; a #NUM! if `bedrag` has more decimals than that.
 */
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

/**
 * Largest-remainder (Hamilton) apportionment of `total` whole units over `weights`.
 * Each share is floor(total × w / W) plus one unit for the entries with the largest remainders,
 * as many as units are left. Ties: larger weight first, then the earlier position.
 * Result shares add up exactly to `total`; each differs from its exact quota by less than one unit.
 * A negative total is divided as its absolute value and mirrored.
 */
export function apportionUnits(
  total: bigint,
  weights: readonly bigint[],
): bigint[] {
  let weightSum = 0n;
  for (const w of weights) {
    if (w < 0n) throw numError("een gewicht in de sleutel is negatief");
    weightSum += w;
  }
  if (weightSum === 0n)
    throw div0Error(
      "alle gewichten in de sleutel zijn 0 of leeg: er valt niets te verdelen",
    );
  const negative = total < 0n;
  const units = negative ? -total : total;

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
  const leftover = Number(units - assigned); // < n, as each remainder is below one unit
  if (leftover > 0) {
    for (const i of topByRemainder(remainders, weights, leftover))
      shares[i] += 1n;
  }
  return negative ? shares.map((s) => -s) : shares;
}

/** Indices of the `count` entries that come first by (remainder desc, weight desc, index asc). */
function topByRemainder(
  remainders: readonly bigint[],
  weights: readonly bigint[],
  count: number,
): number[] {
  const before = (a: number, b: number): number => {
    if (remainders[a] !== remainders[b])
      return remainders[a] > remainders[b] ? -1 : 1;
    if (weights[a] !== weights[b]) return weights[a] > weights[b] ? -1 : 1;
    return a - b;
  };
  const candidates: number[] = [];
  for (let i = 0; i < remainders.length; i++)
    if (remainders[i] > 0n) candidates.push(i);
  candidates.sort(before);
  return candidates.slice(0, count);
}

/**
 * Divide `bedrag` over `weights` (each ≥ 0, at least one > 0) in proportion, in whole units of
 * 10^-decimalen, so that the shares add up exactly to `bedrag`.
 */
export function verdeel(
  bedrag: Dec,
  weights: readonly Dec[],
  decimalen = DEFAULT_DECIMALEN,
): Dec[] {
  const units = amountInUnits(bedrag, decimalen);
  weights.forEach((w, i) => {
    if (w.isNegative() && !w.isZero()) {
      throw numError(
        `gewicht ${i + 1} in de sleutel is negatief (${formatNumber(w, 0, 20)}); een verdeelsleutel heeft gewichten van 0 of meer`,
      );
    }
  });
  const scaled = weights.map(toScaled);
  const commonScale = scaled.reduce((max, w) => Math.max(max, w.scale), 0);
  const integerWeights = scaled.map(
    (w) => w.units * 10n ** BigInt(commonScale - w.scale),
  );
  const shares = apportionUnits(units, integerWeights);
  const unit = new Dec(10).pow(-decimalen);
  return shares.map((s) => new Dec(s.toString()).times(unit));
}
