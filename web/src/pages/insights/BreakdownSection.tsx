import type { MetricOverview } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { metricNames } from './metricText.js';
import { formatInterval, formatMetric, headlineOf } from './metricValues.js';
import type { DimensionLabels } from './useDimensionLabels.js';

/** The chosen metric for each value of the breakdown dimension, most answers first; "too few" where a group is small. */
export function BreakdownSection({ overview, labels, filter }: { overview: MetricOverview | undefined; labels: DimensionLabels; filter: string }) {
  const { t, locale, formatNumber } = useI18n();
  const breakdown = overview?.breakdown;
  const metric = overview?.metric ?? 'nps';
  const name = t(metricNames[metric].short);
  const dimension = breakdown ? labels.dimension(breakdown.dimension) : '';
  const title = breakdown ? t('insights.breakdown.title', { metric: name, dimension }) : t('insights.breakdown.heading');

  return (
    <section className="card insights-section" aria-labelledby="breakdown-title">
      <h2 id="breakdown-title">{title}</h2>
      {!breakdown && <p className="muted">{t('insights.breakdown.choose')}</p>}
      {breakdown && breakdown.items.length === 0 && <p className="muted">{t('insights.breakdown.empty')}</p>}
      {breakdown && breakdown.items.length > 0 && (
        <div className="table-scroll">
          <table className="data-table breakdown-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{dimension}</th>
                <th scope="col" className="numeric">{t('insights.answers')}</th>
                <th scope="col" className="numeric">{name}</th>
                <th scope="col">{t('insights.ciHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {breakdown.items.map((item) => {
                const headline = item.result.isTooFew ? null : headlineOf(metric, item.result.result);
                return (
                  <tr key={item.value}>
                    <th scope="row" data-label={dimension}>
                      {labels.value(breakdown.dimension, item.value)}
                      {filter === `${breakdown.dimension}:${item.value}` && <span className="badge badge-accent breakdown-filtered">{t('insights.breakdown.filtered')}</span>}
                    </th>
                    <td className="numeric" data-label={t('insights.answers')}>
                      {formatNumber(item.result.n)}
                    </td>
                    <td className="numeric" data-label={name}>
                      {headline ? formatMetric(locale, metric, headline.value) : <span className="badge badge-muted">{t('insights.tooFew')}</span>}
                    </td>
                    <td data-label={t('insights.ciHeading')}>{headline?.ci ? formatInterval(locale, metric, headline.ci) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
