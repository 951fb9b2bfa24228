/** Timing helpers for the benchmark: medians of repeated runs in one process, each from a collected heap. */

const collect = (globalThis as { gc?: () => void }).gc;

/** Untimed runs first, so the figures are of compiled code rather than of the JIT warming up. */
const WARM_UP_RUNS = 2;

/**
 * The median of `runs` timings of `task` in milliseconds. Before each timed run the heap is collected and the task
 * run once untimed: every run then starts from the same heap, so a big file's figures are not inflated by the garbage
 * of the runs before it, and the untimed run absorbs the slower first allocations after a collection.
 */
export async function median(runs: number, task: () => unknown): Promise<number> {
  for (let run = 0; run < WARM_UP_RUNS; run++) await task();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    collect?.();
    await task();
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
