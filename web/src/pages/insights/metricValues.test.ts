import { describe, expect, it } from 'vitest';
import { cesOf, cliOf, csatOf, npsOf } from '../../../../src/engine/metrics/index.js';
import { formatChange, formatInterval, formatMetric, formatPValue, formatShare, headlineOf } from './metricValues.js';

const counts = (pairs: Record<number, number>) => Array.from({ length: 11 }, (_, i) => pairs[i] ?? 0);

describe('headlineOf', () => {
  it("picks each metric's headline and interval", () => {
    const nps = npsOf({ n: 10, counts: counts({ 10: 5, 8: 3, 2: 2 }) });
    expect(headlineOf('nps', nps)).toEqual({ value: 30, ci: nps.ci });
    const csat = csatOf({ n: 4, counts: counts({ 5: 3, 1: 1 }) });
    expect(headlineOf('csat', csat)?.value).toBe(75);
    const ces = cesOf({ n: 2, counts: counts({ 7: 1, 5: 1 }) });
    expect(headlineOf('ces', ces)?.value).toBe(6);
    const cli = cliOf({ n: 2, sum6: 51 + 60, sumSq6: 51 * 51 + 60 * 60 });
    expect(headlineOf('cli', cli)).toEqual({ value: 92.5, ci: cli.normalisedCi });
  });

  it('has nothing to show without a result or a number', () => {
    expect(headlineOf('nps', undefined)).toBeNull();
    expect(headlineOf('nps', npsOf({ n: 0, counts: counts({}) }))).toBeNull();
  });
});

describe('formatting in the reader locale', () => {
  it('writes NPS with one decimal, CSAT as a percentage, CES with two', () => {
    expect(formatMetric('en', 'nps', 32.456)).toBe('32.5');
    expect(formatMetric('fi', 'nps', -12.25)).toBe('−12,3');
    expect(formatMetric('en', 'csat', 82.46)).toBe('82.5%');
    expect(formatMetric('fi', 'csat', 82.46)).toBe('82,5\u00a0%');
    expect(formatMetric('pl', 'ces', 5.2)).toBe('5,20');
    expect(formatShare('en', 50, 0)).toBe('50%');
  });

  it('signs changes and never shows minus zero', () => {
    expect(formatChange('en', 'nps', 4.24)).toBe('+4.2');
    expect(formatChange('en', 'ces', -0.5)).toBe('-0.50');
    expect(formatChange('en', 'nps', -0.01)).toBe('0.0');
  });

  it('writes intervals and p-values', () => {
    expect(formatInterval('en', 'nps', { low: -18.44, high: 78.44 })).toBe('-18.4–78.4');
    expect(formatPValue('en', 0.0213)).toBe('0.021');
    expect(formatPValue('en', 0.00001)).toBe('< 0.001');
  });
});
