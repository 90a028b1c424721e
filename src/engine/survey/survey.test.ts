import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSurveyLogic } from './logic-check.js';
import { walkSurvey } from './logic.js';
import { SurveyDefinition, metricOf } from './schema.js';
import { exampleSurvey, exampleSurveyInput } from './survey.test-helpers.js';
import { localize, pipe } from './text.js';
import { validateResponse } from './validate-response.js';

const complete = (answers: unknown, hidden?: unknown) => validateResponse(exampleSurvey, { answers, hidden }, { isComplete: true });
const problemsOf = (answers: unknown, hidden?: unknown) => {
  const result = complete(answers, hidden);
  return result.isValid ? [] : result.problems;
};

describe('the survey model', () => {
  it('fills defaults and knows which metric each question feeds', () => {
    const csat = exampleSurvey.pages[1]!.questions[0]!;
    expect(csat).toMatchObject({ type: 'csat', style: 'smileys', required: false });
    expect(exampleSurvey.pages.flatMap((p) => p.questions).map(metricOf).filter(Boolean)).toEqual(['nps', 'csat', 'ces', 'cli']);
  });

  it('rejects duplicate ids and a default language it does not list', () => {
    const broken = structuredClone(exampleSurveyInput);
    broken.pages[1]!.questions[0]!.id = 'nps';
    broken.languages = ['fi'];
    const result = SurveyDefinition.safeParse(broken);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('languages: must include the default language en');
    expect(messages).toContain('pages.1.questions.0.id: "nps" is used twice: ids must be unique in a survey');
  });
});

describe('validating a response', () => {
  const valid = { nps: 7, csat: 4, ces: 6, channel: 'chat', topics: ['billing', 'returns'], cli: { recommend: 8, buy_again: 9 }, rank: ['speed', 'price'], grid: { staff: 'good' }, visit_day: '2026-02-28', stars: 5, pick: 'b', ok_to_call: true };

  it('accepts a complete, valid response and names the end screen it reaches', () => {
    const result = complete(valid, { order_id: 'A-1' });
    expect(result).toMatchObject({ isValid: true, ending: { id: 'thanks' } });
    expect(complete({ nps: 10, why_high: 'Fast' })).toMatchObject({ isValid: true, ending: { id: 'fans' } });
  });

  it('rejects out-of-range values, strings for numbers and fractions, naming the question', () => {
    expect(problemsOf({ ...valid, nps: 11 })).toContainEqual({ path: 'answers.nps', problem: 'must be from 0 to 10' });
    expect(problemsOf({ ...valid, nps: '9' })).toContainEqual({ path: 'answers.nps', problem: 'must be a number from 0 to 10' });
    expect(problemsOf({ ...valid, csat: 4.5 })).toEqual([{ path: 'answers.csat', problem: 'must be a whole number from 1 to 5' }]);
    expect(problemsOf({ ...valid, ces: 0 })).toEqual([{ path: 'answers.ces', problem: 'must be from 1 to 7' }]);
    expect(problemsOf({ ...valid, cli: { recommend: 11 } })).toEqual([{ path: 'answers.cli', problem: 'recommend must be from 0 to 10' }]);
    expect(problemsOf({ ...valid, visit_day: '2026-02-30' })).toEqual([{ path: 'answers.visit_day', problem: 'must be a date as YYYY-MM-DD' }]);
  });

  it('rejects unknown keys, choices not offered and too many choices', () => {
    expect(problemsOf({ ...valid, colour: 'red' })).toEqual([{ path: 'answers.colour', problem: 'is not a question of this survey' }]);
    expect(problemsOf({ ...valid, channel: 'fax' })).toContainEqual({ path: 'answers.channel', problem: '"fax" is not one of the options offered' });
    expect(problemsOf({ ...valid, topics: ['billing', 'delivery', 'returns'] })).toEqual([{ path: 'answers.topics', problem: 'must choose at most 2' }]);
    expect(problemsOf({ ...valid, rank: ['speed'] })).toEqual([{ path: 'answers.rank', problem: 'must rank every option exactly once: price, speed' }]);
    expect(problemsOf(valid, { coupon: 'x' })).toEqual([{ path: 'hidden.coupon', problem: 'is not a hidden field of this survey' }]);
  });

  it('rejects answers to questions the logic hid, and text over its limit', () => {
    expect(problemsOf({ ...valid, why_high: 'Great' })).toEqual([
      { path: 'answers.why_high', problem: 'was hidden by the survey logic for these answers, so it cannot be answered' },
    ]);
    expect(problemsOf({ ...valid, channel: 'phone' })).toEqual(
      expect.arrayContaining([{ path: 'answers.cli', problem: 'was hidden by the survey logic for these answers, so it cannot be answered' }]),
    );
    expect(problemsOf({ ...valid, pro_only: 'ok' })).toHaveLength(1);
    expect(complete({ ...valid, pro_only: 'ok' }, { plan: 'pro' }).isValid).toBe(true);
    expect(problemsOf({ ...valid, nps: 3, why_low: 'x'.repeat(51) })).toEqual([{ path: 'answers.why_low', problem: 'is 51 characters long; at most 50 are allowed' }]);
  });

  it('requires the shown required questions only when the response is complete', () => {
    expect(problemsOf({ nps: 5 })).toEqual([{ path: 'answers.channel', problem: 'is required' }]);
    expect(validateResponse(exampleSurvey, { answers: { nps: 5 } }, { isComplete: false }).isValid).toBe(true);
    expect(problemsOf({ nps: 10 })).toEqual([]);
    expect(problemsOf({ ...valid, nps: null })).toContainEqual({ path: 'answers.nps', problem: 'must not be null: leave the question out to skip it' });
    expect(problemsOf('nps=9')).toEqual([{ path: 'answers', problem: 'must be an object from question id to answer' }]);
  });

  it('never throws, whatever it is given', () => {
    const keys = fc.constantFrom('nps', 'why_low', 'why_high', 'csat', 'ces', 'channel', 'topics', 'pro_only', 'cli', 'rank', 'grid', 'visit_day', 'stars', 'pick', 'ok_to_call', 'nope', '__proto__', 'constructor');
    fc.assert(
      fc.property(fc.dictionary(keys, fc.jsonValue()), fc.jsonValue(), fc.boolean(), (answers, hidden, isComplete) => {
        const result = validateResponse(exampleSurvey, { answers, hidden }, { isComplete });
        expect(typeof result.isValid).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every answer the survey itself offers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom('phone', 'chat'), fc.subarray(['billing', 'delivery', 'returns'], { minLength: 1, maxLength: 2 }), (nps, csat, channel, topics) => {
        const answers: Record<string, unknown> = { nps, csat, channel, topics };
        if (nps >= 9) delete answers.csat, delete answers.channel, delete answers.topics;
        expect(complete(answers).isValid).toBe(true);
      }),
    );
  });
});

describe('survey logic', () => {
  it('follows visibility, page conditions and jumps', () => {
    const path = (answers: Record<string, unknown>, hidden = {}) => walkSurvey(exampleSurvey, answers as never, hidden);
    expect(path({ nps: 3 }).questions.map((q) => q.id)).toEqual(['nps', 'why_low', 'csat', 'ces', 'channel', 'topics']);
    expect(path({ nps: 9 }).pages.map((p) => p.id)).toEqual(['score']);
    expect(path({ nps: 7, channel: 'chat' }).pages.map((p) => p.id)).toEqual(['score', 'details', 'more']);
    expect(path({ nps: 7 }, { plan: 'pro' }).questions.map((q) => q.id)).toContain('pro_only');
  });

  it('finds nothing wrong with a sound survey', () => {
    expect(checkSurveyLogic(exampleSurvey)).toEqual([]);
  });

  it('finds conditions on later or unknown questions, impossible conditions and bad jumps', () => {
    const broken = structuredClone(exampleSurveyInput);
    broken.pages[0]!.questions[1]!.visibleIf = { question: 'csat', op: 'lte', value: 3 };
    broken.pages[0]!.questions[2]!.visibleIf = { all: [{ question: 'nps', op: 'gte', value: 9 }, { question: 'nps', op: 'lte', value: 6 }] };
    broken.pages[1]!.questions[1]!.visibleIf = { question: 'nps', op: 'gt', value: 10 };
    broken.pages[1]!.questions[2]!.visibleIf = { question: 'ghost', op: 'answered' };
    broken.pages[1]!.jumps = [{ if: { question: 'channel', op: 'eq', value: 'fax' }, to: { page: 'score' } }];
    broken.endings.push({ id: 'unused', title: { en: 'Never' } });
    broken.languages = ['en', 'fi'];
    const problems = checkSurveyLogic(SurveyDefinition.parse(broken));
    const at = (path: string) => problems.filter((p) => p.path === path).map((p) => p.problem);
    expect(at('pages.0.questions.1.visibleIf')).toEqual(['uses question "csat", which comes later: question "why_low" would be decided before it is answered']);
    expect(at('pages.0.questions.2.visibleIf')).toEqual(['can never hold (its ranges do not overlap), so question "why_high" is unreachable']);
    expect(at('pages.1.questions.1.visibleIf')).toEqual(['can never hold (nps answers run from 0 to 10), so question "ces" is unreachable']);
    expect(at('pages.1.questions.2.visibleIf')).toEqual(['uses question "ghost", which does not exist']);
    expect(at('pages.1.jumps.0.if')).toEqual(['can never hold ("fax" is not an option of "channel"), so this jump is unreachable']);
    expect(at('pages.1.jumps.0.to')).toEqual(['goes back to page "score": jumps may only go forward, or the survey could loop']);
    expect(at('endings.2')).toEqual(['end screen "unused" is never shown: no jump leads to it']);
    expect(at('title')).toEqual(['has no fi translation']);
    expect(problems.find((p) => p.path === 'title')?.severity).toBe('warning');
  });
});

describe('texts', () => {
  it('fills placeholders as plain text, with fallbacks', () => {
    expect(pipe('Hi {{first_name|there}}!', {})).toBe('Hi there!');
    expect(pipe('Hi {{ first_name | there }}!', { first_name: 'Aino' })).toBe('Hi Aino!');
    expect(pipe('Hi {{first_name}}', { first_name: '<img src=x onerror=alert(1)>' })).toBe('Hi <img src=x onerror=alert(1)>');
    expect(pipe('Line {{x}}', { x: 'a\nb' })).toBe('Line a b');
  });

  it('falls back from the asked language to the default', () => {
    expect(localize({ en: 'Thanks', fi: 'Kiitos' }, 'fi-FI', 'en')).toBe('Kiitos');
    expect(localize({ en: 'Thanks', fi: 'Kiitos' }, 'pl', 'en')).toBe('Thanks');
  });
});

describe('the survey theme', () => {
  it('keeps button labels legible on any accent colour', async () => {
    const { readableTextOn } = await import('./theme.js');
    expect(readableTextOn('#4338ca')).toBe('#ffffff');
    expect(readableTextOn('#ffd400')).toBe('#111111');
    expect(readableTextOn('#000000')).toBe('#ffffff');
    expect(readableTextOn('#ffffff')).toBe('#111111');
  });

  it('takes a colour and a data-URL logo, nothing else', () => {
    const withTheme = (theme: unknown) => SurveyDefinition.safeParse({ ...exampleSurveyInput, theme }).success;
    expect(withTheme({ accentColor: '#0a7d3e', logo: 'data:image/png;base64,iVBORw0KGgo=' })).toBe(true);
    expect(withTheme({ accentColor: 'green' })).toBe(false);
    expect(withTheme({ logo: 'https://tracker.example/logo.png' })).toBe(false);
    expect(withTheme({ logo: 'data:text/html;base64,PHNjcmlwdD4=' })).toBe(false);
  });
});
