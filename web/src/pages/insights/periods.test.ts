import { describe, expect, it } from 'vitest';
import { addDays, dayStartIn, daysBetween, formatDay, isDay, periodOf, periodProblem, todayIn } from './periods.js';

describe('periodOf', () => {
  const today = '2026-11-23';

  it('counts the last days including today', () => {
    expect(periodOf('last7', today)).toEqual({ from: '2026-11-17', to: today });
    expect(periodOf('last30', today)).toEqual({ from: '2026-10-25', to: today });
    expect(periodOf('last90', today)).toEqual({ from: '2026-08-26', to: today });
    expect(daysBetween(periodOf('last90', today)!.from, today)).toBe(90);
  });

  it('knows quarters and years, across the turn of the year', () => {
    expect(periodOf('thisQuarter', today)).toEqual({ from: '2026-10-01', to: today });
    expect(periodOf('lastQuarter', today)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodOf('lastQuarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(periodOf('thisQuarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodOf('lastQuarter', '2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodOf('thisYear', today)).toEqual({ from: '2026-01-01', to: today });
    expect(periodOf('custom', today)).toBeNull();
  });

  it('crosses month ends and leap days', () => {
    expect(periodOf('last7', '2028-03-02')).toEqual({ from: '2028-02-25', to: '2028-03-02' });
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('periodProblem', () => {
  it('accepts a period in order and at most three years long', () => {
    expect(periodProblem({ from: '2026-01-01', to: '2026-01-01' })).toBeNull();
    expect(periodProblem({ from: '', to: '2026-01-01' })).toBe('missing');
    expect(periodProblem({ from: '2026-02-30', to: '2026-03-01' })).toBe('missing');
    expect(periodProblem({ from: '2026-02-01', to: '2026-01-01' })).toBe('order');
    expect(periodProblem({ from: '2020-01-01', to: '2026-01-01' })).toBe('tooLong');
  });

  it('reads only real days', () => {
    expect(isDay('2026-11-23')).toBe(true);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('23.11.2026')).toBe(false);
  });
});

describe('time zones', () => {
  it("takes today from the workspace's zone, not the browser's", () => {
    const instant = new Date('2026-11-22T23:30:00Z');
    expect(todayIn('Europe/Helsinki', instant)).toBe('2026-11-23');
    expect(todayIn('America/New_York', instant)).toBe('2026-11-22');
    expect(todayIn('Not/AZone', instant)).toBe('2026-11-22');
  });

  it('finds the instant a day begins, in summer and winter time', () => {
    expect(dayStartIn('2026-06-01', 'Europe/Helsinki')).toBe('2026-05-31T21:00:00.000Z');
    expect(dayStartIn('2026-01-15', 'Europe/Helsinki')).toBe('2026-01-14T22:00:00.000Z');
    expect(dayStartIn('2026-03-29', 'Europe/Helsinki')).toBe('2026-03-28T22:00:00.000Z');
    expect(dayStartIn('2026-11-01', 'America/Los_Angeles')).toBe('2026-11-01T07:00:00.000Z');
    expect(dayStartIn('2026-06-01', 'UTC')).toBe('2026-06-01T00:00:00.000Z');
    expect(dayStartIn('2026-06-01', 'Not/AZone')).toBe('2026-06-01T00:00:00.000Z');
  });
});

describe('formatDay', () => {
  it('writes a day in the locale without shifting it', () => {
    expect(formatDay('en-GB', '2026-11-23')).toBe('23 Nov 2026');
    expect(formatDay('fi', '2026-11-23', { day: 'numeric', month: 'numeric' })).toBe('23.11.');
    expect(formatDay('en', 'nonsense')).toBe('nonsense');
  });
});
