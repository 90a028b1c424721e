import { describe, expect, it } from 'vitest';
import type { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { embeddedAnswerFrom, hiddenValuesFrom, withEmbeddedAnswer, withoutEmbeddedAnswers } from './link.js';

type Pages = Pick<SurveyDefinition, 'pages'>;

/** A survey whose first question is `first`, followed by a comment and a second page. */
const startingWith = (first: Record<string, unknown>): Pages =>
  ({
    pages: [
      { id: 'p1', questions: [{ id: 'first', text: { en: 'Q' }, required: true, ...first }, { id: 'comment', type: 'short_text', text: { en: 'Why?' }, maxLength: 500 }] },
      { id: 'p2', questions: [{ id: 'again', type: 'nps', text: { en: 'Again?' } }] },
    ],
  }) as unknown as Pages;

const nps = startingWith({ type: 'nps' });
const csat = startingWith({ type: 'csat', style: 'numbers' });
const choice = startingWith({ type: 'single_choice', options: [{ id: 'yes', label: { en: 'Yes' } }, { id: 'no', label: { en: 'No' } }] });
const params = (query: string) => new URLSearchParams(query);

describe('an answer chosen in the mail', () => {
  it('takes a score on the scale of an NPS or CSAT first question', () => {
    expect(embeddedAnswerFrom(params('a.first=9'), nps)).toEqual({ questionId: 'first', value: 9 });
    expect(embeddedAnswerFrom(params('a.first=0'), nps)).toEqual({ questionId: 'first', value: 0 });
    expect(embeddedAnswerFrom(params('a.first=10&t=abc.def&lang=fi'), nps)).toEqual({ questionId: 'first', value: 10 });
    expect(embeddedAnswerFrom(params('a.first=5'), csat)).toEqual({ questionId: 'first', value: 5 });
  });

  it('ignores a score off the scale or not written as one', () => {
    for (const value of ['11', '-1', '9.5', '9.0', ' 9', '0x9', '', 'nine', '1e1']) expect([value, embeddedAnswerFrom(params(`a.first=${encodeURIComponent(value)}`), nps)]).toEqual([value, null]);
    expect(embeddedAnswerFrom(params('a.first=0'), csat)).toBeNull();
    expect(embeddedAnswerFrom(params('a.first=6'), csat)).toBeNull();
  });

  it('takes an option id of a single choice, and nothing else', () => {
    expect(embeddedAnswerFrom(params('a.first=no'), choice)).toEqual({ questionId: 'first', value: 'no' });
    expect(embeddedAnswerFrom(params('a.first=No'), choice)).toBeNull();
    expect(embeddedAnswerFrom(params('a.first=maybe'), choice)).toBeNull();
  });

  it('answers only the first question of the first page, and only one the mail could offer', () => {
    expect(embeddedAnswerFrom(params('a.comment=hello'), nps)).toBeNull();
    expect(embeddedAnswerFrom(params('a.again=9'), nps)).toBeNull();
    expect(embeddedAnswerFrom(params('a.nowhere=9'), nps)).toBeNull();
    expect(embeddedAnswerFrom(params('a.first=9'), startingWith({ type: 'rating', min: 1, max: 10, style: 'numbers' }))).toBeNull();
    expect(embeddedAnswerFrom(params('a.first=hello'), startingWith({ type: 'short_text', maxLength: 500 }))).toBeNull();
    expect(embeddedAnswerFrom(params('first=9'), nps)).toBeNull();
    expect(embeddedAnswerFrom(params('a.first=9'), { pages: [] } as unknown as Pages)).toBeNull();
  });

  it('is never a hidden field', () => {
    const query = params('a.first=9&order_id=A-1');
    expect(hiddenValuesFrom(query, [{ key: 'order_id' }, { key: 'a.first' }])).toEqual({ order_id: 'A-1' });
  });

  it('opens the first page with the answer chosen, keeping what the browser kept', () => {
    const answer = { questionId: 'first', value: 9 };
    expect(withEmbeddedAnswer(undefined, answer)).toEqual({ answers: { first: 9 }, pageIndex: 0 });
    expect(withEmbeddedAnswer({ answers: { first: 3, comment: 'Slow' }, pageIndex: 1 }, answer)).toEqual({ answers: { first: 9, comment: 'Slow' }, pageIndex: 0 });
    // The same link opened again: carry on where the respondent was.
    const along = { answers: { first: 9, comment: 'Fine' }, pageIndex: 1 };
    expect(withEmbeddedAnswer(along, answer)).toBe(along);
    expect(withEmbeddedAnswer(along, null)).toBe(along);
    expect(withEmbeddedAnswer(undefined, null)).toBeUndefined();
  });

  it('leaves the address bar without the answers, the rest as it was', () => {
    const url = withoutEmbeddedAnswers(new URL('https://kuulo.example/s/q4?t=abc.def&a.first=9&lang=fi&a.other=1'));
    expect(url?.href).toBe('https://kuulo.example/s/q4?t=abc.def&lang=fi');
    expect(withoutEmbeddedAnswers(new URL('https://kuulo.example/s/q4?t=abc.def&area=x'))).toBeNull();
  });
});
