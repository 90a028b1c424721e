import { describe, expect, it } from 'vitest';
import { RuleInput } from '../../../../../src/engine/respond/rules.js';
import type { AlertRule } from '../../../api/respondSetup.js';
import { emptyRuleForm, inputOf, localDateDaysAgo, newAction, newTest, opHasValue, opsFor, ruleToForm, startOfDay, testFields, toRuleInput, toTest } from './ruleForm.js';
import type { ActionForm, RuleForm, TestForm } from './ruleForm.js';

const ids = {
  team1: '0190a0b0-0000-7000-8000-000000000001',
  team2: '0190a0b0-0000-7000-8000-000000000002',
  user1: '0190a0b0-0000-7000-8000-000000000003',
  survey1: '0190a0b0-0000-7000-8000-000000000004',
  topic1: '0190a0b0-0000-7000-8000-000000000005',
};
const form = (changes: Partial<RuleForm> = {}): RuleForm => ({ ...emptyRuleForm(), name: 'Detractors', ...changes });
const parses = (body: unknown) => {
  const result = RuleInput.safeParse(body);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
};

describe('toRuleInput', () => {
  it('makes a response rule the server accepts, watching all surveys when none is picked', () => {
    const body = toRuleInput(form());
    expect(body).toEqual({ kind: 'response', name: 'Detractors', isEnabled: true, surveyIds: [], actions: [{ type: 'open_case', priority: 'normal', assign: { kind: 'none' } }], condition: { match: 'all', tests: [{ field: 'nps', op: 'lte', value: 6 }] } });
    expect(parses(body)).toEqual(body);
  });

  it('sends picked surveys only when the rule watches picked ones', () => {
    expect(toRuleInput(form({ surveys: 'all', surveyIds: [ids.survey1] })).surveyIds).toEqual([]);
    expect(toRuleInput(form({ surveys: 'picked', surveyIds: [ids.survey1] })).surveyIds).toEqual([ids.survey1]);
  });

  it('makes every kind of test in a shape the server accepts', () => {
    const tests: TestForm[] = [
      { field: 'csat', op: 'lte', subject: '', value: '2' },
      { field: 'ces', op: 'gte', subject: '', value: '6' },
      { field: 'csat_problem', op: 'eq', subject: 'ignored', value: 'ignored' },
      { field: 'answer', op: 'eq', subject: 'reason', value: 'price' },
      { field: 'answer', op: 'gte', subject: 'rating', value: '4' },
      { field: 'answer', op: 'contains', subject: 'comment', value: ' 123 ' },
      { field: 'answer', op: 'answered', subject: 'comment', value: 'left over' },
      { field: 'contact', op: 'gte', subject: 'revenue', value: '10000' },
      { field: 'contact', op: 'eq', subject: 'plan', value: 'pro' },
      { field: 'contact', op: 'present', subject: 'account_owner', value: '' },
      { field: 'hidden', op: 'eq', subject: 'store', value: '42' },
      { field: 'hidden', op: 'absent', subject: 'store', value: '' },
      { field: 'channel', op: 'neq', subject: '', value: 'email' },
      { field: 'language', op: 'eq', subject: '', value: 'fi' },
      { field: 'sentiment', op: 'eq', subject: '', value: 'negative' },
      { field: 'sentiment', op: 'neq', subject: 'ignored', value: 'positive' },
      { field: 'intent', op: 'includes', subject: '', value: 'complaint' },
      { field: 'intent', op: 'excludes', subject: '', value: 'feature_request' },
      { field: 'topic', op: 'includes', subject: '', value: ids.topic1 },
      { field: 'topic', op: 'excludes', subject: '', value: ids.topic1 },
    ];
    const body = toRuleInput(form({ match: 'any', tests }));
    expect(parses(body)).toEqual(body);
    expect(body.kind === 'response' && body.condition.tests).toEqual([
      { field: 'csat', op: 'lte', value: 2 },
      { field: 'ces', op: 'gte', value: 6 },
      { field: 'csat_problem' },
      { field: 'answer', question: 'reason', op: 'eq', value: 'price' },
      { field: 'answer', question: 'rating', op: 'gte', value: 4 },
      { field: 'answer', question: 'comment', op: 'contains', value: '123' },
      { field: 'answer', question: 'comment', op: 'answered' },
      { field: 'contact', attribute: 'revenue', op: 'gte', value: 10000 },
      { field: 'contact', attribute: 'plan', op: 'eq', value: 'pro' },
      { field: 'contact', attribute: 'account_owner', op: 'present' },
      { field: 'hidden', key: 'store', op: 'eq', value: '42' },
      { field: 'hidden', key: 'store', op: 'absent' },
      { field: 'channel', op: 'neq', value: 'email' },
      { field: 'language', op: 'eq', value: 'fi' },
      { field: 'sentiment', op: 'eq', value: 'negative' },
      { field: 'sentiment', op: 'neq', value: 'positive' },
      { field: 'intent', op: 'includes', value: 'complaint' },
      { field: 'intent', op: 'excludes', value: 'feature_request' },
      { field: 'topic', op: 'includes', value: ids.topic1 },
      { field: 'topic', op: 'excludes', value: ids.topic1 },
    ]);
  });

  it('makes every kind of action and assignment in a shape the server accepts', () => {
    const actions: ActionForm[] = [
      { ...(newAction('open_case') as Extract<ActionForm, { type: 'open_case' }>), priority: 'urgent', slaHours: '4', assign: 'team', teamId: ids.team1, roundRobin: true },
      { ...(newAction('open_case') as Extract<ActionForm, { type: 'open_case' }>), assign: 'user', userId: ids.user1, teamId: 'left over' },
      { ...(newAction('open_case') as Extract<ActionForm, { type: 'open_case' }>), assign: 'account_owner', fallbackTeamId: ids.team2 },
      { ...(newAction('open_case') as Extract<ActionForm, { type: 'open_case' }>), assign: 'account_owner' },
      { type: 'notify', userIds: [ids.user1], teamIds: [ids.team1], emails: 'a@example.com, b@example.com;\nc@example.com' },
      { type: 'webhook' },
      { type: 'tag', tag: ' churn-risk ' },
    ];
    const body = toRuleInput(form({ actions }));
    expect(parses(body)).toEqual(body);
    expect(body.actions).toEqual([
      { type: 'open_case', priority: 'urgent', slaHours: 4, assign: { kind: 'team', teamId: ids.team1, roundRobin: true } },
      { type: 'open_case', priority: 'normal', assign: { kind: 'user', userId: ids.user1 } },
      { type: 'open_case', priority: 'normal', assign: { kind: 'account_owner', fallbackTeamId: ids.team2 } },
      { type: 'open_case', priority: 'normal', assign: { kind: 'account_owner' } },
      { type: 'notify', userIds: [ids.user1], teamIds: [ids.team1], emails: ['a@example.com', 'b@example.com', 'c@example.com'] },
      { type: 'webhook' },
      { type: 'tag', tag: 'churn-risk' },
    ]);
  });

  it('makes a metric rule, with a segment and a threshold only when given', () => {
    const plain = toRuleInput(form({ kind: 'metric', metric: 'csat', windowDays: '14', below: '', significantDrop: true }));
    expect(plain).toMatchObject({ kind: 'metric', condition: { metric: 'csat', windowDays: 14, significantDrop: true } });
    expect(plain.condition).not.toHaveProperty('below');
    expect(plain.condition).not.toHaveProperty('segment');
    expect(parses(plain)).toEqual(plain);
    const full = toRuleInput(form({ kind: 'metric', segmentDimension: 'channel', segmentValue: 'email', below: '-10', significantDrop: false }));
    expect(full.condition).toEqual({ metric: 'nps', segment: { dimension: 'channel', value: 'email' }, windowDays: 7, below: -10, significantDrop: false });
    expect(parses(full)).toEqual(full);
  });
});

describe('ruleToForm', () => {
  const saved = (input: ReturnType<typeof toRuleInput>): AlertRule => ({ ...input, id: 'rul_1', activeFrom: '2026-01-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', firings: 3, lastFiredAt: null });

  it('gives back the same body for a saved rule of either kind', () => {
    const response = toRuleInput(form({ surveys: 'picked', surveyIds: [ids.survey1], match: 'any', tests: [newTest('csat_problem'), { field: 'contact', op: 'gte', subject: 'revenue', value: '10000' }], actions: [newAction('webhook'), { type: 'notify', userIds: [], teamIds: [], emails: 'a@example.com' }] }));
    expect(toRuleInput(ruleToForm(saved(response)))).toEqual(response);
    const metric = toRuleInput(form({ kind: 'metric', segmentDimension: 'contact.plan', segmentValue: 'pro', below: '30', isEnabled: false }));
    expect(toRuleInput(ruleToForm(saved(metric)))).toEqual(metric);
  });

  it('gives back tests on what the comments say, each with its own operator', () => {
    const tests: TestForm[] = [
      { field: 'sentiment', op: 'neq', subject: '', value: 'neutral' },
      { field: 'intent', op: 'excludes', subject: '', value: 'question' },
      { field: 'topic', op: 'includes', subject: '', value: ids.topic1 },
    ];
    const body = toRuleInput(form({ match: 'any', tests }));
    expect(ruleToForm(saved(body)).tests).toEqual(tests);
    expect(toRuleInput(ruleToForm(saved(body)))).toEqual(body);
  });

  it('keeps only what PUT takes when a saved rule is turned on or off', () => {
    const body = toRuleInput(form());
    expect(parses({ ...inputOf(saved(body)), isEnabled: false })).toEqual({ ...body, isEnabled: false });
  });
});

describe('operators', () => {
  it('offers only operators the server takes for each field, and a value only where one is compared', () => {
    const allowed: Record<string, string[]> = {
      nps: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'],
      csat: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'],
      ces: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'],
      csat_problem: [],
      answer: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'includes', 'contains', 'answered', 'not_answered'],
      contact: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'present', 'absent'],
      hidden: ['eq', 'neq', 'present', 'absent'],
      channel: ['eq', 'neq'],
      language: ['eq', 'neq'],
      sentiment: ['eq', 'neq'],
      intent: ['includes', 'excludes'],
      topic: ['includes', 'excludes'],
    };
    for (const field of testFields) {
      for (const kind of ['number', 'choice', 'choices', 'text', 'date', 'other'] as const) {
        for (const op of opsFor(field, kind)) expect(allowed[field]).toContain(op);
      }
      const fresh = newTest(field);
      expect(parses(toRuleInput(form({ tests: [{ ...fresh, subject: fresh.subject || 'reason', value: fresh.value || (field === 'topic' ? ids.topic1 : 'x') }] })))).toBeTruthy();
    }
    expect(testFields.slice(-3)).toEqual(['sentiment', 'intent', 'topic']);
    expect(opsFor('answer', 'choices')).toEqual(['includes', 'answered', 'not_answered']);
    expect(opsFor('answer', 'text')[0]).toBe('contains');
    expect(opHasValue('answered')).toBe(false);
    expect(opHasValue('absent')).toBe(false);
    expect(opHasValue('lte')).toBe(true);
  });

  it('reads a typed number as a number and anything else as text', () => {
    expect(toTest({ field: 'answer', op: 'eq', subject: 'q', value: '7' })).toEqual({ field: 'answer', question: 'q', op: 'eq', value: 7 });
    expect(toTest({ field: 'answer', op: 'includes', subject: 'q', value: '7' })).toEqual({ field: 'answer', question: 'q', op: 'includes', value: '7' });
    expect(toTest({ field: 'contact', op: 'eq', subject: 'plan', value: 'Pro' })).toEqual({ field: 'contact', attribute: 'plan', op: 'eq', value: 'Pro' });
  });
});

describe('replay dates', () => {
  it('starts the day in the browser time zone and counts days back from today', () => {
    expect(startOfDay('2026-03-05')).toBe(new Date(2026, 2, 5).toISOString());
    expect(startOfDay('')).toBeNull();
    expect(startOfDay('5.3.2026')).toBeNull();
    expect(localDateDaysAgo(7, new Date(2026, 2, 5, 15, 30))).toBe('2026-02-26');
    expect(localDateDaysAgo(0, new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
  });
});
