import type { QuestionType } from '../../../../../src/engine/survey/schema.js';
import { commentFields } from '../../../../../src/engine/respond/rules.js';
import { metricScales } from '../../../../../src/engine/survey/scales.js';
import type { AlertRule, Assignment, CasePriority, ResponseTest, RuleAction, RuleInput } from '../../../api/respondSetup.js';
import type { IntentName, SentimentLabel } from '../../../api/textInsights.js';

/**
 * The alert rule editor's state and its conversion to and from the API's rule. Number inputs are
 * kept as the text typed, so a half-typed value is never lost; `toRuleInput` makes the body.
 */

export type TestField = ResponseTest['field'];
/** In the order the editor offers them: scores, answers and facts of the response, then what its comments say. */
export const testFields: readonly TestField[] = ['nps', 'csat', 'ces', 'csat_problem', 'answer', 'contact', 'hidden', 'channel', 'language', ...commentFields];

export type TestOp = 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte' | 'includes' | 'excludes' | 'contains' | 'answered' | 'not_answered' | 'present' | 'absent';

/** One test as edited: `subject` is the question id, the contact attribute or the hidden field's key. */
export interface TestForm {
  field: TestField;
  op: TestOp;
  subject: string;
  value: string;
}

export type AssignKind = Assignment['kind'];
export const assignKinds: readonly AssignKind[] = ['none', 'team', 'user', 'account_owner'];

export interface OpenCaseForm {
  type: 'open_case';
  priority: CasePriority;
  /** Empty: the workspace's default SLA. */
  slaHours: string;
  assign: AssignKind;
  teamId: string;
  roundRobin: boolean;
  userId: string;
  fallbackTeamId: string;
}

export interface NotifyForm {
  type: 'notify';
  userIds: string[];
  teamIds: string[];
  /** Addresses separated by commas, spaces or lines. */
  emails: string;
}

export type ActionForm = OpenCaseForm | NotifyForm | { type: 'webhook' } | { type: 'tag'; tag: string };
export type ActionType = ActionForm['type'];
export const actionTypes: readonly ActionType[] = ['open_case', 'notify', 'webhook', 'tag'];

export interface RuleForm {
  name: string;
  kind: 'response' | 'metric';
  isEnabled: boolean;
  /** 'all': every survey, now and later (an empty `surveyIds` in the API). */
  surveys: 'all' | 'picked';
  surveyIds: string[];
  match: 'all' | 'any';
  tests: TestForm[];
  metric: 'nps' | 'csat';
  /** Empty: every response of the watched surveys. */
  segmentDimension: string;
  segmentValue: string;
  windowDays: string;
  below: string;
  significantDrop: boolean;
  actions: ActionForm[];
}

/** What a question's answer is, for the operators and the value input that fit it. */
export type AnswerKind = 'number' | 'choice' | 'choices' | 'text' | 'date' | 'other';

export function answerKindOf(type: QuestionType | undefined): AnswerKind {
  switch (type) {
    case 'nps':
    case 'csat':
    case 'ces':
    case 'rating':
      return 'number';
    case 'single_choice':
    case 'dropdown':
      return 'choice';
    case 'multiple_choice':
    case 'ranking':
      return 'choices';
    case 'short_text':
    case 'long_text':
      return 'text';
    case 'date':
      return 'date';
    default:
      return 'other';
  }
}

const comparisons: TestOp[] = ['lte', 'lt', 'eq', 'neq', 'gte', 'gt'];
const answerOps: Record<AnswerKind, TestOp[]> = {
  number: [...comparisons, 'answered', 'not_answered'],
  choice: ['eq', 'neq', 'answered', 'not_answered'],
  choices: ['includes', 'answered', 'not_answered'],
  text: ['contains', 'eq', 'neq', 'answered', 'not_answered'],
  date: ['eq', 'neq', 'lt', 'gt', 'answered', 'not_answered'],
  other: ['answered', 'not_answered', 'eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'includes', 'contains'],
};

/** The operators a test on this field may use; for an answer, those that fit the question. */
export function opsFor(field: TestField, answerKind: AnswerKind = 'other'): TestOp[] {
  switch (field) {
    case 'nps':
    case 'csat':
    case 'ces':
      return comparisons;
    case 'csat_problem':
      return [];
    case 'answer':
      return answerOps[answerKind];
    case 'contact':
      return ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'present', 'absent'];
    case 'hidden':
      return ['eq', 'neq', 'present', 'absent'];
    case 'channel':
    case 'language':
    case 'sentiment':
      return ['eq', 'neq'];
    case 'intent':
    case 'topic':
      return ['includes', 'excludes'];
  }
}

/** Whether a test with this operator compares with a value. */
export const opHasValue = (op: TestOp): boolean => !['answered', 'not_answered', 'present', 'absent'].includes(op);

/** Whether the field is a test's own subject to name (a question, an attribute, a hidden field). */
export const hasSubject = (field: TestField): field is 'answer' | 'contact' | 'hidden' => field === 'answer' || field === 'contact' || field === 'hidden';

/** The score scale of a score field. */
export const scoreScale = (field: 'nps' | 'csat' | 'ces') => metricScales[field];

/** A new test on a field: detractors for NPS, dissatisfied for CSAT, hard effort for CES, a negative or complaining comment. */
export function newTest(field: TestField): TestForm {
  switch (field) {
    case 'nps':
      return { field, op: 'lte', subject: '', value: '6' };
    case 'csat':
      return { field, op: 'lte', subject: '', value: '2' };
    case 'ces':
      return { field, op: 'lte', subject: '', value: '3' };
    case 'csat_problem':
      return { field, op: 'eq', subject: '', value: '' };
    case 'answer':
      return { field, op: 'answered', subject: '', value: '' };
    case 'contact':
      return { field, op: 'eq', subject: '', value: '' };
    case 'hidden':
      return { field, op: 'present', subject: '', value: '' };
    case 'channel':
      return { field, op: 'eq', subject: '', value: 'email' };
    case 'language':
      return { field, op: 'eq', subject: '', value: 'en' };
    case 'sentiment':
      return { field, op: 'eq', subject: '', value: 'negative' };
    case 'intent':
      return { field, op: 'includes', subject: '', value: 'complaint' };
    case 'topic':
      return { field, op: 'includes', subject: '', value: '' };
  }
}

export function newAction(type: ActionType): ActionForm {
  switch (type) {
    case 'open_case':
      return { type, priority: 'normal', slaHours: '', assign: 'none', teamId: '', roundRobin: false, userId: '', fallbackTeamId: '' };
    case 'notify':
      return { type, userIds: [], teamIds: [], emails: '' };
    case 'webhook':
      return { type };
    case 'tag':
      return { type, tag: '' };
  }
}

export function emptyRuleForm(): RuleForm {
  return {
    name: '',
    kind: 'response',
    isEnabled: true,
    surveys: 'all',
    surveyIds: [],
    match: 'all',
    tests: [newTest('nps')],
    metric: 'nps',
    segmentDimension: '',
    segmentValue: '',
    windowDays: '7',
    below: '',
    significantDrop: true,
    actions: [newAction('open_case')],
  };
}

export const splitEmails = (text: string): string[] => text.split(/[\s,;]+/).map((e) => e.trim()).filter(Boolean);

/** A typed value as the API wants it: a number when it reads as one, else the text. */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

export function toTest(test: TestForm): ResponseTest {
  const withValue = opHasValue(test.op);
  switch (test.field) {
    case 'nps':
    case 'csat':
    case 'ces':
      return { field: test.field, op: test.op as 'eq', value: Number(test.value) };
    case 'csat_problem':
      return { field: 'csat_problem' };
    case 'answer': {
      const isText = test.op === 'contains' || test.op === 'includes';
      return { field: 'answer', question: test.subject, op: test.op as 'eq', ...(withValue ? { value: isText ? test.value.trim() : numberOrText(test.value) } : {}) };
    }
    case 'contact':
      return { field: 'contact', attribute: test.subject.trim(), op: test.op as 'eq', ...(withValue ? { value: numberOrText(test.value) } : {}) };
    case 'hidden':
      return { field: 'hidden', key: test.subject.trim(), op: test.op as 'eq', ...(withValue ? { value: test.value.trim() } : {}) };
    case 'channel':
    case 'language':
      return { field: test.field, op: test.op as 'eq', value: test.value.trim() };
    // The editor offers only known sentiments and intents; the server checks again.
    case 'sentiment':
      return { field: 'sentiment', op: test.op as 'eq', value: test.value as SentimentLabel };
    case 'intent':
      return { field: 'intent', op: test.op as 'includes', value: test.value as IntentName };
    case 'topic':
      return { field: 'topic', op: test.op as 'includes', value: test.value };
  }
}

function toAssignment(action: OpenCaseForm): Assignment {
  switch (action.assign) {
    case 'team':
      return { kind: 'team', teamId: action.teamId, roundRobin: action.roundRobin };
    case 'user':
      return { kind: 'user', userId: action.userId };
    case 'account_owner':
      return { kind: 'account_owner', ...(action.fallbackTeamId ? { fallbackTeamId: action.fallbackTeamId } : {}) };
    case 'none':
      return { kind: 'none' };
  }
}

export function toAction(action: ActionForm): RuleAction {
  switch (action.type) {
    case 'open_case':
      return { type: 'open_case', priority: action.priority, ...(action.slaHours.trim() ? { slaHours: Number(action.slaHours) } : {}), assign: toAssignment(action) };
    case 'notify':
      return { type: 'notify', userIds: action.userIds, teamIds: action.teamIds, emails: splitEmails(action.emails) };
    case 'webhook':
      return { type: 'webhook' };
    case 'tag':
      return { type: 'tag', tag: action.tag.trim() };
  }
}

/** The body of POST and PUT /alert-rules. */
export function toRuleInput(form: RuleForm): RuleInput {
  const common = {
    name: form.name.trim(),
    isEnabled: form.isEnabled,
    surveyIds: form.surveys === 'all' ? [] : form.surveyIds,
    actions: form.actions.map(toAction),
  };
  if (form.kind === 'response') return { kind: 'response', ...common, condition: { match: form.match, tests: form.tests.map(toTest) } };
  const segment = form.segmentDimension.trim() ? { segment: { dimension: form.segmentDimension.trim(), value: form.segmentValue.trim() } } : {};
  return {
    kind: 'metric',
    ...common,
    condition: { metric: form.metric, ...segment, windowDays: Number(form.windowDays), ...(form.below.trim() ? { below: Number(form.below) } : {}), significantDrop: form.significantDrop },
  };
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** A saved test as the editor shows it. */
export function testToForm(test: ResponseTest): TestForm {
  switch (test.field) {
    case 'csat_problem':
      return newTest('csat_problem');
    case 'answer':
      return { field: 'answer', op: test.op, subject: test.question, value: text(test.value) };
    case 'contact':
      return { field: 'contact', op: test.op, subject: test.attribute, value: text(test.value) };
    case 'hidden':
      return { field: 'hidden', op: test.op, subject: test.key, value: text(test.value) };
    default:
      return { field: test.field, op: test.op, subject: '', value: text(test.value) };
  }
}

function fromAction(action: RuleAction): ActionForm {
  switch (action.type) {
    case 'open_case': {
      const assign = action.assign;
      return {
        ...(newAction('open_case') as OpenCaseForm),
        priority: action.priority,
        slaHours: text(action.slaHours),
        assign: assign.kind,
        teamId: assign.kind === 'team' ? assign.teamId : '',
        roundRobin: assign.kind === 'team' ? assign.roundRobin : false,
        userId: assign.kind === 'user' ? assign.userId : '',
        fallbackTeamId: assign.kind === 'account_owner' ? (assign.fallbackTeamId ?? '') : '',
      };
    }
    case 'notify':
      return { type: 'notify', userIds: action.userIds, teamIds: action.teamIds, emails: action.emails.join(', ') };
    case 'webhook':
      return { type: 'webhook' };
    case 'tag':
      return { type: 'tag', tag: action.tag };
  }
}

/** A saved rule in the editor; the kind it does not use keeps the defaults, for switching kinds. */
export function ruleToForm(rule: AlertRule | RuleInput): RuleForm {
  const empty = emptyRuleForm();
  const common = {
    ...empty,
    name: rule.name,
    isEnabled: rule.isEnabled,
    surveys: rule.surveyIds.length ? ('picked' as const) : ('all' as const),
    surveyIds: rule.surveyIds,
    actions: rule.actions.map(fromAction),
  };
  if (rule.kind === 'response') return { ...common, kind: 'response', match: rule.condition.match, tests: rule.condition.tests.map(testToForm) };
  const c = rule.condition;
  return {
    ...common,
    kind: 'metric',
    metric: c.metric,
    segmentDimension: c.segment?.dimension ?? '',
    segmentValue: c.segment?.value ?? '',
    windowDays: String(c.windowDays),
    below: text(c.below),
    significantDrop: c.significantDrop,
  };
}

/** The rule as PUT wants it, from what GET gave (to turn it on or off alone). */
export function inputOf(rule: AlertRule): RuleInput {
  const { name, isEnabled, surveyIds, actions } = rule;
  return rule.kind === 'response'
    ? { kind: 'response', name, isEnabled, surveyIds, actions, condition: rule.condition }
    : { kind: 'metric', name, isEnabled, surveyIds, actions, condition: rule.condition };
}

/** A date field's value (`2026-01-31`) as the start of that day in the browser's time zone, for replay's `since`; null when not a date. */
export function startOfDay(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const when = new Date(`${date}T00:00:00`);
  return Number.isNaN(when.getTime()) ? null : when.toISOString();
}

/** The local date `days` before `now`, as a date field wants it. */
export function localDateDaysAgo(days: number, now = new Date()): string {
  const then = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${then.getFullYear()}-${pad(then.getMonth() + 1)}-${pad(then.getDate())}`;
}
