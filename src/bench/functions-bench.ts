import { checkRealloc, fte, verdeel } from "../functions/functions";
import { formatCount } from "../core/format";
import { timePerCall } from "./measure";

/*
 * The custom functions against a plain-number baseline doing the same arithmetic without
 * decimal.js or exact integers: the price of exactness. The baselines are deliberately naive
 * (and can be a cent off); they exist only to compare speed.
 */

function baselineVerdeel(amount: number, range: number[][]): number[][] {
  const weights = range.map((row) => row[0]);
  const cents = Math.round(amount * 100);
  const total = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (cents * w) / total);
  const shares = quotas.map(Math.floor);
  let left = cents - shares.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => i).sort((a, b) => quotas[b] - shares[b] - (quotas[a] - shares[a]) || a - b);
  for (const i of order) {
    if (left-- <= 0) break;
    shares[i] += 1;
  }
  return shares.map((s) => [s / 100]); // the same matrix shape Excel needs
}

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
function baselineCheckRealloc(adopted: number[], changed: number[]): string[] {
  const out = adopted.map((a, i) => {
    const m = changed[i] - a;
    if (m === 0) return "OK";
    return Math.abs(m) <= 0.2 * a
      ? `OK: ${euro.format(m)} (${((m / a) * 100).toFixed(1)}%)`
      : `PHO: ${euro.format(m)} is ${((m / a) * 100).toFixed(1)}% van ${euro.format(a)} (grens 20%)`;
  });
  const total = changed.reduce((s, v) => s + v, 0);
  out.push(`OK: totaal ${euro.format(total)}`);
  return out;
}

export interface FunctionRow {
  case: string;
  micros: number;
  baselineMicros: number;
  ratio: number;
}

/** Deterministic pseudo-random weights (inhabitant-like numbers). */
export function weights(n: number, seed = 7): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 1000 + (x % 100000);
  });
}

export function benchFunctions(): FunctionRow[] {
  const rows: FunctionRow[] = [];
  const add = (name: string, fn: () => unknown, base: () => unknown) => {
    const exact = timePerCall(fn);
    const plain = timePerCall(base);
    rows.push({ case: name, micros: exact.micros, baselineMicros: plain.micros, ratio: exact.micros / plain.micros });
  };
  for (const n of [14, 1000, 100000]) {
    const range = weights(n).map((v) => [v]);
    add(
      `VERDEEL ${formatCount(n)} gewichten`,
      () => verdeel(4747850, range),
      () => baselineVerdeel(4747850, range),
    );
  }
  const hours = Array.from({ length: 100 }, (_, r) => Array.from({ length: 100 }, (_, c) => 100 + r * 37 + c * 11));
  add(
    "FTE 10.000 cellen",
    () => fte(hours, 2000, 0.68),
    () => hours.map((row) => row.map((h) => h / (2000 * 0.68))),
  );
  const adopted = weights(1000, 3).map((w) => w * 10);
  const changed = adopted.map((a, i) => (i % 3 === 0 ? a * 1.25 : i % 3 === 1 ? a * 0.9 : a));
  add(
    "CHECKREALLOC 1.000 regels",
    () =>
      checkRealloc(
        adopted.map((v) => [v]),
        changed.map((v) => [v]),
      ),
    () => baselineCheckRealloc(adopted, changed),
  );
  return rows;
}
