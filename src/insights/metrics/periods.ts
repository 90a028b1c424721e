/**
 * Calendar arithmetic on days written as YYYY-MM-DD (the rollups' days, already in the workspace's
 * time zone), so no time zone enters here: periods, the period before, and trend buckets.
 */

export type Interval = 'day' | 'week' | 'month';

const msPerDay = 86_400_000;
const toUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => fromUtc(toUtc(day) + days * msPerDay);

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / msPerDay) + 1;

/**
 * The period just before, to compare with: whole calendar months give the same number of months
 * before (a quarter, the quarter before), any other period the same number of days before.
 * @example previousPeriod('2026-04-01', '2026-06-30') // { from: '2026-01-01', to: '2026-03-31' }
 * @example previousPeriod('2026-11-10', '2026-11-23') // { from: '2026-10-27', to: '2026-11-09' }
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  if (from.endsWith('-01') && addDays(to, 1).endsWith('-01')) {
    const months = monthIndex(to) - monthIndex(from) + 1;
    return { from: monthStart(monthIndex(from) - months), to: addDays(from, -1) };
  }
  const length = daysBetween(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

const monthIndex = (day: string): number => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const monthStart = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;

/**
 * The first day of the trend bucket a day falls in: itself, the Monday of its ISO week, or the
 * first of its month.
 * @example bucketOf('2026-11-26', 'week') // '2026-11-23'
 */
export function bucketOf(day: string, interval: Interval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(toUtc(day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** Every bucket from the one holding `from` to the one holding `to`, so a trend shows empty buckets too. */
export function bucketsBetween(from: string, to: string, interval: Interval): string[] {
  const buckets: string[] = [];
  let bucket = bucketOf(from, interval);
  const last = bucketOf(to, interval);
  while (bucket <= last) {
    buckets.push(bucket);
    if (interval === 'day') bucket = addDays(bucket, 1);
    else if (interval === 'week') bucket = addDays(bucket, 7);
    else bucket = monthStart(monthIndex(bucket) + 1);
  }
  return buckets;
}

export const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && fromUtc(toUtc(value)) === value;
