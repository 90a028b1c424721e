import { describe, expect, it } from 'vitest';
import { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import type { Question } from '../../../../src/engine/survey/schema.js';
import { surveyTemplates } from '../../../../src/engine/survey/templates/index.js';
import { asSimpleCondition, defaultConditionFor, earlierQuestions, opsFor, toCondition, valueChoicesFor } from './conditions.js';
import { anchorOf, placeOf, problemsFromSaveError, sortProblems } from './problems.js';

const nps = SurveyDefinition.parse(surveyTemplates.find((t) => t.id === 'nps')!.definition);
const words = { yes: 'Yes', no: 'No' };

describe('conditions', () => {
  it('reads single conditions and leaves compound ones alone', () => {
    expect(asSimpleCondition({ question: 'nps', op: 'lte', value: 6 })).toEqual({ question: 'nps', op: 'lte', value: 6 });
    expect(asSimpleCondition({ question: 'nps', op: 'answered' })).toEqual({ question: 'nps', op: 'answered' });
    expect(asSimpleCondition({ all: [{ question: 'nps', op: 'gte', value: 7 }] })).toBeNull();
    expect(asSimpleCondition({ hidden: 'plan', op: 'present' })).toBeNull();
    expect(asSimpleCondition(undefined)).toBeNull();
  });

  it('writes conditions the schema accepts', () => {
    expect(toCondition({ question: 'q', op: 'answered', value: 3 })).toEqual({ question: 'q', op: 'answered' });
    expect(toCondition({ question: 'q', op: 'includes', value: 'a' })).toEqual({ question: 'q', op: 'includes', value: 'a' });
  });

  it('offers operators and values that fit the question', () => {
    const score = nps.pages[0]!.questions[0]!;
    expect(opsFor(score)).toContain('gte');
    expect(valueChoicesFor(score, 'gte', 'en', 'en', words).map((c) => c.parsed)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(valueChoicesFor(score, 'answered', 'en', 'en', words)).toEqual([]);
    const consent = { id: 'ok', type: 'consent', text: { en: 'OK' }, required: false } as Question;
    expect(opsFor(consent)).toEqual(['eq', 'answered', 'not_answered']);
    expect(defaultConditionFor(consent, 'en', 'en')).toEqual({ question: 'ok', op: 'eq', value: true });
    const text = { id: 't', type: 'short_text', text: { en: 'T' }, required: false, maxLength: 10 } as Question;
    expect(opsFor(text)).toEqual(['answered', 'not_answered']);
  });

  it('lets a condition look only at earlier questions', () => {
    expect(earlierQuestions(nps, { page: 0, index: 0 })).toEqual([]);
    expect(earlierQuestions(nps, { page: 1, index: 1 }).map((q) => q.id)).toEqual(['nps', 'improve']);
  });
});

describe('problems', () => {
  it('places a problem at its question, page, end screen or the survey', () => {
    expect(placeOf('pages.1.questions.0.visibleIf')).toEqual({ kind: 'question', page: 1, question: 0 });
    expect(placeOf('definition.pages.2.jumps.0.to')).toEqual({ kind: 'page', page: 2 });
    expect(placeOf('endings.1')).toEqual({ kind: 'ending', ending: 1 });
    expect(placeOf('title')).toEqual({ kind: 'survey' });
    expect(anchorOf(placeOf('pages.1.questions.0.text'))).toBe('q-1-0');
  });

  it('turns a refused save into problems of the draft', () => {
    expect(problemsFromSaveError([{ path: 'body.definition.pages.0.questions.1.options', problem: 'too small' }, { path: 'body.name', problem: 'x' }])).toEqual([
      { path: 'pages.0.questions.1.options', problem: 'too small', severity: 'error' },
    ]);
  });

  it('lists errors before warnings', () => {
    const sorted = sortProblems([
      { path: 'a', problem: 'w', severity: 'warning' },
      { path: 'b', problem: 'e', severity: 'error' },
    ]);
    expect(sorted.map((p) => p.severity)).toEqual(['error', 'warning']);
  });
});
