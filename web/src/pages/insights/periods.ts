/**
 * Periods of the Insights room as whole days (YYYY-MM-DD) in the workspace's time zone, the way the
 * server's rollups count them. Pure: "today" is passed in, so every preset is unit tested.
 */

export const periodPresets = ['last7', 'last30', 'last90', 'thisQuarter', 'lastQuarter', 'thisYear', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export interface Period {
  from: string;
  to: string;
}

/** The server reads at most this many days at once, and a daily trend only up to a year. */
export const maxPeriodDays = 3 * 366;
export const maxDailyDays = 366;

const msPerDay = 86_400_000;
const toUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const isDay = (value: string | null | undefined): value is string =>
  !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && Number.isFinite(toUtc(value)) && fromUtc(toUtc(value)) === value;

export const addDays = (day: string, days: number): string => fromUtc(toUtc(day) + days * msPerDay);

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / msPerDay) + 1;

/** Today's date where the workspace is, e.g. '2026-11-23' in Europe/Helsinki while it is still the 22nd in New York. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

function quarterStart(day: string, quartersBack = 0): string {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) - quartersBack;
  const y = year + Math.floor(quarter / 4);
  const q = ((quarter % 4) + 4) % 4;
  return `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * The days a preset covers, ending today (or with the last whole quarter). 'custom' has no days of
 * its own and answers null.
 * @example periodOf('lastQuarter', '2026-02-10') // { from: '2025-10-01', to: '2025-12-31' }
 */
export function periodOf(preset: PeriodPreset, today: string): Period | null {
  switch (preset) {
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'last90':
      return { from: addDays(today, -89), to: today };
    case 'thisQuarter':
      return { from: quarterStart(today), to: today };
    case 'lastQuarter':
      return { from: quarterStart(today, 1), to: addDays(quarterStart(today), -1) };
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'custom':
      return null;
  }
}

export type PeriodProblem = 'missing' | 'order' | 'tooLong';

/** Why a custom period cannot be asked for, or null when it can. */
export function periodProblem(period: { from: string; to: string }): PeriodProblem | null {
  if (!isDay(period.from) || !isDay(period.to)) return 'missing';
  if (period.from > period.to) return 'order';
  if (daysBetween(period.from, period.to) > maxPeriodDays) return 'tooLong';
  return null;
}

export { dayStartIn } from '../../../../src/engine/days.js';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day as the reader writes it ("23 Nov 2026", "23.11.2026"), never shifted by the browser's time zone. */
export function formatDay(locale: string, day: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dayFormats.get(key);
  if (!format) dayFormats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return isDay(day) ? format.format(toUtc(day)) : day;
}
