import { describe, expect, it } from 'vitest';
import { Condition, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import type { Question, SurveyDefinition as Survey } from '../../../../src/engine/survey/schema.js';
import { surveyTemplates } from '../../../../src/engine/survey/templates/index.js';
import { asRuleList, defaultConditionFor, defaultRule, earlierQuestions, fromRuleList, hiddenRule, opsFor, toCondition, valueChoicesFor } from './conditions.js';
import type { Rule } from './conditions.js';
import { addEnding, addHiddenField, hiddenKeyProblem, newJump, removeEnding, renameHiddenField, setHiddenFieldLabel, setRedirectUrl, targetFrom, targetValue } from './flow.js';
import { anchorOf, isJumpProblem, placeOf, problemsFromSaveError, sortProblems } from './problems.js';

const nps = SurveyDefinition.parse(surveyTemplates.find((t) => t.id === 'nps')!.definition);
const words = { yes: 'Yes', no: 'No' };
const low: Rule = { question: 'nps', op: 'lte', value: 6 };
const plan: Rule = { hidden: 'plan', op: 'eq', value: 'pro' };

describe('conditions', () => {
  it('reads a condition as rules joined by all or any', () => {
    expect(asRuleList(low)).toEqual({ join: 'all', rules: [low] });
    expect(asRuleList({ hidden: 'plan', op: 'present' })).toEqual({ join: 'all', rules: [{ hidden: 'plan', op: 'present' }] });
    expect(asRuleList({ all: [low, plan] })).toEqual({ join: 'all', rules: [low, plan] });
    expect(asRuleList({ any: [low, plan] })).toEqual({ join: 'any', rules: [low, plan] });
  });

  it('leaves negated and nested conditions to be shown read-only', () => {
    expect(asRuleList({ not: low })).toBeNull();
    expect(asRuleList({ all: [low, { any: [plan, low] }] })).toBeNull();
    expect(asRuleList({ any: [{ not: plan }] })).toBeNull();
  });

  it('writes one rule bare and several in a group', () => {
    expect(fromRuleList({ join: 'any', rules: [] })).toBeUndefined();
    expect(fromRuleList({ join: 'any', rules: [plan] })).toEqual(plan);
    expect(fromRuleList({ join: 'all', rules: [low, plan] })).toEqual({ all: [low, plan] });
    expect(fromRuleList({ join: 'any', rules: [low, plan] })).toEqual({ any: [low, plan] });
    for (const condition of [low, { all: [low, plan] }, { any: [plan, low] }] as Condition[]) {
      expect(Condition.parse(fromRuleList(asRuleList(condition)!))).toEqual(condition);
    }
  });

  it('writes hidden field rules the schema accepts', () => {
    expect(hiddenRule('plan', 'present', 'pro')).toEqual({ hidden: 'plan', op: 'present' });
    expect(hiddenRule('plan', 'neq')).toEqual({ hidden: 'plan', op: 'neq', value: '' });
    expect(Condition.parse(hiddenRule('plan', 'eq', 'pro'))).toEqual(plan);
  });

  it('starts a condition on the last question it may use, else on the first hidden field', () => {
    const questions = nps.pages.flatMap((p) => p.questions);
    expect(defaultRule(questions.slice(0, 1), [{ key: 'plan' }], 'en')).toEqual({ question: 'nps', op: 'eq', value: 0 });
    expect(defaultRule([], [{ key: 'plan' }, { key: 'tier' }], 'en')).toEqual({ hidden: 'plan', op: 'present' });
    expect(defaultRule([], [], 'en')).toBeNull();
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

describe('jumps, end screens and hidden fields', () => {
  const twoPages: Survey = { ...nps, pages: [nps.pages[0]!, { id: 'more', questions: [], jumps: [] }] };

  it('starts a jump on the last question so far, to the first end screen', () => {
    expect(newJump(twoPages, 1)).toEqual({ if: { question: 'nps', op: 'eq', value: 0 }, to: { ending: nps.endings[0]!.id } });
    const empty: Survey = { ...nps, hiddenFields: [], pages: [{ id: 'p', questions: [], jumps: [] }] };
    expect(newJump(empty, 0)).toBeNull();
    expect(newJump({ ...empty, hiddenFields: [{ key: 'plan' }] }, 0)?.if).toEqual({ hidden: 'plan', op: 'present' });
  });

  it('names a jump target as one select value and back', () => {
    expect(targetValue({ page: 'more' })).toBe('page:more');
    expect(targetFrom('page:more')).toEqual({ page: 'more' });
    expect(targetFrom(targetValue({ ending: 'end_2' }))).toEqual({ ending: 'end_2' });
  });

  it('adds end screens with fresh ids and removes them with the jumps that lead there', () => {
    const one: Survey = { ...nps, endings: nps.endings.slice(0, 1), pages: nps.pages.map((p) => ({ ...p, jumps: [] })) };
    const two = addEnding(addEnding(one));
    expect(two.endings.map((e) => e.id)).toEqual(['thanks', 'end_2', 'end_3']);
    expect(two.endings[1]!.title).toEqual({ en: '' });
    const jumping: Survey = {
      ...two,
      pages: two.pages.map((p, i) => (i === 0 ? { ...p, jumps: [{ if: { question: 'nps', op: 'lte', value: 6 }, to: { ending: 'end_2' } }, { if: { question: 'nps', op: 'gte', value: 9 }, to: { ending: 'end_3' } }] } : p)),
    };
    const removed = removeEnding(jumping, 1);
    expect(removed.endings.map((e) => e.id)).toEqual(['thanks', 'end_3']);
    expect(removed.pages[0]!.jumps.map((j) => j.to)).toEqual([{ ending: 'end_3' }]);
    expect(removeEnding(one, 0)).toBe(one);
    expect(addEnding(removeEnding(jumping, 1)).endings.at(-1)!.id).toBe('end_4');
  });

  it('keeps a redirect address only when there is one', () => {
    expect(setRedirectUrl(nps, 0, ' https://example.com/thanks ').endings[0]!.redirectUrl).toBe('https://example.com/thanks');
    expect('redirectUrl' in setRedirectUrl(setRedirectUrl(nps, 0, 'https://x.fi'), 0, '').endings[0]!).toBe(false);
  });

  it('adds hidden fields, checks their keys and renames the conditions that use them', () => {
    const withFields = addHiddenField(addHiddenField({ ...nps, hiddenFields: [] }));
    expect(withFields.hiddenFields).toEqual([{ key: 'field_1' }, { key: 'field_2' }]);
    expect(hiddenKeyProblem(withFields, 0, 'Plan')).toBe('pattern');
    expect(hiddenKeyProblem(withFields, 0, 'lang')).toBe('reserved');
    expect(hiddenKeyProblem(withFields, 0, 'field_2')).toBe('taken');
    expect(hiddenKeyProblem(withFields, 0, 'field_1')).toBeNull();
    expect(renameHiddenField(withFields, 0, 'field_2')).toBe(withFields);

    const used: Survey = {
      ...withFields,
      pages: withFields.pages.map((p, i) =>
        i === 0 ? { ...p, visibleIf: { not: { hidden: 'field_1', op: 'absent' } }, jumps: [{ if: { any: [{ hidden: 'field_1', op: 'eq', value: 'pro' }, low] }, to: { ending: 'thanks' } }] } : p,
      ),
    };
    const renamed = renameHiddenField(used, 0, 'plan');
    expect(renamed.hiddenFields.map((f) => f.key)).toEqual(['plan', 'field_2']);
    expect(renamed.pages[0]!.visibleIf).toEqual({ not: { hidden: 'plan', op: 'absent' } });
    expect(renamed.pages[0]!.jumps[0]!.if).toEqual({ any: [{ hidden: 'plan', op: 'eq', value: 'pro' }, low] });
    expect(setHiddenFieldLabel(renamed, 0, 'Plan').hiddenFields[0]).toEqual({ key: 'plan', label: 'Plan' });
    expect(setHiddenFieldLabel(setHiddenFieldLabel(renamed, 0, 'Plan'), 0, '').hiddenFields[0]).toEqual({ key: 'plan' });
  });
});

describe('problems', () => {
  it('places a problem at its question, page, end screen or the survey', () => {
    expect(placeOf('pages.1.questions.0.visibleIf')).toEqual({ kind: 'question', page: 1, question: 0 });
    expect(placeOf('definition.pages.2.jumps.0.to')).toEqual({ kind: 'page', page: 2 });
    expect(placeOf('endings.1')).toEqual({ kind: 'ending', ending: 1 });
    expect(placeOf('title')).toEqual({ kind: 'survey' });
    expect(anchorOf(placeOf('pages.1.questions.0.text'))).toBe('q-1-0');
    expect(placeOf('hiddenFields.2.key')).toEqual({ kind: 'hiddenField', field: 2 });
    expect(anchorOf(placeOf('hiddenFields.2.key'))).toBe('hidden-field-2');
  });

  it('tells the problems of jumps apart, one jump from another', () => {
    expect(isJumpProblem({ path: 'pages.0.jumps.1.if.all.0' }, 0)).toBe(true);
    expect(isJumpProblem({ path: 'pages.0.jumps.1.to' }, 0, 1)).toBe(true);
    expect(isJumpProblem({ path: 'body.definition.pages.0.jumps.10.to' }, 0, 1)).toBe(false);
    expect(isJumpProblem({ path: 'pages.1.jumps.0.to' }, 0)).toBe(false);
    expect(isJumpProblem({ path: 'pages.0.visibleIf' }, 0)).toBe(false);
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
