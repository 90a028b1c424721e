import { describe, expect, it } from 'vitest';
import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import type { SurveyResponse } from '../../api/surveys.js';
import { commentFilters, commentsOf, responsesTabFilters } from './comments.js';

const definition = {
  schemaVersion: 1,
  defaultLanguage: 'en',
  languages: ['en'],
  pages: [{ id: 'p', questions: [{ id: 'nps', type: 'nps', text: { en: 'NPS' } }, { id: 'why', type: 'long_text', text: { en: 'Why?' } }, { id: 'more', type: 'short_text', text: { en: 'More?' } }] }],
} as unknown as SurveyDefinition;

const response = (id: string, answers: Record<string, unknown>): SurveyResponse => ({
  id,
  surveyVersion: 1,
  state: 'complete',
  answers,
  hidden: null,
  language: 'en',
  channel: 'link',
  endingId: null,
  startedAt: '2026-11-20T10:00:00.000Z',
  completedAt: '2026-11-20T10:01:00.000Z',
});

describe('commentsOf', () => {
  it('lists written answers, skipping blanks and scores, up to a limit', () => {
    const responses = [response('r2', { nps: 3, why: ' Slow delivery ', more: '' }), response('r1', { nps: 9, more: 'Great!' }), response('r0', { why: 'x' })];
    expect(commentsOf(definition, responses, 10).map((c) => [c.responseId, c.questionId, c.text])).toEqual([
      ['r2', 'why', 'Slow delivery'],
      ['r1', 'more', 'Great!'],
      ['r0', 'why', 'x'],
    ]);
    expect(commentsOf(definition, responses, 2)).toHaveLength(2);
  });
});

describe('commentFilters', () => {
  const period = { from: '2026-11-01', to: '2026-11-30' };

  it("covers the period's whole days in the workspace's zone", () => {
    const { filters } = commentFilters('', period, 'Europe/Helsinki');
    expect(filters).toEqual({ state: 'complete', from: '2026-10-31T22:00:00.000Z', to: '2026-11-30T21:59:59.999Z' });
  });

  it('passes on the filters the responses API knows and says when it cannot', () => {
    expect(commentFilters('channel:widget', period, 'UTC')).toMatchObject({ filters: { channel: 'widget' }, isUnfiltered: false });
    expect(commentFilters('language:fi', period, 'UTC')).toMatchObject({ filters: { language: 'fi' }, isUnfiltered: false });
    expect(commentFilters('answer.plan:pro', period, 'UTC')).toMatchObject({ filters: { answer: 'plan:pro' }, isUnfiltered: false });
    expect(commentFilters('contact.plan:pro', period, 'UTC').isUnfiltered).toBe(true);
    expect(commentFilters('', period, 'UTC').isUnfiltered).toBe(false);
  });

  it('opens the Responses tab on the same days and filter', () => {
    expect(responsesTabFilters('channel:qr', period)).toEqual({ state: 'complete', channel: 'qr', language: '', from: '2026-11-01', to: '2026-11-30', answer: '' });
  });
});
