import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { formatDay, periodOf, periodPresets, periodProblem } from './periods.js';
import type { PeriodPreset, PeriodProblem } from './periods.js';
import type { InsightsView } from './useInsightsView.js';

const presetLabels: Record<PeriodPreset, MessageKey> = {
  last7: 'insights.period.last7',
  last30: 'insights.period.last30',
  last90: 'insights.period.last90',
  thisQuarter: 'insights.period.thisQuarter',
  lastQuarter: 'insights.period.lastQuarter',
  thisYear: 'insights.period.thisYear',
  custom: 'insights.period.custom',
};

const problemText: Record<PeriodProblem, MessageKey> = {
  missing: 'insights.period.missing',
  order: 'insights.period.order',
  tooLong: 'insights.period.tooLong',
};

/** The period: a preset that follows today, or two days of one's own (starting from what was shown). */
export function PeriodFields({ view }: { view: InsightsView }) {
  const { t, locale } = useI18n();
  const { query, setQuery, period, today } = view;
  const problem = query.period === 'custom' ? periodProblem(query) : null;

  const choose = (value: string) => {
    const preset = value as PeriodPreset;
    if (preset !== 'custom') return setQuery({ ...query, period: preset, from: '', to: '' });
    const shown = period ?? periodOf('last30', today)!;
    setQuery({ ...query, period: 'custom', from: shown.from, to: shown.to });
  };
  const hint = period && query.period !== 'custom' ? t('insights.period.days', { from: formatDay(locale, period.from), to: formatDay(locale, period.to) }) : undefined;

  return (
    <>
      <SelectField
        label={t('insights.period.label')}
        value={query.period}
        options={periodPresets.map((p) => ({ value: p, label: t(presetLabels[p]) }))}
        onValueChange={choose}
        hint={hint}
      />
      {query.period === 'custom' && (
        <>
          <TextField label={t('insights.period.from')} type="date" value={query.from} max={query.to || today} onValueChange={(from) => setQuery({ ...query, from })} error={problem ? t(problemText[problem]) : undefined} />
          <TextField label={t('insights.period.to')} type="date" value={query.to} min={query.from || undefined} max={today} onValueChange={(to) => setQuery({ ...query, to })} />
        </>
      )}
    </>
  );
}
