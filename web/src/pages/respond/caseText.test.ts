import { describe, expect, it } from 'vitest';
import { durationOf, durationText, timeLeftOf } from './caseText.js';

const words = (which: string, n: number) => `${n} ${which === 'days' ? 'd' : which === 'hours' ? 'h' : 'min'}`;

describe('durationOf', () => {
  it('keeps two units at most, the larger first', () => {
    expect(durationOf(3 * 3600 + 20 * 60 + 59)).toEqual({ days: 0, hours: 3, minutes: 20 });
    expect(durationOf(2 * 86400 + 3 * 3600 + 50 * 60)).toEqual({ days: 2, hours: 3, minutes: 0 });
    expect(durationOf(-7200)).toEqual({ days: 0, hours: 2, minutes: 0 });
    expect(durationOf(59)).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(durationOf(0)).toEqual({ days: 0, hours: 0, minutes: 1 });
  });
});

describe('durationText', () => {
  it('leaves out units that are zero', () => {
    expect(durationText(durationOf(12000), words)).toBe('3 h 20 min');
    expect(durationText(durationOf(-7200), words)).toBe('2 h');
    expect(durationText(durationOf(86400), words)).toBe('1 d');
    expect(durationText(durationOf(90000), words)).toBe('1 d 1 h');
    expect(durationText(durationOf(600), words)).toBe('10 min');
  });
});

describe('timeLeftOf', () => {
  const open = { status: 'in_progress' as const, slaPausedAt: null };
  it('says left or overdue while the clock runs', () => {
    expect(timeLeftOf({ ...open, timeLeftSeconds: 12000 })).toEqual({ kind: 'left', duration: { days: 0, hours: 3, minutes: 20 } });
    expect(timeLeftOf({ ...open, timeLeftSeconds: -7200 })).toEqual({ kind: 'overdue', duration: { days: 0, hours: 2, minutes: 0 } });
  });

  it('is paused while waiting for the customer, and nothing once finished', () => {
    expect(timeLeftOf({ status: 'waiting_for_customer', slaPausedAt: '2026-01-01T00:00:00Z', timeLeftSeconds: null })).toEqual({ kind: 'paused' });
    expect(timeLeftOf({ status: 'closed', slaPausedAt: null, timeLeftSeconds: null })).toEqual({ kind: 'none' });
    expect(timeLeftOf({ status: 'resolved', slaPausedAt: null, timeLeftSeconds: 100 })).toEqual({ kind: 'none' });
    expect(timeLeftOf({ ...open, timeLeftSeconds: null })).toEqual({ kind: 'none' });
  });
});
