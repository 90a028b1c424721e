import { describe, expect, it } from 'vitest';
import { exampleSurvey } from '../../engine/survey/survey.test-helpers.js';
import { rollupEntriesOf } from './entries.js';
import { dayIn, RollupRows } from './rows.js';

const facts = (answers: Record<string, unknown>, hidden: Record<string, string> = {}) => ({ answers, hidden, channel: 'widget', language: 'en' });

describe('what one response adds to the rollups', () => {
  it('counts only the questions the logic showed, and an unanswered one as a skip', () => {
    const promoter = rollupEntriesOf(exampleSurvey, facts({ nps: 10 }), { segments: [] });
    expect(promoter.questions).toEqual([{ questionId: 'nps', kind: 'nps', isAnswered: true, score: 10 }]);
    const detractor = rollupEntriesOf(exampleSurvey, facts({ nps: 3, channel: 'chat', topics: ['billing', 'returns'], cli: { recommend: 8, buy_again: 9 } }), { segments: [] });
    expect(detractor.questions).toEqual([
      { questionId: 'nps', kind: 'nps', isAnswered: true, score: 3 },
      { questionId: 'csat', kind: 'csat', isAnswered: false },
      { questionId: 'ces', kind: 'ces', isAnswered: false },
      { questionId: 'channel', kind: 'choice', isAnswered: true, options: ['chat'] },
      { questionId: 'topics', kind: 'choice', isAnswered: true, options: ['billing', 'returns'] },
      { questionId: 'cli', kind: 'cli', isAnswered: true, cli6: 51 },
      { questionId: 'stars', kind: 'rating', isAnswered: false },
      { questionId: 'pick', kind: 'choice', isAnswered: false, options: [] },
    ]);
  });

  it('files the response under everyone, its channel, language, segments and choice answers', () => {
    const entries = rollupEntriesOf(exampleSurvey, facts({ nps: 5, channel: 'phone', topics: ['billing'] }, { plan: 'pro' }), {
      segments: ['hidden.plan', 'contact.tier', 'contact.missing'],
      contactAttributes: { tier: 3 },
    });
    expect(entries.breakdowns).toEqual([
      { dimension: '', value: '' },
      { dimension: 'channel', value: 'widget' },
      { dimension: 'language', value: 'en' },
      { dimension: 'hidden.plan', value: 'pro' },
      { dimension: 'contact.tier', value: '3' },
      { dimension: 'answer.channel', value: 'phone' },
      { dimension: 'answer.topics', value: 'billing' },
    ]);
  });

  it('sums rows of many responses by key', () => {
    const rows = new RollupRows('w', 's');
    for (const score of [9, 9, 3]) rows.addCompleted(rollupEntriesOf(exampleSurvey, facts({ nps: score }), { segments: [] }), '2026-11-23');
    const everyone = rows.questions.find((row) => row.dimension === '')!;
    expect(everyone).toMatchObject({ questionId: 'nps', shown: 3, answered: 3, c9: 2, c3: 1 });
    expect(rows.responses.find((row) => row.dimension === 'channel')).toMatchObject({ value: 'widget', completed: 3, started: 0 });
  });

  it("files instants under the workspace's calendar day", () => {
    expect(dayIn('Europe/Helsinki', new Date('2026-03-01T22:30:00Z'))).toBe('2026-03-02');
    expect(dayIn('America/New_York', new Date('2026-03-01T02:30:00Z'))).toBe('2026-02-28');
    expect(dayIn('UTC', new Date('2026-03-01T23:59:59Z'))).toBe('2026-03-01');
    // Days are remembered by quarter hour: the instants around midnight, asked twice, still fall on the right side,
    // also where the offset is not a whole quarter hour (Liberia until 1972, 44 min 30 s behind UTC).
    for (let round = 0; round < 2; round++) {
      expect(dayIn('Asia/Kathmandu', new Date('2026-03-01T18:14:59.999Z'))).toBe('2026-03-01');
      expect(dayIn('Asia/Kathmandu', new Date('2026-03-01T18:15:00Z'))).toBe('2026-03-02');
      expect(dayIn('Africa/Monrovia', new Date('1970-06-01T00:44:29Z'))).toBe('1970-05-31');
      expect(dayIn('Africa/Monrovia', new Date('1970-06-01T00:44:31Z'))).toBe('1970-06-01');
    }
  });
});
