import { describe, expect, it } from 'vitest';
import { bucketStarts, commentDimensions, countChange, examplePhrases, fillTrend, formatScore, labelledNeeded, sentimentShares, sentimentTrendPoints, sortGroups } from './textValues.js';

const counts = (negative: number, neutral: number, positive: number, notAnalysed = 0) => ({ negative, neutral, positive, notAnalysed });

describe('text numbers', () => {
  it('compares a count with the period before', () => {
    expect(countChange(6, 4)).toEqual({ change: 2, percent: 50 });
    expect(countChange(2, 4)).toEqual({ change: -2, percent: -50 });
    expect(countChange(3, 0)).toEqual({ change: 3, percent: null });
  });

  it('shares sentiments among analysed comments only', () => {
    expect(sentimentShares(counts(1, 1, 2, 5))).toEqual({ negative: 25, neutral: 25, positive: 50 });
    expect(sentimentShares(counts(0, 0, 0, 3))).toEqual({ negative: 0, neutral: 0, positive: 0 });
  });

  it('writes scores with their sign in the reader’s locale', () => {
    expect(formatScore('en', 0.4231)).toBe('+0.42');
    expect(formatScore('fi', -0.1)).toBe('−0,10');
    expect(formatScore('en', -0.001)).toBe('0.00');
  });

  it('cuts a period into the buckets the server counts in', () => {
    expect(bucketStarts({ from: '2026-03-04', to: '2026-03-20' }, 'week')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(bucketStarts({ from: '2025-11-15', to: '2026-02-01' }, 'month')).toEqual(['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
    expect(bucketStarts({ from: '2026-02-27', to: '2026-03-01' }, 'day')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });

  it('fills quiet buckets with zeros and draws them as gaps', () => {
    const trend = [{ start: '2026-03-09', comments: 4, meanScore: -0.5, ...counts(3, 0, 1) }];
    const filled = fillTrend(trend, { from: '2026-03-04', to: '2026-03-20' }, 'week');
    expect(filled.map((b) => [b.start, b.comments])).toEqual([['2026-03-02', 0], ['2026-03-09', 4], ['2026-03-16', 0]]);
    expect(sentimentTrendPoints(filled)).toEqual([
      { start: '2026-03-02', headline: null, n: 0 },
      { start: '2026-03-09', headline: { value: -0.5, ci: null }, n: 4 },
      { start: '2026-03-16', headline: null, n: 0 },
    ]);
  });

  it('finds the attributes comments carry, and which of the contact ones are numbers', () => {
    const found = commentDimensions([
      { dimensions: { 'contact.revenue': 12000, 'contact.plan': 'pro', 'hidden.company': 'Verkkokauppa' } },
      { dimensions: { 'contact.seats': '25', 'hidden.order': '1234', 'contact.plan': 'basic' } },
      { dimensions: { weird: 1 } },
    ]);
    expect(found).toEqual({ groups: ['contact.plan', 'contact.revenue', 'contact.seats', 'hidden.company', 'hidden.order'], numeric: ['contact.revenue', 'contact.seats'] });
  });

  it('reads example phrases one a line or separated by commas', () => {
    expect(examplePhrases('delivery\n  delivery   time ,shipping\n\ndelivery')).toEqual(['delivery', 'delivery time', 'shipping']);
    expect(examplePhrases('  \n')).toEqual([]);
  });

  it('sorts topics by comments, by the lowest NPS (none given last) or by negative comments', () => {
    const row = (id: string, comments: number, nps: number | null, negative: number) => ({ id, comments, nps, npsResponses: nps === null ? 0 : 3, csat: null, csatResponses: 0, sentiment: counts(negative, 0, 0) });
    const rows = [row('a', 5, 20, 1), row('b', 9, null, 0), row('c', 2, -50, 2)];
    expect(sortGroups(rows, 'comments').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortGroups(rows, 'nps').map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(sortGroups(rows, 'negative').map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('says how many labelled comments a training needs, a fifth being held back', () => {
    expect(labelledNeeded({ training: 100, heldBack: 30 })).toBe(150);
    expect(labelledNeeded({ training: 400, heldBack: 30 })).toBe(500);
  });
});
