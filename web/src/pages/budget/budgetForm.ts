import { priorities, type BudgetLimit } from '../../../../src/engine/invitations/budget.js';
import type { BudgetSettings, ContactBudget, Priority } from '../../api/emailTemplates.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';

/**
 * The contact budget form: numbers kept as typed, turned into the PUT body whole. Problems are named
 * at the paths the server uses (`budget.overrides.0.limits.1.withinDays`).
 */

export { priorities };

/** The value an override compares with is compared exactly: a number 5 is not the text "5". */
export const valueKinds = ['string', 'number', 'boolean'] as const;
export type ValueKind = (typeof valueKinds)[number];

export interface LimitForm {
  maxTouches: string;
  withinDays: string;
}

export interface OverrideForm {
  attribute: string;
  equals: string;
  kind: ValueKind;
  /** None: the contacts it matches are never held back. */
  limits: LimitForm[];
}

export interface BudgetForm {
  isEnabled: boolean;
  limits: LimitForm[];
  overrides: OverrideForm[];
  /** Per survey id; a survey not listed is normal. */
  priorities: Record<string, Priority>;
}

export type Problems = Record<string, { key: MessageKey; params?: MessageParams }>;

export const maxLimits = 10;
export const maxOverrides = 50;
const attributePattern = /^[a-z][a-z0-9_]{0,63}$/;
const numberPattern = /^\s*-?[0-9]+(\.[0-9]+)?\s*$/;

export const newLimit = (maxTouches = 1, withinDays = 30): LimitForm => ({ maxTouches: String(maxTouches), withinDays: String(withinDays) });
export const newOverride = (): OverrideForm => ({ attribute: '', equals: '', kind: 'string', limits: [] });

const limitToForm = (limit: BudgetLimit): LimitForm => newLimit(limit.maxTouches, limit.withinDays);
const kindOf = (value: unknown): ValueKind => (typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string');

export function budgetToForm(settings: BudgetSettings): BudgetForm {
  return {
    isEnabled: settings.budget.isEnabled,
    limits: settings.budget.limits.map(limitToForm),
    overrides: settings.budget.overrides.map((o) => ({ attribute: o.attribute, equals: String(o.equals), kind: kindOf(o.equals), limits: o.limits.map(limitToForm) })),
    priorities: { ...settings.surveyPriorities },
  };
}

const toLimit = (limit: LimitForm): BudgetLimit => ({ maxTouches: Number(limit.maxTouches), withinDays: Number(limit.withinDays) });

function typedValue(override: OverrideForm): string | number | boolean {
  if (override.kind === 'number') return Number(override.equals);
  if (override.kind === 'boolean') return override.equals.trim() === 'true';
  return override.equals;
}

/**
 * The body to save. Only surveys that still exist keep a priority (the server refuses an unknown
 * survey), and normal, which every survey is unless listed, is left out.
 */
export function toBudgetSettings(form: BudgetForm, surveyIds: readonly string[]): BudgetSettings {
  const budget: ContactBudget = {
    isEnabled: form.isEnabled,
    limits: form.limits.map(toLimit),
    overrides: form.overrides.map((o) => ({ attribute: o.attribute.trim(), equals: typedValue(o), limits: o.limits.map(toLimit) })),
  };
  const known = new Set(surveyIds);
  const surveyPriorities = Object.fromEntries(Object.entries(form.priorities).filter(([id, priority]) => known.has(id) && priority !== 'normal'));
  return { budget, surveyPriorities };
}

const wholeIn = (text: string, min: number, max: number) => /^\s*\d+\s*$/.test(text) && Number(text) >= min && Number(text) <= max;

function checkLimits(limits: readonly LimitForm[], path: string, problems: Problems): void {
  if (limits.length > maxLimits) problems[path] = { key: 'budget.tooManyLimits', params: { max: maxLimits } };
  limits.forEach((limit, i) => {
    if (!wholeIn(limit.maxTouches, 0, 1000)) problems[`${path}.${i}.maxTouches`] = { key: 'budget.timesRange', params: { min: 0, max: 1000 } };
    if (!wholeIn(limit.withinDays, 1, 3650)) problems[`${path}.${i}.withinDays`] = { key: 'budget.daysRange', params: { min: 1, max: 3650 } };
  });
}

export function checkBudgetForm(form: BudgetForm): Problems {
  const problems: Problems = {};
  checkLimits(form.limits, 'budget.limits', problems);
  if (form.overrides.length > maxOverrides) problems['budget.overrides'] = { key: 'budget.tooManyOverrides', params: { max: maxOverrides } };
  form.overrides.forEach((override, i) => {
    const path = `budget.overrides.${i}`;
    if (!attributePattern.test(override.attribute.trim())) problems[`${path}.attribute`] = { key: 'contacts.attributeKeyFormat' };
    if (override.kind === 'string' && override.equals.length > 1000) problems[`${path}.equals`] = { key: 'budget.valueTooLong', params: { max: 1000 } };
    if (override.kind === 'string' && override.equals.trim() === '') problems[`${path}.equals`] = { key: 'field.required' };
    if (override.kind === 'number' && !numberPattern.test(override.equals)) problems[`${path}.equals`] = { key: 'budget.valueNumber' };
    checkLimits(override.limits, `${path}.limits`, problems);
  });
  return problems;
}

/** Every path the form shows a problem at, for the summary above it to leave those out. */
export function budgetPaths(form: BudgetForm): string[] {
  const limitPaths = (path: string, limits: readonly LimitForm[]) => [path, ...limits.flatMap((_, i) => [`${path}.${i}`, `${path}.${i}.maxTouches`, `${path}.${i}.withinDays`])];
  return [
    'budget',
    'budget.isEnabled',
    ...limitPaths('budget.limits', form.limits),
    'budget.overrides',
    ...form.overrides.flatMap((o, i) => [`budget.overrides.${i}`, `budget.overrides.${i}.attribute`, `budget.overrides.${i}.equals`, ...limitPaths(`budget.overrides.${i}.limits`, o.limits)]),
    'surveyPriorities',
  ];
}
