import type { MetricOverview } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { metricNames } from './metricText.js';
import { headlineOf } from './metricValues.js';
import { ResponseCounts } from './ResponseCounts.js';
import { TrendChart } from './TrendChart.js';
import { TrendTable } from './TrendTable.js';

const byInterval: Record<MetricOverview['interval'], MessageKey> = { day: 'insights.trend.byDay', week: 'insights.trend.byWeek', month: 'insights.trend.byMonth' };

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

  return (
    <section className="card insights-section" aria-labelledby="trend-title">
      <div className="section-bar">
        <h2 id="trend-title">{title}</h2>
        <button type="button" className="button button-secondary button-small" aria-pressed={isTable} onClick={() => onToggle(!isTable)}>
          {t('insights.trend.showTable')}
        </button>
      </div>
      <ResponseCounts counts={overview.responses} />
      {isTable ? <TrendTable metric={metric} interval={interval} points={points} caption={title} /> : <TrendChart metric={metric} interval={interval} points={points} />}
    </section>
  );
}
