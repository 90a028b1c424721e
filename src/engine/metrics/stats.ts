/**
 * The sufficient statistics of every metric: small sets of integers that rollups store, add up and
 * hand to the formulas. Integers add exactly in any order, so a day rolled up into a month, a
 * month computed from raw answers and a number computed here from the answers themselves all
 * reach the formulas as the same numbers, and give the same result to the last digit.
 */

/** The highest score of any scale Kuulo stores as counts: NPS, CLI likelihoods and ratings go to 10. */
export const maxScore = 10;

/** The largest CLI value in sixths: a respondent who answered 10 to everything. */
export const maxCli6 = 6 * maxScore;

/**
 * Answers to a 0–10 (or narrower) integer scale: `counts[v]` is how many answered v, and `n` is the
 * sum of the counts. Always 11 counts, whatever the scale, so one column layout serves NPS, CSAT,
 * CES and ratings; a narrower scale leaves its unused counts at 0.
 */
export interface ScoreCounts {
  n: number;
  /** Length 11; the index is the score, 0 to 10. */
  counts: readonly number[];
}

/**
 * The customer loyalty index of a group, as three integers. Each respondent's value is 6 × the mean
 * of the 0–10 likelihoods they answered (k of 3): an exact integer from 0 to 60, because 6 is
 * divisible by 1, 2 and 3. `sum6` adds those values and `sumSq6` their squares.
 */
export interface CliStats {
  n: number;
  sum6: number;
  sumSq6: number;
}

/** Counts with no answers, to start a rollup from. */
export const emptyScoreCounts = (): ScoreCounts => ({ n: 0, counts: new Array<number>(maxScore + 1).fill(0) });

/** CLI statistics with no respondents, to start a rollup from. */
export const emptyCliStats = (): CliStats => ({ n: 0, sum6: 0, sumSq6: 0 });

const isCount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

const isScore = (value: number, max: number): boolean => Number.isInteger(value) && value >= 0 && value <= max;

/**
 * Builds the counts from answered scores. Skipped questions are not answers: leave them out, so they
 * never enter a denominator.
 * @throws RangeError for a value that is not a whole number from 0 to 10, which a stored answer never is.
 * @example scoreCountsOf([10, 9, 9, 3]).counts[9] // 2
 */
export function scoreCountsOf(scores: Iterable<number>): ScoreCounts {
  const counts = new Array<number>(maxScore + 1).fill(0);
  let n = 0;
  for (const score of scores) {
    if (!isScore(score, maxScore)) throw new RangeError(`A score must be a whole number from 0 to ${maxScore}; got ${score}`);
    counts[score]!++;
    n++;
  }
  return { n, counts };
}

/**
 * Adds two groups' counts, as a rollup does when it joins days into weeks or surveys into a program.
 * @example addScoreCounts(scoreCountsOf([10]), scoreCountsOf([0])).n // 2
 */
export function addScoreCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
  assertScoreCounts(a);
  assertScoreCounts(b);
  return { n: a.n + b.n, counts: a.counts.map((count, score) => count + b.counts[score]!) };
}

/**
 * One respondent's CLI value in sixths: 6 × the mean of the likelihoods they answered. Unanswered
 * items (null or undefined) are left out of the mean, not counted as 0.
 * @returns null when none of the items was answered: such a respondent is not in the CLI's n.
 * @throws RangeError for more than three items or a likelihood that is not a whole number from 0 to 10.
 * @example cli6Of([8, 9, null]) // 51, a mean of 8.5
 */
export function cli6Of(likelihoods: readonly (number | null | undefined)[]): number | null {
  if (likelihoods.length > 3) throw new RangeError(`The CLI has three likelihoods; got ${likelihoods.length}`);
  const answered = likelihoods.filter((value): value is number => value !== null && value !== undefined);
  for (const value of answered) if (!isScore(value, maxScore)) throw new RangeError(`A likelihood must be a whole number from 0 to ${maxScore}; got ${value}`);
  if (answered.length === 0) return null;
  const value6 = (answered.reduce((sum, value) => sum + value, 0) * 6) / answered.length;
  if (!Number.isInteger(value6)) throw new RangeError(`6 × the mean of ${answered.join(', ')} is not a whole number`);
  return value6;
}

/**
 * Builds the CLI statistics from respondents' values in sixths (see {@link cli6Of}).
 * @throws RangeError for a value that is not a whole number from 0 to 60.
 * @example cliStatsOf([51, 60]) // { n: 2, sum6: 111, sumSq6: 6201 }
 */
export function cliStatsOf(values6: Iterable<number>): CliStats {
  const stats = emptyCliStats();
  for (const value of values6) {
    if (!isScore(value, maxCli6)) throw new RangeError(`A CLI value in sixths must be a whole number from 0 to ${maxCli6}; got ${value}`);
    stats.n++;
    stats.sum6 += value;
    stats.sumSq6 += value * value;
  }
  return stats;
}

/** Adds two groups' CLI statistics. */
export function addCliStats(a: CliStats, b: CliStats): CliStats {
  assertCliStats(a);
  assertCliStats(b);
  return { n: a.n + b.n, sum6: a.sum6 + b.sum6, sumSq6: a.sumSq6 + b.sumSq6 };
}

/**
 * Checks counts read from storage before they are trusted: 11 non-negative whole counts that add up
 * to n. A broken rollup row then fails loudly instead of showing a wrong score.
 * @throws RangeError naming what is wrong.
 */
export function assertScoreCounts(stats: ScoreCounts): void {
  if (stats.counts.length !== maxScore + 1) throw new RangeError(`Score counts need ${maxScore + 1} counts (scores 0–${maxScore}); got ${stats.counts.length}`);
  if (!stats.counts.every(isCount)) throw new RangeError(`Score counts must be whole numbers of at least 0; got ${stats.counts.join(', ')}`);
  const total = stats.counts.reduce((sum, count) => sum + count, 0);
  if (stats.n !== total) throw new RangeError(`Score counts add up to ${total}, not to n = ${stats.n}`);
}

/**
 * Checks CLI statistics read from storage: whole numbers that some set of values from 0 to 60 could
 * have produced (a sum within 60 × n, squares within 60 × the sum and at least sum² / n).
 * @throws RangeError naming what is wrong.
 */
export function assertCliStats(stats: CliStats): void {
  const { n, sum6, sumSq6 } = stats;
  if (![n, sum6, sumSq6].every(isCount)) throw new RangeError(`CLI statistics must be whole numbers of at least 0; got n ${n}, sum6 ${sum6}, sumSq6 ${sumSq6}`);
  if (sum6 > maxCli6 * n || sumSq6 > maxCli6 * sum6 || sumSq6 * n < sum6 * sum6) {
    throw new RangeError(`No set of ${n} CLI values from 0 to ${maxCli6} has sum6 ${sum6} and sumSq6 ${sumSq6}`);
  }
}
