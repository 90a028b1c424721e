import type { Case } from '../../api/cases.js';

/**
 * How much time a case has left, in words a person reads at a glance ("3 h 20 min left",
 * "2 h overdue", "paused"). Pure: the words come in as a function, so it is unit tested.
 */

export interface Duration {
  days: number;
  hours: number;
  minutes: number;
}

export type TimeLeft = { kind: 'left' | 'overdue'; duration: Duration } | { kind: 'paused' } | { kind: 'none' };

/** Two units at most, the larger first: 2 d 3 h, 3 h 20 min, 45 min; never less than a minute. */
export function durationOf(seconds: number): Duration {
  const minutes = Math.max(1, Math.floor(Math.abs(seconds) / 60));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return { days, hours, minutes: 0 };
  return { days: 0, hours, minutes: minutes % 60 };
}

export function timeLeftOf(item: Pick<Case, 'status' | 'timeLeftSeconds' | 'slaPausedAt'>): TimeLeft {
  if (item.status === 'closed' || item.status === 'resolved') return { kind: 'none' };
  if (item.slaPausedAt || item.status === 'waiting_for_customer') return { kind: 'paused' };
  if (item.timeLeftSeconds === null) return { kind: 'none' };
  return { kind: item.timeLeftSeconds < 0 ? 'overdue' : 'left', duration: durationOf(item.timeLeftSeconds) };
}

export type DurationUnit = 'days' | 'hours' | 'minutes';

/** "3 h 20 min": each non-zero unit in the reader's words, joined by a space. */
export function durationText(duration: Duration, unit: (which: DurationUnit, n: number) => string): string {
  const parts: string[] = [];
  if (duration.days) parts.push(unit('days', duration.days));
  if (duration.hours) parts.push(unit('hours', duration.hours));
  if (duration.minutes || parts.length === 0) parts.push(unit('minutes', duration.minutes));
  return parts.join(' ');
}

/** The customer as the queue names them: the name, else the email; null without a contact. */
export function contactName(contact: Case['contact']): string | null {
  return contact ? contact.name || contact.email || null : null;
}
