import { describe, expect, it } from 'vitest';
import { SurveyDefinition } from '../../engine/survey/schema.js';
import { answersShown, commentOf, conditionHolds, describeTest, scoresOf, testHolds, type ResponseFacts } from './evaluate.js';
import { ResponseCondition, ResponseTest, RuleInput } from '../../engine/respond/rules.js';

const survey = SurveyDefinition.parse({
  schemaVersion: 1,
  defaultLanguage: 'en',
  languages: ['en', 'fi'],
  title: { en: 'After delivery' },
  pages: [
    {
      id: 'p1',
      questions: [
        { id: 'likely', type: 'nps', text: { en: 'How likely…', fi: 'Kuinka todennäköisesti…' } },
        { id: 'happy', type: 'csat', text: { en: 'Satisfied?' } },
        { id: 'effort', type: 'ces', text: { en: 'Easy?' } },
        { id: 'second_nps', type: 'nps', text: { en: 'And {{app|the app}}?' } },
      ],
    },
    {
      id: 'p2',
      questions: [
        { id: 'topics', type: 'multiple_choice', text: { en: 'What went wrong?' }, options: [{ id: 'late', label: { en: 'Late', fi: 'Myöhässä' } }, { id: 'broken', label: { en: 'Broken' } }] },
        { id: 'channel_pick', type: 'single_choice', text: { en: 'Bought where?' }, options: [{ id: 'shop', label: { en: 'Shop' } }, { id: 'web', label: { en: 'Web' } }] },
        { id: 'why', type: 'long_text', text: { en: 'Why?' } },
      ],
    },
  ],
  endings: [{ id: 'thanks', title: { en: 'Thanks' } }],
});

const answers = { likely: 3, happy: 2, effort: 6, second_nps: 10, topics: ['late'], channel_pick: 'web', why: 'The parcel came a WEEK late' };
const facts: ResponseFacts = {
  scores: scoresOf(survey, answers),
  answers,
  hidden: { order: 'A-123' },
  contact: { revenue: 25000, plan: 'Gold', account_owner: 'mia@acme.example' },
  channel: 'email',
  language: 'fi',
  csatProblemThreshold: 3,
};
const holds = (test: unknown) => testHolds(ResponseTest.parse(test), facts);

describe('reading a response', () => {
  it('takes the first NPS, CSAT and CES question as the response\'s scores', () => {
    expect(facts.scores).toEqual({ nps: 3, csat: 2, ces: 6 });
    expect(scoresOf(survey, { second_nps: 9 })).toEqual({ nps: 9, csat: null, ces: null });
  });

  it('finds the comment and shows the answers in the respondent\'s language', () => {
    expect(commentOf(survey, answers)).toBe('The parcel came a WEEK late');
    expect(commentOf(survey, { why: '   ' })).toBeNull();
    expect(answersShown(survey, answers, 'fi')).toContainEqual({ question: 'topics', type: 'multiple_choice', title: 'What went wrong?', value: 'Myöhässä' });
    expect(answersShown(survey, answers, 'fi')[0]).toEqual({ question: 'likely', type: 'nps', title: 'Kuinka todennäköisesti…', value: '3' });
    // A piped placeholder reads as its fallback outside the survey page.
    expect(answersShown(survey, answers, 'fi')[3]).toMatchObject({ question: 'second_nps', title: 'And the app?' });
  });
});

describe('tests on one response', () => {
  it('compares scores', () => {
    expect(holds({ field: 'nps', op: 'lte', value: 6 })).toBe(true);
    expect(holds({ field: 'nps', op: 'gte', value: 9 })).toBe(false);
    expect(holds({ field: 'ces', op: 'lte', value: 3 })).toBe(false);
    expect(testHolds(ResponseTest.parse({ field: 'nps', op: 'lte', value: 6 }), { ...facts, scores: { nps: null, csat: null, ces: null } })).toBe(false);
  });

  it('judges CSAT against the workspace\'s problem threshold', () => {
    expect(holds({ field: 'csat_problem' })).toBe(true);
    expect(testHolds(ResponseTest.parse({ field: 'csat_problem' }), { ...facts, csatProblemThreshold: 1 })).toBe(false);
  });

  it('reads any answer: choices, text and presence', () => {
    expect(holds({ field: 'answer', question: 'topics', op: 'includes', value: 'late' })).toBe(true);
    expect(holds({ field: 'answer', question: 'topics', op: 'includes', value: 'broken' })).toBe(false);
    expect(holds({ field: 'answer', question: 'channel_pick', op: 'eq', value: 'web' })).toBe(true);
    expect(holds({ field: 'answer', question: 'why', op: 'contains', value: 'week late' })).toBe(true);
    expect(holds({ field: 'answer', question: 'why', op: 'answered' })).toBe(true);
    expect(holds({ field: 'answer', question: 'missing', op: 'not_answered' })).toBe(true);
    expect(holds({ field: 'answer', question: 'second_nps', op: 'gt', value: 8 })).toBe(true);
  });

  it('compares contact attributes as numbers when both are numbers, else as text', () => {
    expect(holds({ field: 'contact', attribute: 'revenue', op: 'gte', value: 10000 })).toBe(true);
    expect(holds({ field: 'contact', attribute: 'revenue', op: 'gte', value: '30000' })).toBe(false);
    expect(holds({ field: 'contact', attribute: 'plan', op: 'eq', value: 'gold' })).toBe(true);
    expect(holds({ field: 'contact', attribute: 'segment', op: 'absent' })).toBe(true);
    expect(holds({ field: 'contact', attribute: 'segment', op: 'eq', value: 'x' })).toBe(false);
  });

  it('reads hidden fields, the channel and the language', () => {
    expect(holds({ field: 'hidden', key: 'order', op: 'present' })).toBe(true);
    expect(holds({ field: 'hidden', key: 'order', op: 'eq', value: 'a-123' })).toBe(true);
    expect(holds({ field: 'channel', op: 'eq', value: 'email' })).toBe(true);
    expect(holds({ field: 'language', op: 'neq', value: 'fi' })).toBe(false);
  });
});

describe('conditions', () => {
  const condition = (match: 'all' | 'any', tests: unknown[]) => ResponseCondition.parse({ match, tests });

  it('needs every test with all, one with any, and says which held', () => {
    const tests = [{ field: 'nps', op: 'lte', value: 6 }, { field: 'contact', attribute: 'revenue', op: 'gte', value: 50000 }];
    expect(conditionHolds(condition('all', tests), facts)).toEqual({ holds: false, matched: [0] });
    expect(conditionHolds(condition('any', tests), facts)).toEqual({ holds: true, matched: [0] });
  });

  it('describes each test in a line for people', () => {
    expect(describeTest(ResponseTest.parse({ field: 'nps', op: 'lte', value: 6 }))).toBe('NPS ≤ 6');
    expect(describeTest(ResponseTest.parse({ field: 'contact', attribute: 'revenue', op: 'gte', value: 10000 }))).toBe('contact revenue ≥ 10000');
  });
});

describe('the rule model', () => {
  it('refuses rules that cannot work, naming where', () => {
    const result = RuleInput.safeParse({ kind: 'metric', name: 'Falling NPS', condition: { metric: 'nps' }, actions: [{ type: 'notify' }] });
    expect(result.success).toBe(false);
    const problems = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(problems).toEqual(['condition: needs "below" or "significantDrop" (or both)', 'actions.0: names no one to notify']);
  });

  it('fills in the defaults of a case action', () => {
    const rule = RuleInput.parse({ kind: 'response', name: 'Detractors', condition: { tests: [{ field: 'nps', op: 'lte', value: 6 }] }, actions: [{ type: 'open_case' }] });
    expect(rule).toMatchObject({ isEnabled: true, surveyIds: [], condition: { match: 'all' }, actions: [{ type: 'open_case', priority: 'normal', assign: { kind: 'none' } }] });
  });
});
