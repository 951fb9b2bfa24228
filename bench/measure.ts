/** Timing helpers for the benchmark: medians of repeated runs in one process, each from a collected heap. */

const collect = (globalThis as { gc?: () => void }).gc;

/** Untimed runs first, so the figures are of compiled code rather than of the JIT warming up. */
const WARM_UP_RUNS = 2;

/** Each timed sample lasts at least this long: quick tasks run several times in it, so one collection or timer tick does not decide their figure. */
const SAMPLE_MS = 60;

/**
 * The median of `runs` timings of `task` in milliseconds per run. Before each sample the heap is collected and the
 * task run once untimed (tasks that take seconds may skip that), so every sample starts from the same heap and a big
 * file's figures carry only their own garbage; quick tasks repeat inside a sample until it lasts SAMPLE_MS, and the
 * sample is divided by the repeats.
 */
export async function median(runs: number, task: () => unknown, options: { warmUps?: number; untimedBeforeEach?: boolean } = {}): Promise<number> {
  const { warmUps = WARM_UP_RUNS, untimedBeforeEach = true } = options;
  for (let run = 0; run < warmUps; run++) await task();
  const once = performance.now();
  await task();
  const repeats = Math.min(1000, Math.max(1, Math.ceil(SAMPLE_MS / Math.max(performance.now() - once, 0.001))));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    collect?.();
    if (untimedBeforeEach) await task();
    const started = performance.now();
    for (let repeat = 0; repeat < repeats; repeat++) await task();
    times.push((performance.now() - started) / repeats);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
}

/** `value` with a fixed number of significant decimals for the table. */
export function fixed(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}
