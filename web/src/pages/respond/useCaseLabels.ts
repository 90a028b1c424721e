import type { Case } from '../../api/cases.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { isMessageKey } from '../../i18n/messages.js';
import { languageName } from '../surveys/languages.js';
import { durationText, timeLeftOf } from './caseText.js';
import type { Duration } from './caseText.js';

export interface CaseLabels {
  status: (status: string) => string;
  priority: (priority: string) => string;
  duration: (duration: Duration) => string;
  /** "3 h 20 min left", "2 h overdue", "Paused", or '' once the case is finished. */
  timeLeft: (item: Pick<Case, 'status' | 'timeLeftSeconds' | 'slaPausedAt'>) => { text: string; tone: 'left' | 'overdue' | 'paused' | 'none' };
  /** A language code in the reader's words ("Finnish"), or the code when the browser has no name for it. */
  language: (code: string) => string;
}

/** Words for the codes a case carries (statuses, priorities) and its clock. */
export function useCaseLabels(): CaseLabels {
  const { t, locale } = useI18n();
  const coded = (prefix: string) => (code: string) => {
    const key = `${prefix}.${code}`;
    return isMessageKey(key) ? t(key) : code;
  };
  const duration = (value: Duration) => durationText(value, (unit, n) => t(`respond.unit.${unit}`, { n }));
  return {
    status: coded('respond.status'),
    priority: coded('respond.priority'),
    duration,
    timeLeft: (item) => {
      const left = timeLeftOf(item);
      if (left.kind === 'left') return { text: t('respond.time.left', { duration: duration(left.duration) }), tone: 'left' };
      if (left.kind === 'overdue') return { text: t('respond.time.overdue', { duration: duration(left.duration) }), tone: 'overdue' };
      if (left.kind === 'paused') return { text: t('respond.time.paused'), tone: 'paused' };
      return { text: '', tone: 'none' };
    },
    language: (code) => languageName(code, locale),
  };
}
