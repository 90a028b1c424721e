import type { Interval, Metric } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { labelledIndexes } from './chart.js';
import type { Bounds } from './chart.js';
import { metricNames } from './metricText.js';
import { formatMetric, metricBounds } from './metricValues.js';
import type { Headline } from './metricValues.js';
import { formatDay } from './periods.js';
import { trendFrame, trendLayout } from './trendLayout.js';
import { useElementWidth } from './useElementWidth.js';

export interface TrendPoint {
  start: string;
  headline: Headline | null;
  n: number;
}

/** A bucket's first day, short: "23 Nov" for days and weeks, "Nov 2026" for months. */
export function bucketLabel(locale: string, start: string, interval: Interval): string {
  return formatDay(locale, start, interval === 'month' ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' });
}

/** What a trend's line measures: its name, range and how its values are written, and the words of the legend. */
export interface TrendScale {
  name: string;
  bounds: Bounds;
  format: (value: number) => string;
  /** A line at zero stands out (NPS, sentiment scores). */
  hasZeroLine: boolean;
  legend: { band?: string; bars: string; gap: string };
}

/** A metric's scale: NPS, CSAT, CES or CLI with its 95% interval, answers as bars, gaps where there are too few. */
export function useMetricScale(metric: Metric): TrendScale {
  const { t, locale } = useI18n();
  return {
    name: t(metricNames[metric].short),
    bounds: metricBounds[metric],
    format: (value) => formatMetric(locale, metric, value),
    hasZeroLine: metric === 'nps',
    legend: { band: t('insights.trend.legendCi'), bars: t('insights.trend.legendAnswers'), gap: t('insights.trend.legendTooFew') },
  };
}

/**
 * A number over time as an inline SVG: a line with its 95% interval as a band, each bucket's
 * point marked, gaps where a bucket has too few answers, and the answers per bucket as bars below.
 * One image for assistive technology, summed up in its label; the table view has every number.
 */
export function TrendChart({ scale, interval, points }: { scale: TrendScale; interval: Interval; points: readonly TrendPoint[] }) {
  const { locale, formatNumber } = useI18n();
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const layout = trendLayout(points, scale.bounds, width);
  const f = trendFrame;
  const labelled = new Set(labelledIndexes(points.length, Math.max(2, Math.floor(width / 84))));
  const dot = points.length > 60 ? 2 : 3.5;

  return (
    <div className="trend-chart" ref={ref}>
      <svg role="img" aria-label={useTrendSummary(scale, interval, points)} width={width} height={f.height} viewBox={`0 0 ${width} ${f.height}`}>
        {layout.gaps.map((gap, i) => (
          <rect key={`gap-${i}`} className="chart-gap" x={gap.x} y={f.lineTop} width={gap.width} height={f.lineBottom - f.lineTop} />
        ))}
        {layout.ticks.map((tick) => (
          <g key={tick.value} className="chart-tick">
            <line x1={f.left} x2={width - f.right} y1={tick.y} y2={tick.y} className={tick.value === 0 && scale.hasZeroLine ? 'chart-zero' : 'chart-grid'} />
            <text x={f.left - 8} y={tick.y} dy="0.32em" textAnchor="end">
              {scale.format(tick.value).replace(/[.,]0+(?=\D*$)/, '')}
            </text>
          </g>
        ))}
        <path className="chart-band" d={layout.band} />
        <path className="chart-line" d={layout.line} />
        {layout.whiskers.map((w) => (
          <line key={`w-${w.x}`} className="chart-whisker" x1={w.x} x2={w.x} y1={w.low} y2={w.high} />
        ))}
        {layout.points.map((point, i) => point && <circle key={`p-${i}`} className="chart-point" cx={point.x} cy={point.y} r={dot} />)}
        <line x1={f.left} x2={width - f.right} y1={f.barsBottom} y2={f.barsBottom} className="chart-grid" />
        <text x={f.left - 8} y={f.barsTop} dy="0.32em" textAnchor="end" className="chart-bars-label">
          {formatNumber(layout.maxN)}
        </text>
        {layout.bars.map((bar, i) => (
          <rect key={`b-${i}`} className="chart-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
        ))}
        {points.map(
          (point, i) =>
            labelled.has(i) && (
              <text key={`x-${i}`} x={layout.xs[i]} y={f.labelY} textAnchor="middle" className="chart-x-label">
                {bucketLabel(locale, point.start, interval)}
              </text>
            ),
        )}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        <li className="legend-line">{scale.name}</li>
        {scale.legend.band && <li className="legend-band">{scale.legend.band}</li>}
        <li className="legend-bars">{scale.legend.bars}</li>
        <li className="legend-gap">{scale.legend.gap}</li>
      </ul>
    </div>
  );
}

/** What the chart shows, in a sentence: where it starts and ends, its lowest and highest, what is missing. */
function useTrendSummary(scale: TrendScale, interval: Interval, points: readonly TrendPoint[]): string {
  const { t, locale } = useI18n();
  const name = scale.name;
  const shown = points.filter((p) => p.headline);
  const first = points[0];
  const last = points.at(-1);
  const range = first && last ? { from: bucketLabel(locale, first.start, interval), to: bucketLabel(locale, last.start, interval) } : { from: '', to: '' };
  if (shown.length === 0) return t('insights.trend.summaryEmpty', { metric: name, ...range });
  const value = (p: TrendPoint) => scale.format(p.headline!.value);
  const lowest = shown.reduce((a, b) => (b.headline!.value < a.headline!.value ? b : a));
  const highest = shown.reduce((a, b) => (b.headline!.value > a.headline!.value ? b : a));
  const latest = shown.at(-1)!;
  return t('insights.trend.summary', {
    metric: name,
    ...range,
    latest: value(latest),
    latestAt: bucketLabel(locale, latest.start, interval),
    lowest: value(lowest),
    highest: value(highest),
    tooFew: points.length - shown.length,
  });
}
