import { headlineIn, metricReasonOf, topicNameIn } from '../../../../src/engine/respond/case-text.js';
import type { Case, TimelineEntry } from '../../api/cases.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { isMessageKey } from '../../i18n/messages.js';
import type { ResponseTest } from '../../api/respondSetup.js';
import type { ResponseChannel } from '../../api/surveys.js';
import { languageName } from '../surveys/languages.js';
import { useResponseLabels } from '../surveys/responseLabels.js';
import { testSummary, type Names } from './setup/ruleText.js';
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
  /** A case's title: a rule's headline in the reader's language, a title a person wrote as written. */
  title: (item: Pick<Case, 'title' | 'context'>) => string;
  /** Who did something: a person by name, a rule or an API key in the reader's words, Kuulo itself by name. */
  actor: (entry: Pick<TimelineEntry, 'actorUserId' | 'actorLabel'>) => string;
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
    title: (item) => headlineIn(item.title, item.context?.headline, locale),
    actor: (entry) => {
      if (entry.actorUserId) return entry.actorLabel;
      // Stored as `Rule "name"` and `API key "name"`: the name is data, the words around it are the reader's.
      const rule = /^Rule "(.*)"$/s.exec(entry.actorLabel);
      if (rule) return t('respond.timeline.byRule', { name: rule[1]! });
      const key = /^API key "(.*)"$/s.exec(entry.actorLabel);
      return key ? t('respond.timeline.byApiKey', { name: key[1]! }) : entry.actorLabel;
    },
  };
}


/**
 * Why a rule fired, in the reader's words: a response rule's tests that held as the rules page
 * words them, a metric rule's verdict with its numbers; a line it cannot read as stored.
 */
export function useReasonTexts(): (what: { tests?: unknown; reasons?: unknown }) => string[] {
  const { t, formatNumber } = useI18n();
  const labels = useCaseLabels();
  const responseLabels = useResponseLabels();
  const same = (id: string) => id;
  const names: Names = { team: same, member: same, survey: same, priority: labels.priority, topic: same, channel: (channel) => responseLabels.channel(channel as ResponseChannel), language: labels.language };
  const number = (value: number) => formatNumber(value, { maximumFractionDigits: 3 });
  return (what) => {
    const reasons = Array.isArray(what.reasons) ? what.reasons.map(String) : [];
    const tests = Array.isArray(what.tests) ? (what.tests as ResponseTest[]) : [];
    // A topic is named in the stored line only ("a comment is about Delivery"): the name is taken from there.
    if (tests.length > 0 && tests.length === reasons.length) return tests.map((test, index) => testSummary(test, t, test.field === 'topic' ? { ...names, topic: () => topicNameIn(reasons[index]!) } : names));
    return reasons.map((reason) => {
      const metric = metricReasonOf(reason);
      if (metric?.kind === 'below') return t('respond.origin.metricBelow', { metric: metric.metric, value: number(metric.value), below: number(metric.below), days: metric.days });
      if (metric?.kind === 'fell') return t('respond.origin.metricFell', { metric: metric.metric, points: number(metric.points), days: metric.days, p: number(metric.p) });
      return reason;
    });
  };
}
