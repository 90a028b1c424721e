import { describe, expect, it } from 'vitest';
import { readFilters, toApiFilters, writeFilters } from './responseFilters.js';
import { fromLocalInput, readSettings, settingsValues, toLocalInput } from './settings.js';

describe('response filters in the address', () => {
  it('round-trips through the query string and drops what it does not know', () => {
    const values = readFilters('?state=complete&channel=qr&language=fi&from=2026-11-01&to=2026-11-30&answer=nps%3A9&extra=1');
    expect(values).toEqual({ state: 'complete', channel: 'qr', language: 'fi', from: '2026-11-01', to: '2026-11-30', answer: 'nps:9' });
    expect(readFilters(writeFilters(values))).toEqual(values);
    expect(readFilters('?state=deleted&channel=fax&language=<b>&from=yesterday')).toEqual({ state: '', channel: '', language: '', from: '', to: '', answer: '' });
    expect(writeFilters(readFilters(''))).toBe('');
  });

  it('asks the API for whole days', () => {
    const api = toApiFilters(readFilters('?from=2026-11-01&to=2026-11-01'));
    expect(new Date(api.to!).getTime() - new Date(api.from!).getTime()).toBe(24 * 3600 * 1000 - 1);
    expect(api.state).toBeUndefined();
    expect(toApiFilters(readFilters('?answer=comment%3Alate%20delivery')).answer).toBe('comment:late delivery');
    expect(readFilters('?answer=<script>').answer).toBe('');
  });
});

describe('survey settings form', () => {
  it('shows instants in local time and sends them back unchanged', () => {
    const iso = new Date(2026, 11, 1, 9, 30).toISOString();
    expect(toLocalInput(iso)).toBe('2026-12-01T09:30');
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });

  it('builds the settings and names what is wrong', () => {
    const values = settingsValues({ opensAt: null, closesAt: null, responseLimit: null, isAnonymous: true, minSecondsToAnswer: 2 });
    expect(readSettings(values)).toEqual({ settings: { opensAt: null, closesAt: null, responseLimit: null, isAnonymous: true, minSecondsToAnswer: 2 }, problems: {} });
    const wrong = readSettings({ ...values, opensAt: '2026-12-02T00:00', closesAt: '2026-12-01T00:00', responseLimit: '0', minSecondsToAnswer: '99' });
    expect(wrong.problems).toEqual({ closesAt: 'closesBeforeOpens', responseLimit: 'wholeNumber', minSecondsToAnswer: 'secondsRange' });
    expect(readSettings({ ...values, responseLimit: '250' }).settings.responseLimit).toBe(250);
  });
});
