/**
 * The metric formulas, written once. Every number Kuulo shows for NPS, CSAT, CES, CLI and rating
 * scales (dashboards, the API, exports) comes from these functions, over the integer statistics of
 * stats.ts. They take statistics rather than answers so that a rollup and a scan of raw answers
 * reach the same result bit for bit. Nothing is rounded here; callers round for display.
 */
import { metricScales, type Metric } from '../survey/scales.js';
import { twoSidedPValue } from './normal.js';
import { assertCliStats, assertScoreCounts, maxScore, type CliStats, type ScoreCounts } from './stats.js';

/** The z of a two-sided 95% interval, as analysts quote it (Φ⁻¹(0.975) ≈ 1.959964). */
export const confidenceZ = 1.96;

/** A difference between periods is significant when its two-sided p-value is below this. */
export const significanceLevel = 0.05;

/** A 95% confidence interval, in the unit of the value it surrounds. */
export interface Interval {
  low: number;
  high: number;
}

export interface NpsResult {
  n: number;
  /** Scores 9–10. */
  promoters: number;
  /** Scores 7–8. */
  passives: number;
  /** Scores 0–6. */
  detractors: number;
  promoterShare: number | null;
  passiveShare: number | null;
  detractorShare: number | null;
  /** % promoters − % detractors, from −100 to 100. */
  score: number | null;
  /** In NPS points; null below 2 answers. */
  standardError: number | null;
  ci: Interval | null;
}

export interface CsatResult {
  n: number;
  /** Scores 4–5. */
  satisfied: number;
  /** % of answers that are 4–5: the CSAT score. */
  share: number | null;
  mean: number | null;
  problemThreshold: number;
  /** Scores at or below the threshold. */
  problems: number;
  problemShare: number | null;
  /** Wilson interval of `share`, in %. */
  ci: Interval | null;
}

export interface CesResult {
  n: number;
  /** The CES score, on the 1–7 scale. */
  mean: number | null;
  /** Scores 5–7: agreeing that it was easy. */
  agreeing: number;
  share: number | null;
  /** Of the mean; null below 2 answers. */
  standardError: number | null;
  ci: Interval | null;
}

export interface CliResult {
  n: number;
  /** Mean over respondents of each one's mean likelihood, 0–10. */
  mean: number | null;
  /** 10 × mean, 0–100: the CLI score. */
  normalised: number | null;
  /** Of the mean, on the 0–10 scale; null below 2 respondents. */
  standardError: number | null;
  ci: Interval | null;
  normalisedCi: Interval | null;
}

export interface ScaleMeanResult {
  n: number;
  mean: number | null;
}

/** The statistics each metric is computed from. */
export interface MetricStats {
  nps: ScoreCounts;
  csat: ScoreCounts;
  ces: ScoreCounts;
  cli: CliStats;
}

export interface PeriodComparison {
  metric: Metric;
  /** The headline of each period: NPS score, CSAT share, CES mean or CLI normalised; null without answers. */
  current: number | null;
  previous: number | null;
  /** current − previous, in the headline's unit (NPS points, CSAT share points, CES mean, CLI points). */
  change: number | null;
  z: number | null;
  /** Two-sided; null when either period has fewer than 2 answers or the difference has no spread. */
  pValue: number | null;
  /** pValue < 0.05; false when there is no p-value. */
  isSignificant: boolean;
}

/**
 * Net Promoter Score from 0–10 answers: % promoters (9–10) − % detractors (0–6). Its interval
 * treats each answer as +1, 0 or −1: var = (P + D)/n − ((P − D)/n)², SE = √(var/n) × 100, and
 * CI = score ± 1.96·SE, kept within −100..100.
 * @example npsOf(scoreCountsOf([10, 9, 8, 7, 6, 0])).score // 0
 */
export function npsOf(stats: ScoreCounts): NpsResult {
  const { n, counts } = histogramOf(stats, 'nps');
  const promoters = countBetween(counts, 9, 10);
  const passives = countBetween(counts, 7, 8);
  const detractors = countBetween(counts, 0, 6);
  const score = n === 0 ? null : (100 * (promoters - detractors)) / n;
  // The same variance over n², as one integer numerator: exact, and never below 0.
  const varianceTimesN2 = (promoters + detractors) * n - (promoters - detractors) ** 2;
  const standardError = n < 2 ? null : 100 * Math.sqrt(varianceTimesN2 / (n * n) / n);
  return {
    n,
    promoters,
    passives,
    detractors,
    promoterShare: percent(promoters, n),
    passiveShare: percent(passives, n),
    detractorShare: percent(detractors, n),
    score,
    standardError,
    ci: intervalAround(score, standardError, -100, 100),
  };
}

/**
 * Customer satisfaction from 1–5 answers: the share of 4–5, the mean, and the answers at or below
 * `problemThreshold` (1–4), which the workspace treats as problems to follow up. The share's
 * interval is Wilson's, which stays sensible near 0% and 100% and with few answers:
 * (s + z²/2)/(n + z²) ± z·√(s(n − s)/n + z²/4)/(n + z²).
 * @example csatOf(scoreCountsOf([5, 4, 2, 1]), 2).problemShare // 50
 */
export function csatOf(stats: ScoreCounts, problemThreshold = 3): CsatResult {
  const { n, sum, counts } = histogramOf(stats, 'csat');
  const { min, max } = metricScales.csat;
  if (!Number.isInteger(problemThreshold) || problemThreshold < min || problemThreshold >= max) {
    throw new RangeError(`The CSAT problem threshold must be a whole number from ${min} to ${max - 1}; got ${problemThreshold}`);
  }
  const satisfied = countBetween(counts, 4, 5);
  const problems = countBetween(counts, min, problemThreshold);
  const z2 = confidenceZ ** 2;
  const center = (satisfied + z2 / 2) / (n + z2);
  const half = (confidenceZ * Math.sqrt((satisfied * (n - satisfied)) / n + z2 / 4)) / (n + z2);
  return {
    n,
    satisfied,
    share: percent(satisfied, n),
    mean: n === 0 ? null : sum / n,
    problemThreshold,
    problems,
    problemShare: percent(problems, n),
    ci: n === 0 ? null : { low: clamp(100 * (center - half), 0, 100), high: clamp(100 * (center + half), 0, 100) },
  };
}

/**
 * Customer effort from 1–7 answers ("it was easy to…", 7 = strongly agree): the mean, and the share
 * agreeing (5–7). The mean's interval is mean ± 1.96·s/√n with the sample variance
 * s² = (n·Σv² − (Σv)²) / (n(n − 1)), kept within 1..7.
 * @example cesOf(scoreCountsOf([7, 6, 5, 4, 1])).mean // 4.6
 */
export function cesOf(stats: ScoreCounts): CesResult {
  const { n, sum, sumSq, counts } = histogramOf(stats, 'ces');
  const agreeing = countBetween(counts, 5, 7);
  return { n, ...meanOf(n, sum, sumSq, scaleUnit('ces')), agreeing, share: percent(agreeing, n) };
}

/**
 * Customer loyalty index: each respondent's mean of the likelihoods they answered, then the mean
 * over respondents (0–10), and that × 10 (0–100). The interval is the mean's, as for CES, from the
 * respondents' values: sum6/6 and sumSq6/36 are Σv and Σv².
 * @example cliOf(cliStatsOf([51, 60])).normalised // 92.5
 */
export function cliOf(stats: CliStats): CliResult {
  assertCliStats(stats);
  const { n, sum6, sumSq6 } = stats;
  const { mean, standardError, ci } = meanOf(n, sum6, sumSq6, { times: 1, per: 6, min: 0, max: 10 });
  const normalised = meanOf(n, sum6, sumSq6, { times: 10, per: 6, min: 0, max: 100 });
  return { n, mean, normalised: normalised.mean, standardError, ci, normalisedCi: normalised.ci };
}

/**
 * The mean of a rating or any other 0–10 scale.
 * @example scaleMeanOf(scoreCountsOf([5, 4, 4])).mean // 4.333…
 */
export function scaleMeanOf(stats: ScoreCounts): ScaleMeanResult {
  const { n, sum } = histogramOf(stats, null);
  return { n, mean: n === 0 ? null : sum / n };
}

/**
 * Compares a metric between two periods (or any two groups of different respondents): the change in
 * its headline and whether it is more than chance, by a two-sided z-test. NPS: the difference of
 * the mean +1/0/−1 values over √(var₁/n₁ + var₂/n₂), with the variances of {@link npsOf}. CSAT:
 * the two-proportion test of the share with the pooled proportion p, SE = √(p(1 − p)(1/n₁ + 1/n₂)).
 * CES and CLI: Welch's z, the difference of means over √(s₁²/n₁ + s₂²/n₂).
 * @example comparePeriods('csat', thisMonth, lastMonth).change // share points
 */
export function comparePeriods<M extends Metric>(metric: M, current: MetricStats[M], previous: MetricStats[M]): PeriodComparison {
  const difference: DifferenceOf[M] = differences[metric];
  const { current: now, previous: before, standardError, n } = difference(current, previous);
  const change = now === null || before === null ? null : now - before;
  const isTestable = change !== null && n.current >= 2 && n.previous >= 2 && standardError !== null && standardError > 0;
  const z = isTestable ? change / standardError : null;
  const pValue = z === null ? null : twoSidedPValue(z);
  return { metric, current: now, previous: before, change, z, pValue, isSignificant: pValue !== null && pValue < significanceLevel };
}

/**
 * Whether a bucket has too few responses to show its numbers: fewer than the workspace's minimum.
 * An empty bucket is too few for any minimum above 0.
 * @example isTooFew(4, 5) // true
 */
export const isTooFew = (n: number, minimum: number): boolean => n < minimum;

interface Difference {
  current: number | null;
  previous: number | null;
  /** Of current − previous, in the headline's unit. */
  standardError: number | null;
  n: { current: number; previous: number };
}

type DifferenceOf = { [M in Metric]: (current: MetricStats[M], previous: MetricStats[M]) => Difference };

/** Difference of two independent estimates: their standard errors add in quadrature. */
function unpooled(current: { n: number; standardError: number | null }, previous: { n: number; standardError: number | null }, unit = 1) {
  const standardError = current.standardError === null || previous.standardError === null ? null : unit * Math.hypot(current.standardError, previous.standardError);
  return { standardError, n: { current: current.n, previous: previous.n } };
}

const differences: DifferenceOf = {
  nps: (current, previous) => {
    const [a, b] = [npsOf(current), npsOf(previous)];
    return { current: a.score, previous: b.score, ...unpooled(a, b) };
  },
  csat: (current, previous) => {
    const [a, b] = [csatOf(current), csatOf(previous)];
    const [n, satisfied] = [a.n + b.n, a.satisfied + b.satisfied];
    // p(1 − p) of the pooled share p = satisfied / n, as one integer over n².
    const pooledVariance = (satisfied * (n - satisfied)) / (n * n);
    const standardError = a.n === 0 || b.n === 0 ? null : 100 * Math.sqrt(pooledVariance * (1 / a.n + 1 / b.n));
    return { current: a.share, previous: b.share, standardError, n: { current: a.n, previous: b.n } };
  },
  ces: (current, previous) => {
    const [a, b] = [cesOf(current), cesOf(previous)];
    return { current: a.mean, previous: b.mean, ...unpooled(a, b) };
  },
  cli: (current, previous) => {
    const [a, b] = [cliOf(current), cliOf(previous)];
    return { current: a.normalised, previous: b.normalised, ...unpooled(a, b, 10) };
  },
};

/**
 * How stored integers map to reported values, value = stored × times / per, and the range the
 * reported value lives in. Computing times·Σ / (per·n) keeps each mean to a single rounding.
 */
interface Unit {
  times: number;
  per: number;
  min: number;
  max: number;
}

const scaleUnit = (metric: Metric): Unit => ({ times: 1, per: 1, ...metricScales[metric] });

/** The mean, its standard error (sample variance, n − 1) and its 95% interval, from n, Σx and Σx². */
function meanOf(n: number, sum: number, sumSq: number, unit: Unit): { mean: number | null; standardError: number | null; ci: Interval | null } {
  const mean = n === 0 ? null : (unit.times * sum) / (unit.per * n);
  // n·Σx² − (Σx)² is a whole number (exact while below 2⁵³), so the variance never goes negative.
  const sampleVariance = n < 2 ? null : Math.max(0, n * sumSq - sum * sum) / (n * (n - 1));
  const standardError = sampleVariance === null ? null : (unit.times * Math.sqrt(sampleVariance / n)) / unit.per;
  return { mean, standardError, ci: intervalAround(mean, standardError, unit.min, unit.max) };
}

/** Checks the counts and that no answer lies outside the metric's scale, and sums the scores. */
function histogramOf(stats: ScoreCounts, metric: Metric | null): { n: number; sum: number; sumSq: number; counts: readonly number[] } {
  assertScoreCounts(stats);
  const { min, max } = metric ? metricScales[metric] : { min: 0, max: maxScore };
  const outside = stats.counts.findIndex((count, score) => count > 0 && (score < min || score > max));
  if (outside >= 0) throw new RangeError(`${metric?.toUpperCase() ?? 'Scale'} counts hold answers of ${outside}, outside the scale ${min}–${max}`);
  let sum = 0;
  let sumSq = 0;
  stats.counts.forEach((count, score) => {
    sum += count * score;
    sumSq += count * score * score;
  });
  return { n: stats.n, sum, sumSq, counts: stats.counts };
}

const countBetween = (counts: readonly number[], low: number, high: number): number => counts.slice(low, high + 1).reduce((sum, count) => sum + count, 0);

/** 100 × count / n in one division, so it is the double nearest the exact percentage. */
const percent = (count: number, n: number): number | null => (n === 0 ? null : (100 * count) / n);

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

function intervalAround(value: number | null, standardError: number | null, min: number, max: number): Interval | null {
  if (value === null || standardError === null) return null;
  return { low: clamp(value - confidenceZ * standardError, min, max), high: clamp(value + confidenceZ * standardError, min, max) };
}
