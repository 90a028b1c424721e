import { describe, expect, it } from 'vitest';
import { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import type { Question } from '../../../../src/engine/survey/schema.js';
import type { SurveyResponse } from '../../api/surveys.js';
import { answerColumns, formatAnswer } from './answers.js';

const survey = SurveyDefinition.parse({
  schemaVersion: 1,
  defaultLanguage: 'en',
  languages: ['en', 'fi'],
  title: { en: 'T' },
  pages: [
    {
      id: 'p',
      questions: [
        { id: 'pick', type: 'single_choice', text: { en: 'Pick' }, options: [{ id: 'a', label: { en: 'Apple', fi: 'Omena' } }, { id: 'b', label: { en: 'Banana' } }] },
        { id: 'many', type: 'multiple_choice', text: { en: 'Many' }, options: [{ id: 'a', label: { en: 'Apple' } }, { id: 'b', label: { en: 'Banana' } }] },
        { id: 'loyal', type: 'cli', text: { en: 'CLI' }, items: { recommend: { en: 'r' }, buy_again: { en: 'b' }, try_other: { en: 't' } } },
        { id: 'grid', type: 'matrix', text: { en: 'Grid' }, rows: [{ id: 'staff', label: { en: 'Staff' } }, { id: 'price', label: { en: 'Price' } }], columns: [{ id: 'bad', label: { en: 'Bad' } }, { id: 'good', label: { en: 'Good' } }] },
        { id: 'order', type: 'ranking', text: { en: 'Order' }, options: [{ id: 'a', label: { en: 'Apple' } }, { id: 'b', label: { en: 'Banana' } }] },
        { id: 'ok', type: 'consent', text: { en: 'OK?' } },
        { id: 'score', type: 'nps', text: { en: 'NPS' } },
      ],
    },
  ],
  endings: [{ id: 'e', title: { en: 'Bye' } }],
});
const question = (id: string) => survey.pages[0]!.questions.find((q) => q.id === id) as Question;
const en = { language: 'en', defaultLanguage: 'en' };
const words = { yes: 'Yes', no: 'No' };

describe('formatAnswer', () => {
  it('shows option labels in the wanted language, falling back to the default', () => {
    expect(formatAnswer(question('pick'), 'a', en, words)).toBe('Apple');
    expect(formatAnswer(question('pick'), 'a', { language: 'fi', defaultLanguage: 'en' }, words)).toBe('Omena');
    expect(formatAnswer(question('pick'), 'b', { language: 'fi', defaultLanguage: 'en' }, words)).toBe('Banana');
    expect(formatAnswer(question('pick'), 'gone', en, words)).toBe('gone');
    expect(formatAnswer(question('many'), ['b', 'a'], en, words)).toBe('Banana, Apple');
  });

  it('shows CLI as its three scores, matrix rows with their column and rankings in order', () => {
    expect(formatAnswer(question('loyal'), { recommend: 9, buy_again: 7, try_other: 3 }, en, words)).toBe('9 / 7 / 3');
    expect(formatAnswer(question('loyal'), { recommend: 9 }, en, words)).toBe('9 / – / –');
    expect(formatAnswer(question('grid'), { price: 'bad', staff: 'good' }, en, words)).toBe('Staff: Good; Price: Bad');
    expect(formatAnswer(question('order'), ['b', 'a'], en, words)).toBe('1. Banana, 2. Apple');
  });

  it('shows consent in words, scores as numbers, nothing for no answer, and JSON for the unexpected', () => {
    expect(formatAnswer(question('ok'), true, en, words)).toBe('Yes');
    expect(formatAnswer(question('score'), 0, en, words)).toBe('0');
    expect(formatAnswer(question('score'), undefined, en, words)).toBe('');
    expect(formatAnswer(undefined, { x: 1 }, en, words)).toBe('{"x":1}');
  });
});

describe('answerColumns', () => {
  it('lists the questions, then answers to questions the draft no longer has', () => {
    const response = { answers: { score: 5, removed_q: 'x' } } as unknown as SurveyResponse;
    expect(answerColumns(survey, [response]).map((c) => c.id)).toEqual(['pick', 'many', 'loyal', 'grid', 'order', 'ok', 'score', 'removed_q']);
  });
});
