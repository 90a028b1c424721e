import { bandPath, bucketCentres, linearScale, linePath, niceAxis } from './chart.js';
import type { Bounds, PlotPoint } from './chart.js';
import type { Headline } from './metricValues.js';

/**
 * Where everything of a trend chart goes at a given width: the metric's line and its confidence
 * band on top (gaps where a bucket has too few answers), and the number of answers per bucket as bars
 * underneath. Pure, so the drawing is unit tested without a browser.
 */

export interface TrendBucket {
  /** Null when the bucket has too few answers to show a number. */
  headline: Headline | null;
  n: number;
}

export const trendFrame = { height: 300, left: 56, right: 12, lineTop: 14, lineBottom: 194, barsTop: 218, barsBottom: 262, labelY: 284 } as const;

export interface TrendLayout {
  ticks: { value: number; y: number }[];
  points: (PlotPoint | null)[];
  line: string;
  band: string;
  bars: { x: number; y: number; width: number; height: number }[];
  /** The interval of a point with no neighbours, where no band can be drawn. */
  whiskers: { x: number; low: number; high: number }[];
  /** Buckets shown as "too few", shaded behind the line. */
  gaps: { x: number; width: number }[];
  xs: number[];
  maxN: number;
}

export function trendLayout(buckets: readonly TrendBucket[], bounds: Bounds, width: number): TrendLayout {
  const f = trendFrame;
  const plotWidth = Math.max(width - f.left - f.right, 10);
  const slot = plotWidth / Math.max(buckets.length, 1);
  const xs = bucketCentres(buckets.length, f.left, plotWidth);
  const shown = buckets.flatMap((b) => (b.headline ? [b.headline.value, ...(b.headline.ci ? [b.headline.ci.low, b.headline.ci.high] : [])] : []));
  const axis = niceAxis(shown, bounds);
  const y = linearScale([axis.min, axis.max], [f.lineBottom, f.lineTop]);
  const clamp = (value: number) => y(Math.min(axis.max, Math.max(axis.min, value)));
  const points = buckets.map((b, i) => (b.headline ? { x: xs[i]!, y: clamp(b.headline.value) } : null));
  const band = buckets.map((b, i) => (b.headline?.ci ? { x: xs[i]!, low: clamp(b.headline.ci.low), high: clamp(b.headline.ci.high) } : null));
  const maxN = Math.max(0, ...buckets.map((b) => b.n));
  const barY = linearScale([0, maxN || 1], [f.barsBottom, f.barsTop]);
  const barWidth = Math.max(Math.min(slot * 0.6, 40), 1);
  return {
    ticks: axis.ticks.map((value) => ({ value, y: y(value) })),
    points,
    line: linePath(points),
    band: bandPath(band),
    bars: buckets.map((b, i) => ({ x: xs[i]! - barWidth / 2, y: barY(b.n), width: barWidth, height: f.barsBottom - barY(b.n) })),
    whiskers: band.flatMap((b, i) => (b && !band[i - 1] && !band[i + 1] ? [b] : [])),
    gaps: buckets.flatMap((b, i) => (b.headline ? [] : [{ x: xs[i]! - slot / 2, width: slot }])),
    xs,
    maxN,
  };
}
