import { describe, expect, it } from 'vitest';
import { addDays, bucketOf, bucketsBetween, daysBetween, isDay, previousPeriod } from './periods.js';

describe('periods', () => {
  it('finds the period just before: the same whole months, or the same number of days', () => {
    expect(previousPeriod('2026-04-01', '2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod('2028-03-01', '2028-03-07')).toEqual({ from: '2028-02-23', to: '2028-02-29' });
    expect(previousPeriod('2026-11-10', '2026-11-23')).toEqual({ from: '2026-10-27', to: '2026-11-09' });
    expect(daysBetween('2026-11-23', '2026-11-23')).toBe(1);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('buckets days into ISO weeks (from Monday) and months, listing empty buckets too', () => {
    expect(bucketOf('2026-11-26', 'week')).toBe('2026-11-23');
    expect(bucketOf('2026-11-23', 'week')).toBe('2026-11-23');
    expect(bucketOf('2026-11-29', 'week')).toBe('2026-11-23');
    expect(bucketOf('2026-11-29', 'month')).toBe('2026-11-01');
    expect(bucketsBetween('2026-11-20', '2026-12-08', 'week')).toEqual(['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07']);
    expect(bucketsBetween('2026-11-20', '2027-01-02', 'month')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
    expect(bucketsBetween('2026-11-20', '2026-11-22', 'day')).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
  });

  it('accepts only real days', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-2-28')).toBe(false);
  });
});
