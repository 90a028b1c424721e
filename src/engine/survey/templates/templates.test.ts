import { describe, expect, it } from 'vitest';
import { checkSurveyLogic } from '../logic-check.js';
import { walkSurvey, type Answers, type HiddenValues } from '../logic.js';
import { SurveyDefinition, metricOf, type SurveyDefinitionInput } from '../schema.js';
import { pipe, placeholdersIn } from '../text.js';
import { surveyTemplates, templateDefinitionIn } from './index.js';

const languages = ['en', 'fi', 'pl'];
const isText = (value: object): value is Record<string, string> =>
  Object.keys(value).length > 0 && Object.entries(value).every(([key, v]) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(key) && typeof v === 'string');

/** Every localized text in a value, with where it is. */
function textsIn(value: unknown, path = ''): [string, Record<string, string>][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => textsIn(item, `${path}.${i}`));
  if (typeof value !== 'object' || value === null) return [];
  if (isText(value)) return [[path, value]];
  return Object.entries(value).flatMap(([key, item]) => textsIn(item, path ? `${path}.${key}` : key));
}

const template = (id: string) => {
  const found = surveyTemplates.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return SurveyDefinition.parse(found.definition);
};
const shown = (id: string, answers: Answers, hidden?: HiddenValues) => {
  const path = walkSurvey(template(id), answers, hidden);
  return { questions: path.questions.map((q) => q.id), ending: path.ending.id };
};

describe('survey templates', () => {
  it('are the five expected ones, with unique ids', () => {
    expect(surveyTemplates.map((t) => t.id)).toEqual(['nps', 'csat', 'ces', 'cli', 'post-support']);
  });

  describe.each(surveyTemplates)('$id', ({ name, description, definition }) => {
    const survey = SurveyDefinition.parse(definition);

    it('is schema version 1 in English, Finnish and Polish, and is short', () => {
      expect(survey.schemaVersion).toBe(1);
      expect(survey.defaultLanguage).toBe('en');
      expect(survey.languages).toEqual(languages);
      expect(survey.pages.length).toBeGreaterThanOrEqual(1);
      expect(survey.pages.length).toBeLessThanOrEqual(3);
    });

    it('passes the logic check without a single problem, placeholders included', () => {
      expect(checkSurveyLogic(survey)).toEqual([]);
      expect(checkSurveyLogic(survey, { knownAttributes: [] })).toEqual([]);
    });

    it('has every text, its name and description in en, fi and pl, neatly written', () => {
      const texts = [...textsIn({ name, description }), ...textsIn(definition as SurveyDefinitionInput)];
      expect(texts.length).toBeGreaterThan(5);
      for (const [path, text] of texts) {
        expect(Object.keys(text).sort(), path).toEqual([...languages].sort());
        for (const language of languages) {
          const value = text[language]!;
          expect(value.trim(), `${path}.${language}`).not.toBe('');
          expect(value, `${path}.${language}`).toBe(value.trim());
          expect(value, `${path}.${language}`).not.toMatch(/ {2}/);
        }
      }
    });

    it('fills its placeholders only from declared hidden fields, and reads well without them', () => {
      const hidden = new Set(survey.hiddenFields.map((field) => field.key));
      for (const [path, text] of textsIn(definition)) {
        for (const value of Object.values(text)) {
          for (const key of placeholdersIn(value)) expect(hidden.has(key), `${path}: {{${key}}}`).toBe(true);
          // Every placeholder has a fallback, so nothing is left blank when the link brings no value.
          expect(pipe(value, {}), path).not.toMatch(/\{\{|\s[?.!,]|^\s|\s$/);
          expect(value.match(/\{\{[^}]*\}\}/g)?.every((p) => p.includes('|')) ?? true, path).toBe(true);
        }
      }
    });

    it('asks its metric question first, so that an email can embed it', () => {
      const first = survey.pages[0]!.questions[0]!;
      expect(metricOf(first)).not.toBeNull();
      expect(first.required).toBe(true);
      expect(first.visibleIf).toBeUndefined();
    });
  });

  it('describe their hidden fields in the language a new survey is made in', () => {
    for (const template of surveyTemplates) {
      for (const language of languages) {
        const fields = templateDefinitionIn(template, language).hiddenFields ?? [];
        expect(fields.map((field) => field.key)).toEqual((template.definition.hiddenFields ?? []).map((field) => field.key));
        if (language !== 'en') for (const field of fields) expect(field.label).not.toBe(template.definition.hiddenFields!.find((f) => f.key === field.key)!.label);
      }
    }
    expect(templateDefinitionIn(surveyTemplates.find((t) => t.id === 'post-support')!, 'fi').hiddenFields).toEqual([{ key: 'case_id', label: 'Tukipyynnön numero' }]);
  });

  it('nps: words the follow-up for detractors, passives and promoters, and promises contact to detractors who allow it', () => {
    expect(shown('nps', { nps: 3 })).toEqual({ questions: ['nps', 'improve', 'contact_ok'], ending: 'thanks' });
    expect(shown('nps', { nps: 6 }).questions).toContain('improve');
    expect(shown('nps', { nps: 7 }).questions).toEqual(['nps', 'even_better', 'contact_ok']);
    expect(shown('nps', { nps: 8 }).questions).toContain('even_better');
    expect(shown('nps', { nps: 9 }).questions).toContain('like_most');
    expect(shown('nps', { nps: 10 })).toEqual({ questions: ['nps', 'like_most', 'contact_ok'], ending: 'thanks' });
    expect(shown('nps', { nps: 0, contact_ok: true }).ending).toBe('in_touch');
    expect(shown('nps', { nps: 6, contact_ok: true }).ending).toBe('in_touch');
    expect(shown('nps', { nps: 6, contact_ok: false }).ending).toBe('thanks');
    expect(shown('nps', { nps: 7, contact_ok: true }).ending).toBe('thanks');
    expect(shown('nps', { nps: 10, contact_ok: true }).ending).toBe('thanks');
  });

  it('nps: scale labels and the company name in English, with a fallback', () => {
    const nps = template('nps').pages[0]!.questions[0]!;
    expect(nps.type === 'nps' && nps.labels?.low.en).toBe('Not at all likely');
    expect(pipe(nps.text.en!, { company: 'Acme' })).toBe('How likely are you to recommend Acme to a friend or colleague?');
    expect(pipe(nps.text.en!, {})).toBe('How likely are you to recommend us to a friend or colleague?');
  });

  it('csat: asks what went wrong up to 3 and what went well from 4', () => {
    for (const csat of [1, 2, 3]) expect(shown('csat', { csat }).questions).toEqual(['csat', 'went_wrong']);
    for (const csat of [4, 5]) expect(shown('csat', { csat }).questions).toEqual(['csat', 'went_well']);
    expect(template('csat').pages[0]!.questions[0]).toMatchObject({ type: 'csat', style: 'smileys' });
  });

  it('ces: asks what made it difficult up to 3 only, and names the company when it is known', () => {
    for (const ces of [1, 2, 3]) expect(shown('ces', { ces }).questions).toEqual(['ces', 'difficult']);
    for (const ces of [4, 5, 6, 7]) expect(shown('ces', { ces })).toEqual({ questions: ['ces'], ending: 'thanks' });
    const ces = template('ces').pages[0]!.questions[0]!;
    expect(pipe(ces.text.en!, {})).toBe('The company made it easy for me to handle my issue.');
    expect(pipe(ces.text.fi!, { company: 'Acme' })).toBe('Acme teki asiani hoitamisesta helppoa.');
  });

  it('cli: asks all three loyalty items and an optional comment', () => {
    const [cli, comment] = template('cli').pages[0]!.questions;
    expect(cli).toMatchObject({ type: 'cli', required: true });
    expect(cli?.type === 'cli' && Object.keys(cli.items)).toEqual(['recommend', 'buy_again', 'try_other']);
    expect(comment).toMatchObject({ type: 'long_text', required: false });
    expect(shown('cli', { cli: { recommend: 9, buy_again: 8, try_other: 5 } }).questions).toEqual(['cli', 'comment']);
  });

  it('post-support: asks satisfaction, resolution, effort and a comment, and carries the case id', () => {
    const survey = template('post-support');
    expect(survey.hiddenFields.map((field) => field.key)).toEqual(['case_id']);
    expect(shown('post-support', { csat: 2 }, { case_id: 'C-1' })).toEqual({ questions: ['csat', 'resolved', 'ces', 'comment'], ending: 'thanks' });
    const resolved = survey.pages[1]!.questions[0]!;
    expect(resolved.type === 'single_choice' && resolved.options.map((o) => o.id)).toEqual(['yes', 'partly', 'no']);
    expect(survey.pages[1]!.questions.map(metricOf)).toEqual([null, 'ces', null]);
  });
});
