import { intervals } from '../../api/insights.js';
import type { Interval } from '../../api/insights.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { InsightsQuery } from './insightsQuery.js';
import { daysBetween, maxDailyDays } from './periods.js';
import type { InsightsView } from './useInsightsView.js';

const intervalLabels: Record<Interval, MessageKey> = { day: 'insights.interval.day', week: 'insights.interval.week', month: 'insights.interval.month' };

/** The trend's buckets: days (for periods up to a year), weeks or months. */
export function IntervalField<Q extends InsightsQuery>({ view }: { view: InsightsView<Q> }) {
  const { t } = useI18n();
  const { query, setQuery, period } = view;
  const isLong = period ? daysBetween(period.from, period.to) > maxDailyDays : false;
  return (
    <SelectField
      label={t('insights.interval.label')}
      value={isLong && query.interval === 'day' ? 'week' : query.interval}
      options={intervals.map((i) => ({ value: i, label: t(intervalLabels[i]), disabled: i === 'day' && isLong }))}
      onValueChange={(value) => setQuery({ ...query, interval: value as Interval })}
      hint={isLong ? t('insights.interval.dayHint') : undefined}
    />
  );
}
