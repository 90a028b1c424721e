import type { ResponseCounts as Counts } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatShare } from './metricValues.js';
import { StatList } from './StatList.js';

/**
 * Responses completed and started in the view, and the completion rate. Starts are known for
 * everyone, a channel or a language only; for other filters (a segment, what the comments say)
 * they show as "–".
 */
export function ResponseCounts({ counts }: { counts: Counts }) {
  const { t, locale, formatNumber } = useI18n();
  return (
    <StatList
      items={[
        { label: t('insights.responses.completed'), value: formatNumber(counts.completed) },
        { label: t('insights.responses.started'), value: counts.started === null ? '–' : formatNumber(counts.started) },
        { label: t('insights.responses.rate'), value: counts.completionRate === null ? '–' : formatShare(locale, counts.completionRate) },
      ]}
    />
  );
}
