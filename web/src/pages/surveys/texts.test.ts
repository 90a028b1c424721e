import { describe, expect, it } from 'vitest';
import { checkSurveyLogic } from '../../../../src/engine/survey/logic-check.js';
import { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { surveyTemplates } from '../../../../src/engine/survey/templates/index.js';
import { addLanguage, countMissing, removeLanguage, setDefaultLanguage, setTextAt, textEntries, translatableEntries, updateAt } from './texts.js';

const nps = () => SurveyDefinition.parse(surveyTemplates.find((t) => t.id === 'nps')!.definition);

describe('text entries', () => {
  it('lists every text the logic check knows about', () => {
    const survey = nps();
    const paths = new Set(textEntries(survey).filter((e) => e.text).map((e) => e.path.join('.')));
    const checked = addLanguage(survey, 'sv');
    const flagged = checkSurveyLogic(checked).filter((p) => p.problem === 'has no sv translation').map((p) => p.path);
    expect(flagged.length).toBeGreaterThan(5);
    for (const path of flagged) expect(paths).toContain(path);
    expect(translatableEntries(checked).length).toBe(flagged.length);
  });

  it('counts what a new language lacks', () => {
    const survey = addLanguage(nps(), 'de');
    expect(countMissing(survey, 'de')).toBe(translatableEntries(survey).length);
    expect(countMissing(survey, 'fi')).toBe(0);
  });
});

describe('setTextAt', () => {
  it('sets one language without touching the others', () => {
    const survey = setTextAt(nps(), { path: ['pages', 0, 'questions', 0, 'text'], isOptional: false }, 'fi', 'Suosittelisitko?');
    expect(survey.pages[0]!.questions[0]!.text).toMatchObject({ fi: 'Suosittelisitko?', en: expect.stringContaining('recommend') });
  });

  it('removes an optional text once it is empty in every language', () => {
    const survey = setTextAt(nps(), { path: ['welcome'], isOptional: true }, 'en', 'Hello');
    expect(survey.welcome).toEqual({ en: 'Hello' });
    expect('welcome' in setTextAt(survey, { path: ['welcome'], isOptional: true }, 'en', '')).toBe(false);
  });

  it('copies only along the path', () => {
    const root = { a: { b: [1, 2] }, c: { d: 1 } };
    const next = updateAt(root, ['a', 'b', 1], () => 3);
    expect(next).toEqual({ a: { b: [1, 3] }, c: { d: 1 } });
    expect(next.c).toBe(root.c);
    expect(root.a.b).toEqual([1, 2]);
  });
});

describe('languages', () => {
  it('removes a language and every translation in it', () => {
    const survey = removeLanguage(nps(), 'pl');
    expect(survey.languages).toEqual(['en', 'fi']);
    expect(JSON.stringify(survey)).not.toMatch(/"pl":/);
    expect(checkSurveyLogic(survey)).toEqual([]);
  });

  it('never removes the default language', () => {
    const survey = nps();
    expect(removeLanguage(survey, 'en')).toBe(survey);
  });

  it('makes another language the default and lists it first', () => {
    const survey = setDefaultLanguage(nps(), 'fi');
    expect(survey.defaultLanguage).toBe('fi');
    expect(survey.languages).toEqual(['fi', 'en', 'pl']);
    expect(() => SurveyDefinition.parse(survey)).not.toThrow();
  });
});
