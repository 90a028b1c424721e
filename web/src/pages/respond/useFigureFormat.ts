import { useI18n } from '../../i18n/I18nProvider.js';
import { durationOf } from './caseText.js';
import { useCaseLabels } from './useCaseLabels.js';

/** Numbers of the closed-loop figures in the reader's locale: hours as "3 h 20 min", percents, counts; null stays null. */
export function useFigureFormat() {
  const { t, formatNumber } = useI18n();
  const labels = useCaseLabels();
  return {
    hours: (value: number | null) => (value === null ? null : value * 60 < 1 ? t('respond.time.underMinute') : labels.duration(durationOf(value * 3600))),
    percent: (value: number | null) => (value === null ? null : formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 })),
    count: (value: number) => formatNumber(value),
  };
}
