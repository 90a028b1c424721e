import { conditionOps } from '../../../../src/engine/invitations/distributions.js';
import type { Audience, AttributeCondition, ConditionOp, DistributionInput } from '../../../../src/engine/invitations/distributions.js';
import type { Distribution } from '../../api/distributions.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';

/**
 * The distribution editor's state and its conversion to and from the API's input. Numbers are kept
 * as the text typed, so a half-typed value is never lost; `toDistributionInput` makes the body.
 */

export { conditionOps };
export type AudienceKind = Audience['kind'];
export const audienceKinds: readonly AudienceKind[] = ['all', 'segment', 'contacts'];

export interface ConditionForm {
  attribute: string;
  op: ConditionOp;
  value: string;
}

/** A chosen contact; `label` is null until its name is known (an edit starts from ids). */
export interface PickedContact {
  id: string;
  label: string | null;
}

export const delayUnits = ['minutes', 'hours', 'days'] as const;
export type DelayUnit = (typeof delayUnits)[number];
const minutesPer: Record<DelayUnit, number> = { minutes: 1, hours: 60, days: 1440 };

export interface DistributionForm {
  kind: 'once' | 'trigger';
  name: string;
  surveyId: string;
  audience: AudienceKind;
  match: 'all' | 'any';
  conditions: ConditionForm[];
  contacts: PickedContact[];
  event: string;
  delay: string;
  delayUnit: DelayUnit;
  /** '': the built-in template. */
  invitationTemplateId: string;
  reminderTemplateId: string;
  embedFirstQuestion: boolean;
  afterDays: string;
  maxReminders: string;
  linkValidDays: string;
  senderName: string;
}

export const newCondition = (): ConditionForm => ({ attribute: '', op: 'eq', value: '' });

export function emptyDistributionForm(surveyId = ''): DistributionForm {
  return {
    kind: 'once',
    name: '',
    surveyId,
    audience: 'all',
    match: 'all',
    conditions: [newCondition()],
    contacts: [],
    event: '',
    delay: '0',
    delayUnit: 'hours',
    invitationTemplateId: '',
    reminderTemplateId: '',
    embedFirstQuestion: false,
    afterDays: '3',
    maxReminders: '1',
    linkValidDays: '30',
    senderName: '',
  };
}

/** Whether a condition with this operator compares with a value, and whether that value is a number. */
export const opHasValue = (op: ConditionOp): boolean => op !== 'present' && op !== 'absent';
export const opIsNumeric = (op: ConditionOp): boolean => op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte';

/** The delay in the largest unit that says it exactly (120 minutes: 2 hours). */
export function splitDelay(minutes: number): { delay: string; delayUnit: DelayUnit } {
  if (minutes > 0 && minutes % minutesPer.days === 0) return { delay: String(minutes / minutesPer.days), delayUnit: 'days' };
  if (minutes > 0 && minutes % minutesPer.hours === 0) return { delay: String(minutes / minutesPer.hours), delayUnit: 'hours' };
  return { delay: String(minutes), delayUnit: minutes === 0 ? 'hours' : 'minutes' };
}

export function distributionToForm(distribution: Pick<Distribution, 'settings'>): DistributionForm {
  const settings = distribution.settings;
  const form: DistributionForm = {
    ...emptyDistributionForm(settings.surveyId),
    kind: settings.kind,
    name: settings.name,
    invitationTemplateId: settings.invitationTemplateId ?? '',
    reminderTemplateId: settings.reminderTemplateId ?? '',
    embedFirstQuestion: settings.embedFirstQuestion,
    afterDays: String(settings.reminders.afterDays),
    maxReminders: String(settings.reminders.maxReminders),
    linkValidDays: String(settings.linkValidDays),
    senderName: settings.senderName ?? '',
  };
  if (settings.kind === 'trigger') return { ...form, event: settings.trigger.event, ...splitDelay(settings.trigger.delayMinutes) };
  const audience = settings.audience;
  if (audience.kind === 'segment') {
    return { ...form, audience: 'segment', match: audience.match, conditions: audience.conditions.map((c) => ({ attribute: c.attribute, op: c.op, value: c.value === undefined ? '' : String(c.value) })) };
  }
  if (audience.kind === 'contacts') return { ...form, audience: 'contacts', contacts: audience.contactIds.map((id) => ({ id, label: null })) };
  return { ...form, audience: 'all' };
}

const wholeNumber = (text: string): number => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

function toCondition(form: ConditionForm): AttributeCondition {
  const attribute = form.attribute.trim();
  if (!opHasValue(form.op)) return { attribute, op: form.op };
  const text = form.value.trim();
  return { attribute, op: form.op, value: opIsNumeric(form.op) && text !== '' && Number.isFinite(Number(text)) ? Number(text) : text };
}

/** The audience the form describes; also what the live count asks about. */
export function toAudience(form: Pick<DistributionForm, 'audience' | 'match' | 'conditions' | 'contacts'>): Audience {
  switch (form.audience) {
    case 'all':
      return { kind: 'all' };
    case 'segment':
      return { kind: 'segment', match: form.match, conditions: form.conditions.map(toCondition) };
    case 'contacts':
      return { kind: 'contacts', contactIds: form.contacts.map((c) => c.id) };
  }
}

/** The body for POST and PUT /distributions. */
export function toDistributionInput(form: DistributionForm): DistributionInput {
  const common = {
    name: form.name.trim(),
    surveyId: form.surveyId,
    invitationTemplateId: form.invitationTemplateId || null,
    reminderTemplateId: form.reminderTemplateId || null,
    embedFirstQuestion: form.embedFirstQuestion,
    reminders: { afterDays: wholeNumber(form.afterDays), maxReminders: wholeNumber(form.maxReminders) },
    linkValidDays: wholeNumber(form.linkValidDays),
    senderName: form.senderName.trim() || null,
  };
  if (form.kind === 'trigger') return { kind: 'trigger', ...common, trigger: { event: form.event.trim(), delayMinutes: wholeNumber(form.delay) * minutesPer[form.delayUnit] } };
  return { kind: 'once', ...common, audience: toAudience(form) };
}

export type Problem = { key: MessageKey; params?: MessageParams };
/** Problems found in the browser, by the API's path of the field (`audience.conditions.0.value`). */
export type Problems = Record<string, Problem>;

const attributePattern = /^[a-z][a-z0-9_]{0,63}$/;
const eventPattern = /^[a-z][a-z0-9_.-]{0,99}$/;

function checkRange(problems: Problems, path: string, text: string, min: number, max: number) {
  const value = wholeNumber(text);
  if (!Number.isInteger(value) || value < min || value > max) problems[path] = { key: 'distributions.problem.range', params: { min, max } };
}

/** A condition's problem, if any: a path and what is wrong, for the audience count to wait on too. */
function checkCondition(problems: Problems, condition: ConditionForm, path: string) {
  if (!attributePattern.test(condition.attribute.trim())) problems[`${path}.attribute`] = { key: condition.attribute.trim() ? 'distributions.problem.attribute' : 'field.required' };
  if (!opHasValue(condition.op)) return;
  const text = condition.value.trim();
  if (text === '') problems[`${path}.value`] = { key: 'field.required' };
  else if (opIsNumeric(condition.op) && !Number.isFinite(Number(text))) problems[`${path}.value`] = { key: 'distributions.problem.number' };
}

/** The checks the server makes too, said in the reader's language before anything is sent. */
export function checkDistributionForm(form: DistributionForm): Problems {
  const problems: Problems = {};
  if (!form.name.trim()) problems['name'] = { key: 'field.required' };
  if (!form.surveyId) problems['surveyId'] = { key: 'distributions.problem.survey' };
  if (form.kind === 'trigger') {
    if (!eventPattern.test(form.event.trim())) problems['trigger.event'] = { key: form.event.trim() ? 'distributions.problem.event' : 'field.required' };
    const maxDelay = (60 * 24 * 90) / minutesPer[form.delayUnit];
    checkRange(problems, 'trigger.delayMinutes', form.delay, 0, maxDelay);
  } else if (form.audience === 'segment') {
    form.conditions.forEach((condition, i) => checkCondition(problems, condition, `audience.conditions.${i}`));
  }
  checkRange(problems, 'reminders.afterDays', form.afterDays, 1, 60);
  checkRange(problems, 'reminders.maxReminders', form.maxReminders, 0, 5);
  checkRange(problems, 'linkValidDays', form.linkValidDays, 1, 365);
  return problems;
}

/** Whether the audience is complete enough to count (a half-written condition is not). */
export function isAudienceCountable(form: DistributionForm): boolean {
  if (form.kind !== 'once') return false;
  if (form.audience !== 'segment') return true;
  const problems: Problems = {};
  form.conditions.forEach((condition, i) => checkCondition(problems, condition, `c.${i}`));
  return Object.keys(problems).length === 0 && form.conditions.length > 0;
}

/** The paths the form shows beside a field, so a server error about them is not said twice. */
export function shownPaths(form: DistributionForm): string[] {
  const paths = ['name', 'surveyId', 'kind', 'invitationTemplateId', 'reminderTemplateId', 'embedFirstQuestion', 'reminders.afterDays', 'reminders.maxReminders', 'linkValidDays', 'senderName'];
  if (form.kind === 'trigger') return [...paths, 'trigger.event', 'trigger.delayMinutes'];
  if (form.audience === 'segment') return [...paths, 'audience.conditions', ...form.conditions.flatMap((_, i) => [`audience.conditions.${i}.attribute`, `audience.conditions.${i}.value`, `audience.conditions.${i}.op`])];
  if (form.audience === 'contacts') return [...paths, 'audience.contactIds'];
  return paths;
}

/** A datetime-local input's value ("2026-12-01T09:00", the reader's time zone) as an ISO instant; null if it is not one. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as a datetime-local input's value in the reader's time zone. */
export function isoToLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A sensible first choice for a scheduled send: tomorrow at nine, the reader's time. */
export function defaultScheduleTime(now: Date): string {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
  return isoToLocalInput(next);
}

/** Completed ÷ delivered (sent and not bounced), as the report counts it; null before anything was delivered. */
export function responseRateOf(distribution: Pick<Distribution, 'counts'>): number | null {
  return distribution.counts.sent > 0 ? distribution.counts.completed / distribution.counts.sent : null;
}

/** How many a send would reach: the audience's contacts that can get mail, plus those added by hand or CSV. */
export const reachOf = (audience: { withEmail: number } | null, handAdded: number): number => (audience?.withEmail ?? 0) + handAdded;

/** The API call that sends a trigger's event, for the integrator to copy. */
export function triggerCurl(origin: string, workspaceId: string, event: string): string {
  const body = { event, contact: { externalId: 'C-1', email: 'customer@example.com', language: 'en' }, context: {}, key: `${event}-C-1` };
  return [
    `curl -X POST '${origin}/api/v1/workspaces/${workspaceId}/trigger-events' \\`,
    `  -H "Authorization: Bearer $KUULO_API_KEY" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${JSON.stringify(body)}'`,
  ].join('\n');
}
