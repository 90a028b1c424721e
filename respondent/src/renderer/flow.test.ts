import { describe, expect, it } from 'vitest';
import { validateResponse } from '../../../src/engine/survey/validate-response.js';
import { exampleSurvey } from '../../../src/engine/survey/survey.test-helpers.js';
import { SurveyDefinition, type Question } from '../../../src/engine/survey/schema.js';
import { findPageProblems, findProblem, isBlank, problemFromServer, questionIdOf, resolveAnswers, shuffleWithSeed } from './flow.js';

const question = (id: string) => exampleSurvey.pages.flatMap((page) => page.questions).find((q) => q.id === id)!;

describe('resolveAnswers', () => {
  it('drops blanks and answers the logic now hides, so the server accepts what is sent', () => {
    const draft = { nps: 9, why_low: 'It was slow', why_high: '   ', csat: 4 };
    const { answers, path } = resolveAnswers(exampleSurvey, draft, {});
    // NPS 9 jumps to the fans ending: why_low is hidden, the details page is never reached.
    expect(answers).toEqual({ nps: 9 });
    expect(path.ending.id).toBe('fans');
    expect(validateResponse(exampleSurvey, { answers }, { isComplete: false }).isValid).toBe(true);
  });

  it('repeats until nothing changes: a dropped answer can hide a later one', () => {
    const survey = SurveyDefinition.parse({
      schemaVersion: 1,
      defaultLanguage: 'en',
      languages: ['en'],
      title: { en: 'Chain' },
      pages: [
        {
          id: 'only',
          questions: [
            { id: 'a', type: 'single_choice', text: { en: 'A?' }, options: [{ id: 'yes', label: { en: 'Yes' } }, { id: 'no', label: { en: 'No' } }] },
            { id: 'b', type: 'short_text', text: { en: 'Why?' }, visibleIf: { question: 'a', op: 'eq', value: 'yes' } },
            { id: 'c', type: 'short_text', text: { en: 'More?' }, visibleIf: { question: 'b', op: 'answered' } },
          ],
        },
      ],
      endings: [{ id: 'end', title: { en: 'Thanks' } }],
    });
    // With a = no, b is hidden; c was shown only because b had an answer, so it goes too.
    expect(resolveAnswers(survey, { a: 'no', b: 'x', c: 'y' }, {}).answers).toEqual({ a: 'no' });
    expect(resolveAnswers(survey, { a: 'yes', b: 'x', c: 'y' }, {}).answers).toEqual({ a: 'yes', b: 'x', c: 'y' });
  });

  it('keeps hidden-field logic in the walk', () => {
    const draft = { nps: 7, channel: 'phone', pro_only: 'Great' };
    expect(resolveAnswers(exampleSurvey, draft, { plan: 'pro' }).answers).toHaveProperty('pro_only');
    expect(resolveAnswers(exampleSurvey, draft, {}).answers).not.toHaveProperty('pro_only');
  });
});

describe('findProblem', () => {
  it('asks for required answers and lets optional ones be skipped', () => {
    expect(findProblem(question('nps'), undefined)).toEqual({ key: 'errorRequired' });
    expect(findProblem(question('csat'), undefined)).toBeNull();
    expect(findProblem(question('nps'), 3)).toBeNull();
  });

  it('names the problem the engine finds, in words for the respondent', () => {
    expect(findProblem(question('topics'), ['billing', 'delivery', 'returns'])).toEqual({ key: 'errorMax', n: 2 });
    expect(findProblem(question('why_low'), 'x'.repeat(51))).toEqual({ key: 'errorTooLong', n: 50 });
    expect(findProblem(question('visit_day'), '2019-12-31')).toEqual({ key: 'errorDateMin', date: '2020-01-01' });
    expect(findProblem(question('visit_day'), '2031-01-01')).toEqual({ key: 'errorDateMax', date: '2030-12-31' });
    expect(findProblem(question('visit_day'), '2024-02-30')).toEqual({ key: 'errorDate' });
    expect(findProblem(question('nps'), 11)).toEqual({ key: 'errorGeneric' });
  });

  it('counts characters as the engine does, not UTF-16 units', () => {
    expect(findProblem(question('why_low'), '😀'.repeat(50))).toBeNull();
  });

  it('asks for every row of a required matrix and a ticked required consent', () => {
    const matrix = { ...question('grid'), required: true } as Question;
    expect(findProblem(matrix, { staff: 'good' })).toEqual({ key: 'errorRows' });
    const consent = { ...question('ok_to_call'), required: true } as Question;
    expect(findProblem(consent, false)).toEqual({ key: 'errorConsent' });
    expect(findProblem(consent, undefined)).toEqual({ key: 'errorConsent' });
  });

  it('collects the problems of one page by question id', () => {
    const page = exampleSurvey.pages[1]!.questions;
    expect(findPageProblems(page, { topics: ['billing', 'delivery', 'returns'] })).toEqual({ channel: { key: 'errorRequired' }, topics: { key: 'errorMax', n: 2 } });
  });
});

describe('server problems', () => {
  it('reads both path styles', () => {
    expect(questionIdOf('body.answers.nps')).toBe('nps');
    expect(questionIdOf('answers.why_low')).toBe('why_low');
    expect(questionIdOf('answers.cli.recommend')).toBe('cli');
    expect(questionIdOf('body.hidden.plan')).toBeNull();
    expect(questionIdOf('body.version')).toBeNull();
  });

  it('prefers the local words and falls back by what the server says', () => {
    expect(problemFromServer(question('nps'), undefined, 'is required')).toEqual({ key: 'errorRequired' });
    expect(problemFromServer(question('topics'), ['billing', 'delivery', 'returns'], 'must choose at most 2')).toEqual({ key: 'errorMax', n: 2 });
    expect(problemFromServer(question('nps'), 3, 'was hidden by the survey logic')).toEqual({ key: 'errorGeneric' });
  });
});

describe('helpers', () => {
  it('treats empty text, lists and objects as no answer, and false as an answer', () => {
    expect([undefined, '', '  ', [], {}].every((value) => isBlank(value))).toBe(true);
    expect([false, 0, 'a', ['a'], { a: 1 }].some((value) => isBlank(value))).toBe(false);
  });

  it('shuffles the same way for the same seed, and keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const once = shuffleWithSeed(items, 'respondent-1:q');
    expect(shuffleWithSeed(items, 'respondent-1:q')).toEqual(once);
    expect([...once].sort()).toEqual(items);
    const orders = new Set(['1', '2', '3', '4', '5', '6'].map((seed) => shuffleWithSeed(items, seed).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });
});
