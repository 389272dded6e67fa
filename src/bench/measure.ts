/** Small timing helpers for the benchmark: warm up, then repeat until enough time has passed. */

export interface Timing {
  /** Mean time per call in microseconds. */
  micros: number;
  calls: number;
}

const now = (): bigint => process.hrtime.bigint();

/** Time `fn` per call: a warm-up, then as many calls as fit in `minMillis` (at least `minCalls`). */
export function timePerCall(fn: () => unknown, minMillis = 300, minCalls = 3): Timing {
  for (let i = 0; i < Math.min(minCalls, 3); i++) fn(); // warm-up (and JIT)
  let calls = 0;
  const start = now();
  let elapsed = 0n;
  const budget = BigInt(minMillis) * 1_000_000n;
  while (calls < minCalls || elapsed < budget) {
    fn();
    calls++;
    elapsed = now() - start;
  }
  return { micros: Number(elapsed) / 1000 / calls, calls };
}

/** Time one run of an async function, in milliseconds. */
export async function timeOnce<T>(fn: () => Promise<T> | T): Promise<{ millis: number; result: T }> {
  const start = now();
  const result = await fn();
  return { millis: Number(now() - start) / 1e6, result };
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function heapUsedMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
