import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.js';
import { checkRuleForm, serverListError, shownPaths } from './ruleChecks.js';
import { emptyRuleForm, newAction, newTest } from './ruleForm.js';
import type { RuleForm } from './ruleForm.js';

const form = (changes: Partial<RuleForm> = {}): RuleForm => ({ ...emptyRuleForm(), name: 'Detractors', ...changes });

describe('checkRuleForm', () => {
  it('passes a complete rule', () => {
    expect(checkRuleForm(form())).toEqual({});
  });

  it('names each problem at the path the server would use', () => {
    const problems = checkRuleForm(
      form({
        name: ' ',
        surveys: 'picked',
        surveyIds: [],
        tests: [
          { field: 'nps', op: 'lte', subject: '', value: '11' },
          { field: 'answer', op: 'eq', subject: '', value: '' },
          { field: 'contact', op: 'gte', subject: '1revenue', value: '5' },
          { field: 'hidden', op: 'present', subject: 'Store', value: '' },
          { field: 'csat', op: 'eq', subject: '', value: '2.5' },
        ],
        actions: [
          { type: 'open_case', priority: 'high', slaHours: '0.1', assign: 'team', teamId: '', roundRobin: false, userId: '', fallbackTeamId: '' },
          { type: 'notify', userIds: [], teamIds: [], emails: '' },
          { type: 'notify', userIds: [], teamIds: [], emails: 'ok@example.com, nope' },
          { type: 'tag', tag: '  ' },
        ],
      }),
    );
    expect(Object.keys(problems).sort()).toEqual(
      [
        'name',
        'surveyIds',
        'condition.tests.0.value',
        'condition.tests.1.question',
        'condition.tests.1.value',
        'condition.tests.2.attribute',
        'condition.tests.3.key',
        'condition.tests.4.value',
        'actions.0.slaHours',
        'actions.0.assign.teamId',
        'actions.1',
        'actions.2.emails',
        'actions.3.tag',
      ].sort(),
    );
    expect(problems['condition.tests.0.value']).toEqual({ key: 'respond.setup.rules.scoreRange', params: { min: 0, max: 10 } });
    expect(problems['actions.2.emails']).toEqual({ key: 'respond.setup.rules.badEmail', params: { email: 'nope' } });
  });

  it('checks a metric rule: the window, the threshold in range, one way to fire, the segment value', () => {
    expect(checkRuleForm(form({ kind: 'metric', windowDays: '0', below: '-101', significantDrop: false, segmentDimension: 'channel', segmentValue: '' }))).toEqual({
      'condition.windowDays': { key: 'respond.setup.rules.windowRange', params: { min: 1, max: 90 } },
      'condition.below': { key: 'respond.setup.rules.belowRange', params: { min: -100, max: 100 } },
      'condition.segment.value': { key: 'field.required' },
    });
    expect(checkRuleForm(form({ kind: 'metric', metric: 'csat', below: '-5' }))['condition.below']?.params).toEqual({ min: 0, max: 100 });
    expect(checkRuleForm(form({ kind: 'metric', below: '', significantDrop: false }))['condition']).toEqual({ key: 'respond.setup.rules.metricNeedsOne' });
  });

  it('needs a topic chosen for a test on a comment\'s topic; a sentiment and an intent come chosen', () => {
    const tests = [newTest('topic'), newTest('sentiment'), newTest('intent'), { ...newTest('topic'), value: '0190a0b0-0000-7000-8000-000000000005' }];
    expect(checkRuleForm(form({ tests }))).toEqual({ 'condition.tests.0.value': { key: 'respond.setup.rules.pickTopic' } });
  });

  it('needs an action', () => {
    expect(checkRuleForm(form({ actions: [] }))).toEqual({ actions: { key: 'respond.setup.rules.needsAction' } });
  });
});

describe('server problems', () => {
  const refused = new ApiError({
    status: 422,
    code: 'invalid_input',
    detail: 'body.actions.0.emails.1: must be an email address',
    errors: [
      { path: 'body.actions.0.emails.1', problem: 'must be an email address' },
      { path: 'body.condition.tests.0.value', problem: 'too big' },
    ],
  });

  it('shows a list item problem at its list, and every path the form shows is covered', () => {
    expect(serverListError(refused, 'actions.0.emails')).toBe('Must be an email address');
    expect(serverListError(refused, 'condition.tests.0.value')).toBe('Too big');
    expect(serverListError(refused, 'actions.0.tag')).toBeUndefined();
    const paths = shownPaths(form({ actions: [{ ...newAction('notify'), emails: 'a@example.com, b' } as RuleForm['actions'][number]] }));
    expect(paths).toContain('actions.0.emails.1');
    expect(paths).toContain('condition.tests.0.value');
  });
});
