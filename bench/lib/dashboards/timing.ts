import { percentile } from '../stats.js';

/** Timing a dashboard question against its reference, alternately, so a busy moment slows both. */

/** How often each dashboard question is timed (after warm-up runs), alternating with the reference: BENCH_DASHBOARD_RUNS, default 30. */
export function dashboardRuns(): number {
  const runs = Number(process.env.BENCH_DASHBOARD_RUNS ?? 30);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_DASHBOARD_RUNS must be a whole number above 0 (got "${process.env.BENCH_DASHBOARD_RUNS}")`);
  return runs;
}
const warmUps = 3;

export interface Timings {
  p50: number;
  p95: number;
  refP50: number;
  refP95: number;
}

const elapsed = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

/** One answer from Kuulo and one from the reference, then the same again, `runs` times: a busy moment slows both. */
export async function timeAlternately(ours: () => Promise<unknown>, reference: () => Promise<unknown>): Promise<Timings> {
  for (let i = 0; i < warmUps; i++) {
    await ours();
    await reference();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0, runs = dashboardRuns(); i < runs; i++) {
    a.push(await elapsed(ours));
    b.push(await elapsed(reference));
  }
  return { p50: percentile(a, 50), p95: percentile(a, 95), refP50: percentile(b, 50), refP95: percentile(b, 95) };
}
