import type { Metric, PeriodChange } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { changeUnits } from './metricText.js';
import { formatChange, formatPValue } from './metricValues.js';
import { formatDay } from './periods.js';

/**
 * The change against the previous period with its sign, and whether it is significant (p < 0.05)
 * with the p-value beside it; nothing to compare when either period has too few answers.
 */
export function ChangeText({ metric, change, previous }: { metric: Metric; change: PeriodChange | null; previous: { from: string; to: string } }) {
  const { t, locale } = useI18n();
  const days = t('insights.change.previousDays', { from: formatDay(locale, previous.from), to: formatDay(locale, previous.to) });
  if (!change || change.change === null) {
    return (
      <span className="change change-none" title={days}>
        {t('insights.change.none')}
      </span>
    );
  }
  const direction = change.change > 0 ? 'up' : change.change < 0 ? 'down' : 'flat';
  const amount = t(changeUnits[metric], { change: formatChange(locale, metric, change.change) });
  const p = change.pValue === null ? t('insights.change.noP') : t('insights.change.p', { p: formatPValue(locale, change.pValue) });
  return (
    <span className={`change change-${direction}`} title={days}>
      <span className="change-amount">
        <span aria-hidden="true">{direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}</span>
        {t('insights.change.vsPrevious', { change: amount })}
      </span>{' '}
      <span className={`badge ${change.isSignificant ? 'badge-accent' : 'badge-muted'}`}>{change.isSignificant ? t('insights.change.significant') : t('insights.change.notSignificant')}</span>{' '}
      <span className="change-p">{p}</span>
    </span>
  );
}
