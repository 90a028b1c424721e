import { describe, expect, it } from 'vitest';
import { SurveyDefinition } from '../../../../../src/engine/survey/schema.js';
import { surveyFacts } from './surveyFacts.js';

const survey = (questions: unknown[], extra: Record<string, unknown> = {}) =>
  SurveyDefinition.parse({ schemaVersion: 1, defaultLanguage: 'en', languages: ['en', 'fi'], title: { en: 'S' }, pages: [{ id: 'p1', questions }], endings: [{ id: 'thanks', title: { en: 'Thanks' } }], ...extra });

describe('surveyFacts', () => {
  it('lists questions once by id with their kind and all their options, and the hidden fields and languages', () => {
    const a = survey(
      [
        { id: 'nps', type: 'nps', text: { en: 'How likely…', fi: 'Kuinka todennäköisesti…' } },
        { id: 'reason', type: 'single_choice', text: { en: 'Why?' }, options: [{ id: 'price', label: { en: 'Price' } }, { id: 'service', label: { en: 'Service' } }] },
      ],
      { hiddenFields: [{ key: 'store' }] },
    );
    const b = survey([
      { id: 'reason', type: 'single_choice', text: { en: 'Why again?' }, options: [{ id: 'price', label: { en: 'Price' } }, { id: 'speed', label: { en: 'Speed' } }] },
      { id: 'comment', type: 'long_text', text: { en: '' } },
    ], { languages: ['en', 'pl'] });
    const facts = surveyFacts([a, b], 'fi');
    expect(facts.questions.map((q) => [q.id, q.kind, q.label])).toEqual([
      ['nps', 'number', 'Kuinka todennäköisesti… (nps)'],
      ['reason', 'choice', 'Why? (reason)'],
      ['comment', 'text', 'comment'],
    ]);
    expect(facts.questions[1]!.options.map((o) => o.id)).toEqual(['price', 'service', 'speed']);
    expect(facts.hiddenKeys).toEqual(['store']);
    expect(facts.languages).toEqual(['en', 'fi', 'pl']);
  });
});
