import { describe, expect, it } from 'vitest';
import { ContactBudget, defaultContactBudget } from '../../../../src/engine/invitations/budget.js';
import { budgetPaths, budgetToForm, checkBudgetForm, newLimit, newOverride, toBudgetSettings } from './budgetForm.js';

const surveyA = '0190a0b0-0000-7000-8000-00000000000a';
const surveyB = '0190a0b0-0000-7000-8000-00000000000b';
const gone = '0190a0b0-0000-7000-8000-0000000000ff';

describe('budget form', () => {
  it('gives back the settings it was given, in a shape the server accepts', () => {
    const settings = {
      budget: { isEnabled: true, limits: [{ maxTouches: 1, withinDays: 30 }], overrides: [{ attribute: 'segment', equals: 'key_account', limits: [{ maxTouches: 1, withinDays: 90 }] }, { attribute: 'seats', equals: 5, limits: [] }, { attribute: 'opted_out', equals: true, limits: [{ maxTouches: 0, withinDays: 3650 }] }] },
      surveyPriorities: { [surveyA]: 'high' as const },
    };
    const body = toBudgetSettings(budgetToForm(settings), [surveyA, surveyB]);
    expect(body).toEqual(settings);
    expect(ContactBudget.parse(body.budget)).toEqual(body.budget);
  });

  it('starts from the default budget', () => {
    const form = budgetToForm({ budget: defaultContactBudget, surveyPriorities: {} });
    expect(form).toEqual({ isEnabled: false, limits: [newLimit(1, 30), newLimit(4, 365)], overrides: [], priorities: {} });
    expect(checkBudgetForm(form)).toEqual({});
  });

  it('keeps priorities only for surveys that exist, leaving normal out', () => {
    const form = { ...budgetToForm({ budget: defaultContactBudget, surveyPriorities: {} }), priorities: { [surveyA]: 'low' as const, [surveyB]: 'normal' as const, [gone]: 'high' as const } };
    expect(toBudgetSettings(form, [surveyA, surveyB]).surveyPriorities).toEqual({ [surveyA]: 'low' });
  });

  it('sends an override’s value as the kind chosen', () => {
    const form = budgetToForm({ budget: defaultContactBudget, surveyPriorities: {} });
    form.overrides = [{ ...newOverride(), attribute: 'seats', equals: '12', kind: 'number' }, { ...newOverride(), attribute: 'vip', equals: 'false', kind: 'boolean' }, { ...newOverride(), attribute: 'plan', equals: '12' }];
    expect(toBudgetSettings(form, []).budget.overrides.map((o) => o.equals)).toEqual([12, false, '12']);
  });
});

describe('checkBudgetForm', () => {
  it('names each problem at the path the server uses', () => {
    const form = budgetToForm({ budget: defaultContactBudget, surveyPriorities: {} });
    form.limits = [newLimit(1, 30), { maxTouches: '-1', withinDays: '0' }, { maxTouches: '1.5', withinDays: '' }];
    form.overrides = [
      { ...newOverride(), attribute: 'Segment', equals: ' ', limits: [{ maxTouches: '2', withinDays: '4000' }] },
      { ...newOverride(), attribute: 'seats', equals: 'many', kind: 'number' },
    ];
    const problems = checkBudgetForm(form);
    expect(Object.keys(problems).sort()).toEqual(
      ['budget.limits.1.maxTouches', 'budget.limits.1.withinDays', 'budget.limits.2.maxTouches', 'budget.limits.2.withinDays', 'budget.overrides.0.attribute', 'budget.overrides.0.equals', 'budget.overrides.0.limits.0.withinDays', 'budget.overrides.1.equals'].sort(),
    );
    expect(problems['budget.limits.1.withinDays']).toEqual({ key: 'budget.daysRange', params: { min: 1, max: 3650 } });
    for (const path of Object.keys(problems)) expect(budgetPaths(form)).toContain(path);
  });

  it('agrees with the server on what a limit may be', () => {
    const form = budgetToForm({ budget: defaultContactBudget, surveyPriorities: {} });
    for (const [maxTouches, withinDays] of [['0', '1'], ['1000', '3650'], ['1001', '30'], ['1', '3651'], ['2', '0']] as const) {
      form.limits = [{ maxTouches, withinDays }];
      const isFine = Object.keys(checkBudgetForm(form)).length === 0;
      expect(ContactBudget.safeParse(toBudgetSettings(form, []).budget).success).toBe(isFine);
    }
  });

  it('refuses more limits than the server keeps', () => {
    const form = budgetToForm({ budget: defaultContactBudget, surveyPriorities: {} });
    form.limits = Array.from({ length: 11 }, () => newLimit());
    expect(checkBudgetForm(form)['budget.limits']).toEqual({ key: 'budget.tooManyLimits', params: { max: 10 } });
  });
});
