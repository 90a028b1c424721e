import type { MetricCondition, ResponseCondition, ResponseTest, RuleAction } from '../../../api/respondSetup.js';
import type { IntentName, SentimentLabel } from '../../../api/textInsights.js';
import type { MessageKey, MessageParams } from '../../../i18n/messages.js';
import { intentLabels, sentimentNames } from '../../insights/text/textLabels.js';
import { hasSubject, opHasValue, testToForm } from './ruleForm.js';
import type { ActionType, AssignKind, TestField, TestForm, TestOp } from './ruleForm.js';

/** Words for the rule editor's codes, and the one-line summaries the rules list shows. Pure: `t` comes from the caller. */

type Translate = (key: MessageKey, params?: MessageParams) => string;

export const testFieldLabels: Record<TestField, MessageKey> = {
  nps: 'respond.setup.field.nps',
  csat: 'respond.setup.field.csat',
  ces: 'respond.setup.field.ces',
  csat_problem: 'respond.setup.field.csat_problem',
  answer: 'respond.setup.field.answer',
  contact: 'respond.setup.field.contact',
  hidden: 'respond.setup.field.hidden',
  channel: 'respond.setup.field.channel',
  language: 'respond.setup.field.language',
  sentiment: 'respond.setup.field.sentiment',
  intent: 'respond.setup.field.intent',
  topic: 'respond.setup.field.topic',
};

/** The survey builder's words for the operators they share; "contains" is the rules' own. */
export const opLabels: Record<TestOp, MessageKey> = {
  eq: 'surveys.op.eq',
  neq: 'surveys.op.neq',
  lt: 'surveys.op.lt',
  lte: 'surveys.op.lte',
  gt: 'surveys.op.gt',
  gte: 'surveys.op.gte',
  includes: 'surveys.op.includes',
  excludes: 'surveys.op.excludes',
  contains: 'respond.setup.op.contains',
  answered: 'surveys.op.answered',
  not_answered: 'surveys.op.not_answered',
  present: 'surveys.op.present',
  absent: 'surveys.op.absent',
};

/** An operator's words for a field: a sentiment is in some comment (eq) or in none (neq). */
export function opLabel(field: TestField, op: TestOp): MessageKey {
  if (field === 'sentiment') return op === 'neq' ? 'respond.setup.op.noComment' : 'respond.setup.op.someComment';
  return opLabels[op];
}

export const actionTypeLabels: Record<ActionType, MessageKey> = {
  open_case: 'respond.setup.action.open_case',
  notify: 'respond.setup.action.notify',
  webhook: 'respond.setup.action.webhook',
  tag: 'respond.setup.action.tag',
};

export const assignLabels: Record<AssignKind, MessageKey> = {
  none: 'respond.setup.assign.none',
  team: 'respond.setup.assign.team',
  user: 'respond.setup.assign.user',
  account_owner: 'respond.setup.assign.account_owner',
};

export interface Names {
  team: (id: string) => string;
  member: (id: string) => string;
  survey: (id: string) => string;
  priority: (priority: string) => string;
  topic: (id: string) => string;
  channel: (channel: string) => string;
  language: (code: string) => string;
}

/** A short list of names: the first few, then "+N". */
export function nameList(names: readonly string[], most = 3): string {
  const shown = names.slice(0, most).join(', ');
  return names.length > most ? `${shown} +${names.length - most}` : shown;
}

export function surveysSummary(surveyIds: readonly string[], t: Translate, names: Names): string {
  return surveyIds.length === 0 ? t('respond.setup.rules.allSurveys') : nameList(surveyIds.map(names.survey));
}

/** "Open a case (high), to Support in turn, due in 4 h", "Notify Anna, Support", "Tag “churn”". */
export function actionSummary(action: RuleAction, t: Translate, names: Names): string {
  switch (action.type) {
    case 'open_case': {
      const parts = [t('respond.setup.summary.openCase', { priority: names.priority(action.priority) })];
      const assign = action.assign;
      if (assign.kind === 'team') parts.push(t(assign.roundRobin ? 'respond.setup.summary.toTeamInTurn' : 'respond.setup.summary.toTeam', { team: names.team(assign.teamId) }));
      if (assign.kind === 'user') parts.push(t('respond.setup.summary.toMember', { name: names.member(assign.userId) }));
      if (assign.kind === 'account_owner') parts.push(t('respond.setup.summary.toOwner'));
      if (action.slaHours !== undefined) parts.push(t('respond.setup.summary.sla', { hours: action.slaHours }));
      return parts.join(', ');
    }
    case 'notify':
      return t('respond.setup.summary.notify', { names: nameList([...action.userIds.map(names.member), ...action.teamIds.map(names.team), ...action.emails]) });
    case 'webhook':
      return t('respond.setup.summary.webhook');
    case 'tag':
      return t('respond.setup.summary.tag', { tag: action.tag });
  }
}

/** A test's value in words: a sentiment, an intent, a topic, a channel or a language by name; else as written. */
function valueText(test: TestForm, t: Translate, names: Names): string {
  switch (test.field) {
    case 'sentiment': {
      const key = sentimentNames[test.value as SentimentLabel] as MessageKey | undefined;
      return key ? t(key) : test.value;
    }
    case 'intent': {
      const key = intentLabels[test.value as IntentName] as MessageKey | undefined;
      return key ? t(key) : test.value;
    }
    case 'topic':
      return names.topic(test.value);
    case 'channel':
      return names.channel(test.value);
    case 'language':
      return names.language(test.value);
    default:
      return test.value;
  }
}

/** "NPS score is at most 6", "An answer “reason” is price", "Comment topic includes Delivery". */
export function testSummary(test: ResponseTest, t: Translate, names: Names): string {
  const form = testToForm(test);
  const field = t(testFieldLabels[form.field]);
  if (form.field === 'csat_problem') return field;
  const params = { field, subject: form.subject, op: t(opLabel(form.field, form.op)), value: opHasValue(form.op) ? valueText(form, t, names) : '' };
  const key: MessageKey = hasSubject(form.field) ? 'respond.setup.summary.subjectTest' : form.field === 'sentiment' ? 'respond.setup.summary.sentimentTest' : 'respond.setup.summary.test';
  return t(key, params).trim();
}

/** What a rule watches, in a line: its tests joined by "and" or "or"; a metric's window and what makes it fire. */
export function conditionSummary(rule: { kind: 'response'; condition: ResponseCondition } | { kind: 'metric'; condition: MetricCondition }, t: Translate, names: Names): string {
  if (rule.kind === 'response') {
    const join = ` ${t(rule.condition.match === 'any' ? 'surveys.logic.or' : 'surveys.logic.and')} `;
    return rule.condition.tests.map((test) => testSummary(test, t, names)).join(join);
  }
  const c = rule.condition;
  const metric = c.metric.toUpperCase() + (c.segment ? ` (${c.segment.dimension}: ${c.segment.value})` : '');
  const fires = [...(c.below !== undefined ? [t('respond.setup.summary.below', { value: c.below })] : []), ...(c.significantDrop ? [t('respond.setup.summary.drop')] : [])];
  return t('respond.setup.summary.metric', { metric, days: c.windowDays, what: fires.join(` ${t('surveys.logic.or')} `) });
}
