import { cesOf, cliOf, comparePeriods, csatOf, isTooFew, npsOf, scaleMeanOf, type CliStats, type MetricStats, type ScoreCounts } from '../../engine/metrics/index.js';
import type { Metric } from '../../engine/survey/scales.js';
import type { SummedStats } from './store.js';

/**
 * From summed rollup rows to what a dashboard shows: the engine's formulas over the same integer
 * statistics, plus skips, and "too few" instead of numbers for a group under the workspace's minimum.
 */

/** What a rollup row measures; choices have counts and no single number. */
export type Kind = Metric | 'rating' | 'choice';

export const emptySums = (key = ''): SummedStats => ({ key, shown: 0, answered: 0, counts: new Array<number>(11).fill(0), sum6: 0, sumSq6: 0 });

export function addSums(into: SummedStats, row: SummedStats): SummedStats {
  into.shown += row.shown;
  into.answered += row.answered;
  row.counts.forEach((count, i) => (into.counts[i]! += count));
  into.sum6 += row.sum6;
  into.sumSq6 += row.sumSq6;
  return into;
}

export const scoreCountsFrom = (sums: SummedStats): ScoreCounts => ({ n: sums.answered, counts: sums.counts });
export const cliStatsFrom = (sums: SummedStats): CliStats => ({ n: sums.answered, sum6: sums.sum6, sumSq6: sums.sumSq6 });

export function statsFor<M extends Metric>(metric: M, sums: SummedStats): MetricStats[M] {
  return (metric === 'cli' ? cliStatsFrom(sums) : scoreCountsFrom(sums)) as MetricStats[M];
}

export interface ShownValue {
  n: number;
  /** Shown and not answered: reported, never in a denominator. */
  skipped: number;
  isTooFew: boolean;
  /** The formula's result; absent when there are too few answers to show it. */
  result?: Record<string, unknown>;
}

export interface ValueSettings {
  minResponses: number;
  csatProblemThreshold: number;
}

/** One group's number as a dashboard shows it. */
export function shownValue(kind: Kind, sums: SummedStats, settings: ValueSettings): ShownValue {
  const n = sums.answered;
  const skipped = sums.shown - sums.answered;
  if (isTooFew(n, settings.minResponses)) return { n, skipped, isTooFew: true };
  if (kind === 'choice') return { n, skipped, isTooFew: false };
  const counts = scoreCountsFrom(sums);
  const result =
    kind === 'nps' ? npsOf(counts) : kind === 'csat' ? csatOf(counts, settings.csatProblemThreshold) : kind === 'ces' ? cesOf(counts) : kind === 'cli' ? cliOf(cliStatsFrom(sums)) : scaleMeanOf(counts);
  return { n, skipped, isTooFew: false, result: { ...result } };
}

/** This period against the one before, with the significance test; withheld when either has too few answers. */
export function comparison(metric: Metric, current: SummedStats, previous: SummedStats, settings: ValueSettings) {
  if (isTooFew(current.answered, settings.minResponses) || isTooFew(previous.answered, settings.minResponses)) return null;
  const { change, pValue, isSignificant } = comparePeriods(metric, statsFor(metric, current), statsFor(metric, previous));
  return { change, pValue, isSignificant };
}

/**
 * Responses started and completed in a slice, and the completion rate. Starts are kept for
 * everyone, channel and language only: other breakdowns know completions, so their rate is null,
 * as it is under a comment filter (null dimension), which only complete responses can meet.
 */
export function responseCounts(rows: readonly { started: number; completed: number }[], dimension: string | null) {
  const started = rows.reduce((sum, row) => sum + row.started, 0);
  const completed = rows.reduce((sum, row) => sum + row.completed, 0);
  const knowsStarts = dimension === '' || dimension === 'channel' || dimension === 'language';
  return { started: knowsStarts ? started : null, completed, completionRate: knowsStarts && started > 0 ? (100 * completed) / started : null };
}
