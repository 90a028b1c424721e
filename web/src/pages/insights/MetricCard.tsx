import type { Metric, MetricOverview, ShownValue } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ChangeText } from './ChangeText.js';
import { metricNames } from './metricText.js';
import { formatInterval, formatMetric, headlineOf } from './metricValues.js';
import type { MetricResults } from '../../api/insights.js';

interface MetricCardProps {
  metric: Metric;
  overview: MetricOverview | undefined;
  hasFailed: boolean;
  isSelected: boolean;
  onSelect: () => void;
}

/** One metric's headline for the period; pressing it shows its trend and breakdown below. */
export function MetricCard({ metric, overview, hasFailed, isSelected, onSelect }: MetricCardProps) {
  const { t } = useI18n();
  return (
    <li className={`metric-card${isSelected ? ' is-selected' : ''}`}>
      <button type="button" className="metric-card-button" aria-pressed={isSelected} onClick={onSelect}>
        <span className="metric-card-name">{t(metricNames[metric].short)}</span>
        <span className="metric-card-long">{t(metricNames[metric].long)}</span>
        {overview ? (
          <>
            <MetricValue metric={metric} value={overview.value} minResponses={overview.minResponses} />
            <ChangeText metric={metric} change={overview.change} previous={overview.previous} />
          </>
        ) : (
          <span className="metric-card-value is-empty">{hasFailed ? t('insights.loadFailed') : t('common.loading')}</span>
        )}
      </button>
    </li>
  );
}

/** The headline with its interval, n and skips; "too few" instead of any number under the minimum. */
export function MetricValue({ metric, value, minResponses }: { metric: Metric; value: ShownValue<MetricResults[Metric]>; minResponses: number }) {
  const { t, locale, formatNumber } = useI18n();
  const headline = value.isTooFew ? null : headlineOf(metric, value.result);
  const counts = t('insights.counts', { n: formatNumber(value.n), skipped: formatNumber(value.skipped) });
  if (!headline) {
    return (
      <>
        <span className="metric-card-value is-empty">{value.n === 0 ? t('insights.noAnswers') : t('insights.tooFew')}</span>
        <span className="metric-card-meta">{value.n === 0 ? counts : t('insights.tooFewDetail', { n: formatNumber(value.n), min: formatNumber(minResponses) })}</span>
      </>
    );
  }
  return (
    <>
      <span className="metric-card-value">{formatMetric(locale, metric, headline.value)}</span>
      <span className="metric-card-meta">{headline.ci ? t('insights.ci', { ci: formatInterval(locale, metric, headline.ci) }) : t('insights.noCi')}</span>
      <span className="metric-card-meta">{counts}</span>
    </>
  );
}
