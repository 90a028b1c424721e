import type { SurveyStatus } from '../../api/surveys.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';

const labels: Record<SurveyStatus, MessageKey> = {
  draft: 'surveys.status.draft',
  open: 'surveys.status.open',
  not_yet_open: 'surveys.status.not_yet_open',
  closed: 'surveys.status.closed',
  full: 'surveys.status.full',
};

/** Whether a survey takes answers, in words and colour (the words carry it; the colour only helps). */
export function StatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useI18n();
  return <span className={`badge survey-status survey-status-${status.replace(/_/g, '-')}`}>{t(labels[status])}</span>;
}
