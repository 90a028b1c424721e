import type { Interval } from '../../../api/insights.js';
import type { ScoresBeside, SentimentCounts, TextComment, TextModels, TextOverview } from '../../../api/textInsights.js';
import type { TrendPoint } from '../TrendChart.js';
import { formatFixed } from '../metricValues.js';
import { addDays } from '../periods.js';
import type { Period } from '../periods.js';

/** The numbers of the text views, pure so they are unit tested: changes, shares, scores, the trend, attributes offered. */

/** A count against the period before: the difference, and the growth in percent when there was something to grow from. */
export function countChange(current: number, previous: number): { change: number; percent: number | null } {
  return { change: current - previous, percent: previous > 0 ? ((current - previous) / previous) * 100 : null };
}

export const sentimentKinds = ['negative', 'neutral', 'positive'] as const;

/** Each sentiment's share (0–100) of the analysed comments; comments not analysed count in none. */
export function sentimentShares(counts: SentimentCounts): Record<(typeof sentimentKinds)[number], number> {
  const analysed = counts.negative + counts.neutral + counts.positive;
  const share = (n: number) => (analysed ? (100 * n) / analysed : 0);
  return { negative: share(counts.negative), neutral: share(counts.neutral), positive: share(counts.positive) };
}

/** A sentiment score from −1 to 1 with its sign ("+0.42", "−0.10"). */
export const formatScore = (locale: string, score: number): string => formatFixed(locale, score, 2, { signDisplay: 'exceptZero' });

/**
 * The first day of every bucket a period touches, as the server truncates them: days, weeks from
 * Monday, months from the first.
 * @example bucketStarts({ from: '2026-03-04', to: '2026-03-20' }, 'week') // ['2026-03-02', '2026-03-09', '2026-03-16']
 */
export function bucketStarts(period: Period, interval: Interval): string[] {
  let start = period.from;
  if (interval === 'week') start = addDays(start, -((new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7));
  if (interval === 'month') start = `${start.slice(0, 7)}-01`;
  const starts: string[] = [];
  for (let day = start; day <= period.to && starts.length < 1200; ) {
    starts.push(day);
    if (interval === 'month') {
      const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
      day = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    } else day = addDays(day, interval === 'week' ? 7 : 1);
  }
  return starts;
}

type TrendBucket = TextOverview['trend'][number];

/** Every bucket of the period, those without comments as zeros, so a quiet week shows rather than disappears. */
export function fillTrend(trend: readonly TrendBucket[], period: Period, interval: Interval): TrendBucket[] {
  const found = new Map(trend.map((bucket) => [bucket.start, bucket]));
  const starts = bucketStarts(period, interval);
  const extra = trend.filter((bucket) => !starts.includes(bucket.start));
  return [...starts.map((start) => found.get(start) ?? { start, comments: 0, meanScore: null, negative: 0, neutral: 0, positive: 0, notAnalysed: 0 }), ...extra].sort((a, b) => a.start.localeCompare(b.start));
}

/** The mean sentiment per bucket as trend points, the comments as the bars; a bucket without analysed comments is a gap. */
export function sentimentTrendPoints(trend: readonly TrendBucket[]): TrendPoint[] {
  return trend.map((bucket) => ({ start: bucket.start, headline: bucket.meanScore === null ? null : { value: bucket.meanScore, ci: null }, n: bucket.comments }));
}

/**
 * The contact attributes and hidden fields the comments carry, for grouping complaints, and the
 * numeric contact attributes, for valuing feature requests; sorted, each once.
 */
export function commentDimensions(comments: readonly Pick<TextComment, 'dimensions'>[]): { groups: string[]; numeric: string[] } {
  const groups = new Set<string>();
  const numeric = new Set<string>();
  for (const comment of comments) {
    for (const [name, value] of Object.entries(comment.dimensions)) {
      if (!/^(contact|hidden)\.[A-Za-z][\w.-]{0,63}$/.test(name)) continue;
      groups.add(name);
      if (name.startsWith('contact.') && (typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)))) numeric.add(name);
    }
  }
  const sorted = (names: Set<string>) => [...names].sort((a, b) => a.localeCompare(b));
  return { groups: sorted(groups), numeric: sorted(numeric) };
}

/** Example phrases as typed, one a line (or separated by commas): trimmed, each once, empty lines dropped. */
export function examplePhrases(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((line) => line.trim().replace(/\s+/g, ' ')).filter(Boolean))];
}

export const groupOrders = ['comments', 'nps', 'negative'] as const;
export type GroupOrder = (typeof groupOrders)[number];

/** Most discussed first, lowest NPS first (which topics drive detractors; none given last), or most negative comments first. */
export function sortGroups<R extends ScoresBeside & { comments: number; sentiment: SentimentCounts }>(rows: readonly R[], order: GroupOrder): R[] {
  const lowestNps = (row: R) => row.nps ?? Number.POSITIVE_INFINITY;
  return [...rows].sort((a, b) => {
    if (order === 'nps') return lowestNps(a) - lowestNps(b) || b.npsResponses - a.npsResponses;
    if (order === 'negative') return b.sentiment.negative - a.sentiment.negative || b.comments - a.comments;
    return b.comments - a.comments;
  });
}

/** A fifth of the labelled comments is held back for measuring, so a training needs about this many labelled comments in all. */
export const labelledNeeded = (minimum: TextModels['minimum']): number => Math.ceil(Math.max(minimum.training / 0.8, minimum.heldBack / 0.2));
