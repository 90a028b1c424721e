import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/lib/ is two levels below it). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const DEFAULT_REPEAT = 5;

/** How many times each timing is repeated (BENCH_REPEAT, default 5); the median is reported. */
export function benchRepeat(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BENCH_REPEAT;
  if (raw === undefined || raw.trim() === '') return DEFAULT_REPEAT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new Error(`BENCH_REPEAT must be a whole number from 1 to 100 (got "${raw}").`);
  }
  return n;
}
