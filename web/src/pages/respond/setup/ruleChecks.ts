import { ApiError, normalizePath } from '../../../api/client.js';
import { serverFieldError } from '../../../forms/errors.js';
import { isEmail } from '../../../forms/validate.js';
import type { MessageKey, MessageParams } from '../../../i18n/messages.js';
import { hasSubject, opHasValue, scoreScale, splitEmails } from './ruleForm.js';
import type { ActionForm, RuleForm, TestForm } from './ruleForm.js';

/**
 * Checks the rule editor runs before sending; the server checks again. Problems are keyed by the
 * path the server would name (`condition.tests.0.value`, `actions.1.emails`), so a field shows
 * its own problem whichever side found it.
 */

export interface Problem {
  key: MessageKey;
  params?: MessageParams;
}
export type Problems = Record<string, Problem>;

const attributePattern = /^[A-Za-z][\w.-]{0,63}$/;
const keyPattern = /^[a-z][a-z0-9_]{0,63}$/;
const required: Problem = { key: 'field.required' };

const isNumberIn = (value: string, min: number, max: number, whole = false) => {
  if (value.trim() === '') return false;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max && (!whole || Number.isInteger(n));
};

function checkTest(test: TestForm, at: string, problems: Problems): void {
  if (test.field === 'nps' || test.field === 'csat' || test.field === 'ces') {
    const { min, max } = scoreScale(test.field);
    if (!isNumberIn(test.value, min, max, true)) problems[`${at}.value`] = { key: 'respond.setup.rules.scoreRange', params: { min, max } };
    return;
  }
  if (test.field === 'csat_problem') return;
  if (test.field === 'topic' && !test.value) {
    problems[`${at}.value`] = { key: 'respond.setup.rules.pickTopic' };
    return;
  }
  if (hasSubject(test.field)) {
    const subjectPath = `${at}.${test.field === 'answer' ? 'question' : test.field === 'contact' ? 'attribute' : 'key'}`;
    const pattern = test.field === 'contact' ? attributePattern : keyPattern;
    if (!test.subject.trim()) problems[subjectPath] = required;
    else if (!pattern.test(test.subject.trim())) problems[subjectPath] = { key: test.field === 'contact' ? 'respond.setup.rules.attributeFormat' : 'respond.setup.rules.keyFormat' };
  }
  if (opHasValue(test.op) && !test.value.trim()) problems[`${at}.value`] = required;
  else if (test.value.length > 500) problems[`${at}.value`] = { key: 'respond.setup.rules.tooLong', params: { max: 500 } };
}

function checkAction(action: ActionForm, at: string, problems: Problems): void {
  switch (action.type) {
    case 'open_case':
      if (action.slaHours.trim() && !isNumberIn(action.slaHours, 0.25, 24 * 90)) problems[`${at}.slaHours`] = { key: 'respond.setup.rules.slaRange', params: { min: 0.25, max: 24 * 90 } };
      if (action.assign === 'team' && !action.teamId) problems[`${at}.assign.teamId`] = required;
      if (action.assign === 'user' && !action.userId) problems[`${at}.assign.userId`] = required;
      return;
    case 'notify': {
      const emails = splitEmails(action.emails);
      const wrong = emails.find((email) => !isEmail(email));
      if (wrong) problems[`${at}.emails`] = { key: 'respond.setup.rules.badEmail', params: { email: wrong } };
      else if (emails.length > 20) problems[`${at}.emails`] = { key: 'respond.setup.rules.tooManyEmails', params: { max: 20 } };
      if (action.userIds.length + action.teamIds.length + emails.length === 0) problems[at] = { key: 'respond.setup.rules.notifyNobody' };
      return;
    }
    case 'tag':
      if (!action.tag.trim()) problems[`${at}.tag`] = required;
      else if (action.tag.trim().length > 50) problems[`${at}.tag`] = { key: 'respond.setup.rules.tooLong', params: { max: 50 } };
      return;
    case 'webhook':
      return;
  }
}

export function checkRuleForm(form: RuleForm): Problems {
  const problems: Problems = {};
  if (!form.name.trim()) problems['name'] = required;
  if (form.surveys === 'picked' && form.surveyIds.length === 0) problems['surveyIds'] = { key: 'respond.setup.rules.pickSurvey' };
  if (form.kind === 'response') {
    form.tests.forEach((test, i) => checkTest(test, `condition.tests.${i}`, problems));
  } else {
    if (!isNumberIn(form.windowDays, 1, 90, true)) problems['condition.windowDays'] = { key: 'respond.setup.rules.windowRange', params: { min: 1, max: 90 } };
    const floor = form.metric === 'nps' ? -100 : 0;
    if (form.below.trim() && !isNumberIn(form.below, floor, 100)) problems['condition.below'] = { key: 'respond.setup.rules.belowRange', params: { min: floor, max: 100 } };
    if (!form.below.trim() && !form.significantDrop) problems['condition'] = { key: 'respond.setup.rules.metricNeedsOne' };
    if (form.segmentDimension.trim() && !form.segmentValue.trim()) problems['condition.segment.value'] = required;
  }
  if (form.actions.length === 0) problems['actions'] = { key: 'respond.setup.rules.needsAction' };
  form.actions.forEach((action, i) => checkAction(action, `actions.${i}`, problems));
  return problems;
}

/** Every path the editor shows a problem at, for the summary above the form to leave those out. */
export function shownPaths(form: RuleForm): string[] {
  const paths = ['name', 'kind', 'isEnabled', 'surveyIds', ...form.surveyIds.map((_, i) => `surveyIds.${i}`), 'condition', 'actions'];
  if (form.kind === 'response') {
    paths.push('condition.match', 'condition.tests');
    form.tests.forEach((_, i) => paths.push(...['', '.field', '.op', '.value', '.question', '.attribute', '.key'].map((end) => `condition.tests.${i}${end}`)));
  } else {
    paths.push('condition.metric', 'condition.segment', 'condition.segment.dimension', 'condition.segment.value', 'condition.windowDays', 'condition.below', 'condition.significantDrop');
  }
  form.actions.forEach((action, i) => {
    paths.push(...['', '.type', '.priority', '.slaHours', '.assign', '.assign.kind', '.assign.teamId', '.assign.userId', '.assign.fallbackTeamId', '.userIds', '.teamIds', '.emails', '.tag'].map((end) => `actions.${i}${end}`));
    if (action.type === 'notify') {
      const lists = { userIds: action.userIds.length, teamIds: action.teamIds.length, emails: splitEmails(action.emails).length };
      for (const [list, count] of Object.entries(lists)) for (let n = 0; n < count; n++) paths.push(`actions.${i}.${list}.${n}`);
    }
  });
  return paths;
}

/** The server's problem with a list field or any item of it (`actions.0.emails.2` shows at `actions.0.emails`). */
export function serverListError(error: unknown, path: string): string | undefined {
  const exact = serverFieldError(error, path);
  if (exact || !(error instanceof ApiError)) return exact;
  const item = error.errors.find((e) => normalizePath(e.path).startsWith(`${path}.`));
  return item ? serverFieldError(error, normalizePath(item.path)) : undefined;
}
