import type { ReactNode } from 'react';
import type { Interval, MetricOverview } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { metricNames } from './metricText.js';
import { headlineOf } from './metricValues.js';
import { ResponseCounts } from './ResponseCounts.js';
import { TrendChart, useMetricScale } from './TrendChart.js';
import { TrendTable } from './TrendTable.js';

/** "by week" and so on, for a trend's title. */
export const byInterval: Record<Interval, MessageKey> = { day: 'insights.trend.byDay', week: 'insights.trend.byWeek', month: 'insights.trend.byMonth' };

/** The chosen metric over the period, as a chart or a table (kept in the address), with the responses behind it. */
export function TrendSection({ overview, isTable, onToggle }: { overview: MetricOverview; isTable: boolean; onToggle: (isTable: boolean) => void }) {
  const { t } = useI18n();
  const { metric, interval } = overview;
  const points = overview.series.map((bucket) => ({
    start: bucket.start,
    headline: bucket.value.isTooFew ? null : headlineOf(metric, bucket.value.result),
    n: bucket.value.n,
    skipped: bucket.value.skipped,
  }));
  const title = t('insights.trend.title', { metric: t(metricNames[metric].short), interval: t(byInterval[interval]) });
  const scale = useMetricScale(metric);

  return (
    <TrendFrame id="trend-title" title={title} isTable={isTable} onToggle={onToggle}>
      <ResponseCounts counts={overview.responses} />
      {isTable ? <TrendTable metric={metric} interval={interval} points={points} caption={title} /> : <TrendChart scale={scale} interval={interval} points={points} />}
    </TrendFrame>
  );
}

/** A trend's card: its title, and a button that shows it as a table (the choice kept in the address by the caller). */
export function TrendFrame({ id, title, isTable, onToggle, children }: { id: string; title: string; isTable: boolean; onToggle: (isTable: boolean) => void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="card insights-section" aria-labelledby={id}>
      <div className="section-bar">
        <h2 id={id}>{title}</h2>
        <button type="button" className="button button-secondary button-small" aria-pressed={isTable} onClick={() => onToggle(!isTable)}>
          {t('insights.trend.showTable')}
        </button>
      </div>
      {children}
    </section>
  );
}
