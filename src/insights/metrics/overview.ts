import type { Metric } from '../../engine/survey/scales.js';
import type { Db } from '../../platform/db/database.js';
import { findRollupSettings } from '../rollups/store.js';
import { bucketOf, bucketsBetween, previousPeriod, type Interval } from './periods.js';
import { rollupTables, type RollupSource } from './source.js';
import type { RollupSlice, SummedStats } from './store.js';
import { addSums, comparison, emptySums, responseCounts, shownValue, type ShownValue } from './values.js';

export interface OverviewRequest {
  workspaceId: string;
  metric: Metric;
  /** Days in the workspace's time zone, both included. */
  from: string;
  to: string;
  interval: Interval;
  surveyIds?: readonly string[];
  /** Only responses in this breakdown (channel fi, contact.plan pro…). */
  filter?: { dimension: string; value: string };
  /** One number per value of this dimension (or per survey: 'survey') as well. */
  breakdown?: string;
}

export interface Overview {
  metric: Metric;
  from: string;
  to: string;
  interval: Interval;
  minResponses: number;
  value: ShownValue;
  previous: { from: string; to: string; value: ShownValue };
  /** This period against the previous one; null when either has too few answers. */
  change: { change: number | null; pValue: number | null; isSignificant: boolean } | null;
  /** Each bucket's metric and how many responses were completed in it (in the filter, if any). */
  series: { start: string; value: ShownValue; completed: number }[];
  breakdown: { dimension: string; items: { value: string; result: ShownValue }[] } | null;
  responses: { started: number | null; completed: number; completionRate: number | null };
}

/**
 * A metric across the workspace's surveys (or some of them) over a period: its value with the
 * interval, the change against the period before and whether it is significant, a trend, and
 * optionally one breakdown. Reads rollups only (the tables, or rows counted for a comment filter):
 * the cost follows days and breakdown values.
 */
export async function metricOverview(db: Db, request: OverviewRequest, source: RollupSource = rollupTables(db)): Promise<Overview | null> {
  const settings = await findRollupSettings(db, request.workspaceId);
  if (!settings) return null;
  const before = previousPeriod(request.from, request.to);
  const slice: RollupSlice = {
    workspaceId: request.workspaceId,
    from: before.from,
    to: request.to,
    ...(request.surveyIds ? { surveyIds: request.surveyIds } : {}),
    dimension: request.filter?.dimension ?? '',
    value: request.filter?.value ?? '',
  };
  const byDay = await source.questions({ ...slice, kind: request.metric }, 'day');
  const current = emptySums();
  const previous = emptySums();
  const buckets = new Map(bucketsBetween(request.from, request.to, request.interval).map((start) => [start, emptySums(start)]));
  for (const row of byDay) {
    if (row.key < request.from) {
      addSums(previous, row);
      continue;
    }
    addSums(current, row);
    addSums(buckets.get(bucketOf(row.key, request.interval))!, row);
  }

  let breakdown: Overview['breakdown'] = null;
  if (request.breakdown) {
    // By survey: everyone's rows (or the filter's), one group per survey; else one group per value.
    const bySurvey = request.breakdown === 'survey';
    const byValue = bySurvey
      ? await source.questions({ ...slice, from: request.from, kind: request.metric }, 'survey')
      : await source.questions(
          // Broken down by the filtered dimension itself: only the filtered value.
          { ...slice, from: request.from, dimension: request.breakdown, value: request.filter?.dimension === request.breakdown ? request.filter.value : undefined, kind: request.metric },
          'value',
        );
    const items = byValue
      .sort((a, b) => b.answered - a.answered || a.key.localeCompare(b.key))
      .map((row: SummedStats) => ({ value: row.key, result: shownValue(request.metric, row, settings) }));
    breakdown = { dimension: request.breakdown, items };
  }

  const counts = await source.responses({ ...slice, from: request.from }, 'day');
  const completedIn = new Map<string, number>();
  for (const row of counts) {
    const bucket = bucketOf(row.key, request.interval);
    completedIn.set(bucket, (completedIn.get(bucket) ?? 0) + row.completed);
  }

  return {
    metric: request.metric,
    from: request.from,
    to: request.to,
    interval: request.interval,
    minResponses: settings.minResponses,
    value: shownValue(request.metric, current, settings),
    previous: { ...before, value: shownValue(request.metric, previous, settings) },
    change: comparison(request.metric, current, previous, settings),
    series: [...buckets.values()].map((sums) => ({ start: sums.key, value: shownValue(request.metric, sums, settings), completed: completedIn.get(sums.key) ?? 0 })),
    breakdown,
    responses: responseCounts(counts, source.knowsStarts ? slice.dimension : null),
  };
}
