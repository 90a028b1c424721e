import { describe, expect, it } from 'vitest';
import { defaultCasesQuery, figuresRange, isFiltered, listParams, readCasesQuery, readFiguresPeriod, writeCasesQuery, writeFiguresPeriod } from './casesQuery.js';

describe('cases query', () => {
  it('reads the default queue from an empty address', () => {
    expect(readCasesQuery('')).toEqual(defaultCasesQuery);
    expect(writeCasesQuery(defaultCasesQuery)).toBe('');
    expect(isFiltered(defaultCasesQuery)).toBe(false);
  });

  it('round-trips every filter', () => {
    const values = { view: 'mine' as const, status: 'waiting_for_customer' as const, priority: 'urgent' as const, teamId: 't-1', isBreached: true, q: '#42' };
    const search = writeCasesQuery(values);
    expect(search).toBe('?view=mine&status=waiting_for_customer&priority=urgent&team=t-1&breached=true&q=%2342');
    expect(readCasesQuery(search)).toEqual(values);
    expect(isFiltered(values)).toBe(true);
    expect(isFiltered({ ...defaultCasesQuery, view: 'team' })).toBe(false);
  });

  it('drops what it does not know', () => {
    expect(readCasesQuery('?view=others&status=lost&priority=meh&team=a%20b&breached=yes')).toEqual(defaultCasesQuery);
  });

  it('asks the server for what the queue shows', () => {
    expect(listParams(defaultCasesQuery)).toEqual({ view: 'all', status: ['open'] });
    expect(listParams({ ...defaultCasesQuery, status: 'any' })).toEqual({ view: 'all' });
    expect(listParams({ view: 'team', status: 'closed', priority: 'high', teamId: 't', isBreached: true, q: ' late ' })).toEqual({ view: 'team', status: ['closed'], priority: ['high'], teamId: 't', breached: true, q: 'late' });
  });
});

describe('figures period', () => {
  it('defaults to the last 30 days and reads the others', () => {
    expect(readFiguresPeriod('')).toBe('last30');
    expect(readFiguresPeriod('?period=last7')).toBe('last7');
    expect(readFiguresPeriod('?period=forever')).toBe('last30');
    expect(writeFiguresPeriod('last30')).toBe('');
    expect(writeFiguresPeriod('last90')).toBe('?period=last90');
  });

  it('counts the days back from now', () => {
    expect(figuresRange('last7', new Date('2026-03-10T12:00:00Z'))).toEqual({ from: '2026-03-03T12:00:00.000Z', to: '2026-03-10T12:00:00.000Z' });
  });
});
