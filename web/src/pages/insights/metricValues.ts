import type { Interval as ConfidenceInterval } from '../../../../src/engine/metrics/formulas.js';
import type { Metric, MetricResults } from '../../api/insights.js';
import type { Bounds } from './chart.js';

/**
 * Which of a metric's numbers is its headline, and how it is written: NPS with one decimal, the
 * CSAT share as a percentage, the CES mean on its 1–7 scale with two, the CLI normalised to 0–100.
 * The server never rounds; only these functions do, for display, in the reader's locale.
 */

export interface Headline {
  value: number;
  ci: ConfidenceInterval | null;
}

/** The range each headline can take, for chart axes. */
export const metricBounds: Record<Metric, Bounds> = {
  nps: { min: -100, max: 100 },
  csat: { min: 0, max: 100 },
  ces: { min: 1, max: 7 },
  cli: { min: 0, max: 100 },
};

const decimals: Record<Metric, number> = { nps: 1, csat: 1, ces: 2, cli: 1 };

/** The headline and its 95% interval, or null when there is no number to show. */
export function headlineOf<M extends Metric>(metric: M, result: MetricResults[M] | undefined): Headline | null {
  if (!result) return null;
  const pick = (value: number | null, ci: ConfidenceInterval | null): Headline | null => (value === null || !Number.isFinite(value) ? null : { value, ci });
  switch (metric) {
    case 'nps': {
      const r = result as MetricResults['nps'];
      return pick(r.score, r.ci);
    }
    case 'csat': {
      const r = result as MetricResults['csat'];
      return pick(r.share, r.ci);
    }
    case 'ces': {
      const r = result as MetricResults['ces'];
      return pick(r.mean, r.ci);
    }
    default: {
      const r = result as MetricResults['cli'];
      return pick(r.normalised, r.normalisedCi);
    }
  }
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A number in the locale with a fixed number of decimals (cached: dashboards format hundreds). */
export function formatFixed(locale: string, value: number, digits: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale}|${digits}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...options })));
  // −0.0 reads oddly; a value that rounds to zero is zero.
  const shown = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
  return formatter.format(shown);
}

/** A share from 0 to 100 as a percentage in the locale ("82.5%", "82,5 %"). */
export const formatShare = (locale: string, share: number, digits = 1): string => formatFixed(locale, share / 100, digits, { style: 'percent' });

/** A metric's headline as written on a card: "32.5", "82.5%", "5.21", "71.3". */
export function formatMetric(locale: string, metric: Metric, value: number): string {
  return metric === 'csat' ? formatShare(locale, value, decimals.csat) : formatFixed(locale, value, decimals[metric]);
}

/** A change with its sign ("+4.2", "−1.0"); CSAT changes are percentage points, written without %. */
export function formatChange(locale: string, metric: Metric, change: number): string {
  return formatFixed(locale, change, decimals[metric], { signDisplay: 'exceptZero' });
}

/** The interval as "12.3–45.6" (or "70.1%–88.0%"). */
export function formatInterval(locale: string, metric: Metric, ci: ConfidenceInterval): string {
  return `${formatMetric(locale, metric, ci.low)}–${formatMetric(locale, metric, ci.high)}`;
}

/** A p-value as analysts read it: three decimals, and "< 0.001" below that. */
export function formatPValue(locale: string, p: number): string {
  return p < 0.001 ? `< ${formatFixed(locale, 0.001, 3)}` : formatFixed(locale, p, 3);
}
