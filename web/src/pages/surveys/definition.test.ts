import { describe, expect, it } from 'vitest';
import { checkSurveyLogic } from '../../../../src/engine/survey/logic-check.js';
import { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import {
  addOption,
  addPage,
  addQuestion,
  canMoveQuestion,
  duplicateQuestion,
  moveItem,
  moveQuestion,
  questionTypes,
  removePage,
  setScaleLabel,
  setText,
  uniqueKey,
} from './definition.js';
import { surveyWording } from './wording.js';

/** The server's blank survey: one NPS question, no texts yet. */
function blank(languages = ['en']): SurveyDefinition {
  return SurveyDefinition.parse({
    schemaVersion: 1,
    defaultLanguage: languages[0],
    languages,
    title: { [languages[0]!]: 'Store visit' },
    pages: [{ id: 'page_1', questions: [{ id: 'nps', type: 'nps', text: { [languages[0]!]: 'Recommend us?' }, required: true }] }],
    endings: [{ id: 'thanks', title: { [languages[0]!]: 'Thanks' } }],
  });
}

const ids = (survey: SurveyDefinition) => survey.pages.map((p) => p.questions.map((q) => q.id));

describe('addQuestion', () => {
  it('adds every type with defaults the schema accepts', () => {
    let survey = blank(['en', 'fi', 'pl']);
    const wording = surveyWording('en', survey.languages);
    for (const type of questionTypes) survey = addQuestion(survey, 0, type, wording).survey;
    expect(() => SurveyDefinition.parse(survey)).not.toThrow();
    expect(survey.pages[0]!.questions.map((q) => q.type)).toEqual(['nps', ...questionTypes]);
    expect(new Set(ids(survey)[0]).size).toBe(questionTypes.length + 1);
  });

  it('words metric questions in every language Kuulo speaks and leaves the others to the author', () => {
    const survey = blank(['fi', 'pl', 'sv']);
    const { survey: next, ref } = addQuestion(survey, 0, 'csat', surveyWording('fi', survey.languages));
    const question = next.pages[ref.page]!.questions[ref.index]!;
    expect(question.text.fi).toBe('Kuinka tyytyväinen olet meihin kaiken kaikkiaan?');
    expect(question.text.pl).toMatch(/zadowolenie/);
    expect(question.text.sv).toBeUndefined();
    const problems = checkSurveyLogic(SurveyDefinition.parse(next));
    expect(problems).toContainEqual({ path: 'pages.0.questions.1.text', problem: 'has no sv translation', severity: 'warning' });
  });

  it('gives a new text question an empty default text, which the logic check flags', () => {
    const { survey } = addQuestion(blank(), 0, 'long_text', surveyWording('en', ['en']));
    expect(survey.pages[0]!.questions[1]).toMatchObject({ id: 'comment', type: 'long_text', text: { en: '' }, maxLength: 5000 });
    expect(checkSurveyLogic(survey).filter((p) => p.severity === 'error').map((p) => p.path)).toEqual(['pages.0.questions.1.text']);
  });
});

describe('moving, duplicating and removing', () => {
  const wording = surveyWording('en', ['en']);
  const twoPages = () => {
    let survey = addQuestion(blank(), 0, 'long_text', wording).survey;
    survey = addPage(survey);
    return addQuestion(survey, 1, 'consent', wording).survey;
  };

  it('moves within a page and across page edges', () => {
    const survey = twoPages();
    expect(ids(survey)).toEqual([['nps', 'comment'], ['consent']]);
    const down = moveQuestion(survey, { page: 0, index: 1 }, 1);
    expect(ids(down.survey)).toEqual([['nps'], ['comment', 'consent']]);
    expect(down.ref).toEqual({ page: 1, index: 0 });
    const up = moveQuestion(down.survey, down.ref, -1);
    expect(ids(up.survey)).toEqual([['nps', 'comment'], ['consent']]);
    expect(up.ref).toEqual({ page: 0, index: 1 });
    expect(canMoveQuestion(survey, { page: 0, index: 0 }, -1)).toBe(false);
    expect(canMoveQuestion(survey, { page: 1, index: 0 }, 1)).toBe(false);
    expect(moveQuestion(survey, { page: 0, index: 0 }, -1).survey).toBe(survey);
  });

  it('duplicates below the original with a fresh id and the same content', () => {
    const survey = twoPages();
    const copy = duplicateQuestion(survey, { page: 0, index: 0 });
    expect(ids(copy.survey)[0]).toEqual(['nps', 'nps_2', 'comment']);
    expect(copy.ref).toEqual({ page: 0, index: 1 });
    expect(copy.survey.pages[0]!.questions[1]).toMatchObject({ type: 'nps', text: { en: 'Recommend us?' }, required: true });
    expect(ids(duplicateQuestion(copy.survey, { page: 0, index: 1 }).survey)[0]).toEqual(['nps', 'nps_2', 'nps_3', 'comment']);
    expect(() => SurveyDefinition.parse(copy.survey)).not.toThrow();
  });

  it('keeps the last page', () => {
    const survey = twoPages();
    expect(ids(removePage(survey, 0))).toEqual([['consent']]);
    expect(removePage(removePage(survey, 0), 0).pages).toHaveLength(1);
  });

  it('never changes the survey it was given', () => {
    const survey = twoPages();
    const before = structuredClone(survey);
    moveQuestion(survey, { page: 0, index: 1 }, 1);
    duplicateQuestion(survey, { page: 0, index: 0 });
    addQuestion(survey, 0, 'matrix', wording);
    expect(survey).toEqual(before);
  });
});

describe('small helpers', () => {
  it('makes unique keys', () => {
    expect(uniqueKey('nps', new Set())).toBe('nps');
    expect(uniqueKey('nps', new Set(['nps', 'nps_2']))).toBe('nps_3');
    expect(uniqueKey('Not a key', new Set())).toBe('item');
  });

  it('moves list items and ignores moves off the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('adds options with fresh ids', () => {
    const options = addOption([{ id: 'option_2', label: { en: 'B' } }, { id: 'option_1', label: { en: 'A' } }], surveyWording('en', ['en']));
    expect(options[2]).toEqual({ id: 'option_3', label: { en: 'Option 3' } });
  });

  it('drops an emptied translation but keeps the default language', () => {
    expect(setText({ en: 'Hi', fi: 'Moi' }, 'fi', '', 'en')).toEqual({ en: 'Hi' });
    expect(setText({ en: 'Hi', fi: 'Moi' }, 'en', '', 'en')).toEqual({ en: '', fi: 'Moi' });
  });

  it('keeps scale labels as a pair, and removes them when both are cleared', () => {
    const question = blank().pages[0]!.questions[0]! as Extract<ReturnType<typeof blank>['pages'][0]['questions'][0], { type: 'nps' }>;
    const low = setScaleLabel(question, 'low', 'en', 'Never');
    expect(low.labels).toEqual({ low: { en: 'Never' }, high: { en: '' } });
    expect('labels' in setScaleLabel(low, 'low', 'en', '')).toBe(false);
  });
});
