/** Timing helpers for the benchmark: medians of repeated runs in one process, with garbage collected in between. */

const collect = (globalThis as { gc?: () => void }).gc;

/** Untimed runs first, so the figures are of compiled code rather than of the JIT warming up. */
const WARM_UP_RUNS = 3;

/** The median of `runs` timings of `task` in milliseconds, after untimed warm-up runs. */
export async function median(runs: number, task: () => unknown): Promise<number> {
  for (let run = 0; run < WARM_UP_RUNS; run++) await task();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    collect?.();
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
}

/** `value` with a fixed number of significant decimals for the table. */
export function fixed(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}
