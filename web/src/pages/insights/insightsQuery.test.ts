import { describe, expect, it } from 'vitest';
import { canBreakDownBy, defaultQuery, intervalFor, metricParams, periodParams, readInsightsQuery, resolvePeriod, splitFilter, surveyPageQuery, withBreakdown, withFilter, writeInsightsQuery } from './insightsQuery.js';
import type { InsightsQuery } from './insightsQuery.js';

const view = (changes: Partial<InsightsQuery>): InsightsQuery => ({ ...defaultQuery, ...changes });
const topic = '0b9d6a52-3f1e-4c1a-9a57-2d1c8e7f4a10';

describe('the address of an Insights view', () => {
  it('leaves the defaults out, so the plain room address is the default view', () => {
    expect(writeInsightsQuery(defaultQuery)).toBe('');
    expect(readInsightsQuery('')).toEqual(defaultQuery);
  });

  it('round-trips every setting', () => {
    const values = view({ metric: 'csat', period: 'custom', from: '2026-01-01', to: '2026-03-31', interval: 'month', surveys: ['a1', 'b2'], filter: 'contact.plan:pro plus', breakdown: 'contact.plan', isTable: true });
    const search = writeInsightsQuery(values);
    expect(search).toBe('?metric=csat&period=custom&from=2026-01-01&to=2026-03-31&interval=month&survey=a1&survey=b2&filter=contact.plan%3Apro+plus&breakdown=contact.plan&view=table');
    expect(readInsightsQuery(search)).toEqual(values);
  });

  it('round-trips what the comments say, beside a filter and a breakdown', () => {
    const values = view({ metric: 'ces', filter: 'channel:widget', breakdown: 'channel', sentiment: 'negative', intent: 'complaint', topic, lang: 'fi' });
    const search = writeInsightsQuery(values);
    expect(search).toBe(`?metric=ces&filter=channel%3Awidget&sentiment=negative&intent=complaint&topic=${topic}&lang=fi&breakdown=channel`);
    expect(readInsightsQuery(search)).toEqual(values);
    expect(readInsightsQuery('?sentiment=not_analysed')).toEqual(view({ sentiment: 'not_analysed' }));
  });

  it('drops comment filters the server would refuse', () => {
    expect(readInsightsQuery('?sentiment=angry&intent=rant&topic=delivery&lang=Finnish')).toEqual(defaultQuery);
    expect(readInsightsQuery('?lang=fin&topic=' + topic.toUpperCase())).toMatchObject({ lang: 'fin', topic: topic.toUpperCase() });
    expect(readInsightsQuery('?lang=f')).toMatchObject({ lang: '' });
  });

  it('keeps a filter value that has colons of its own', () => {
    expect(readInsightsQuery('?filter=hidden.url:https://x.fi').filter).toBe('hidden.url:https://x.fi');
    expect(splitFilter('hidden.url:https://x.fi')).toEqual({ dimension: 'hidden.url', value: 'https://x.fi' });
  });

  it('drops what it does not understand', () => {
    const read = readInsightsQuery('?metric=xyz&period=forever&interval=hour&filter=nope&breakdown=contact.&survey=%3Cscript%3E&view=pie');
    expect(read).toEqual(defaultQuery);
    expect(readInsightsQuery('?filter=channel:').filter).toBe('');
  });

  it('lets the filter win over a breakdown of another dimension', () => {
    expect(readInsightsQuery('?filter=language:fi&breakdown=channel')).toMatchObject({ filter: 'language:fi', breakdown: '' });
    expect(readInsightsQuery('?filter=language:fi&breakdown=language')).toMatchObject({ filter: 'language:fi', breakdown: 'language' });
  });

  it('reads bare days as a custom period and ignores days next to a preset', () => {
    expect(readInsightsQuery('?from=2026-01-01&to=2026-01-31')).toMatchObject({ period: 'custom', from: '2026-01-01', to: '2026-01-31' });
    expect(readInsightsQuery('?period=last7&from=2026-01-01&to=2026-01-31')).toMatchObject({ period: 'last7', from: '', to: '' });
    expect(writeInsightsQuery(view({ period: 'last7', from: '2026-01-01' }))).toBe('?period=last7');
  });

  it('keeps only the period, the filter and the comment filters for a survey page', () => {
    const values = view({ metric: 'ces', period: 'thisYear', surveys: ['a'], filter: 'language:fi', breakdown: 'language', isTable: true });
    expect(writeInsightsQuery(surveyPageQuery(values))).toBe('?period=thisYear&filter=language%3Afi');
    const search = writeInsightsQuery(surveyPageQuery({ ...values, sentiment: 'positive', intent: 'praise', topic, lang: 'pl' }));
    expect(search).toBe(`?period=thisYear&filter=language%3Afi&sentiment=positive&intent=praise&topic=${topic}&lang=pl`);
    expect(readInsightsQuery(search)).toEqual(view({ period: 'thisYear', filter: 'language:fi', sentiment: 'positive', intent: 'praise', topic, lang: 'pl' }));
  });
});

describe('filters and breakdowns', () => {
  it('lets a breakdown go when a filter on another dimension is chosen, and the other way round', () => {
    expect(withFilter(view({ breakdown: 'channel' }), 'language:fi')).toMatchObject({ filter: 'language:fi', breakdown: '' });
    expect(withFilter(view({ breakdown: 'language' }), 'language:fi')).toMatchObject({ filter: 'language:fi', breakdown: 'language' });
    expect(withFilter(view({ breakdown: 'channel', filter: 'language:fi' }), '')).toMatchObject({ filter: '', breakdown: 'channel' });
    expect(withBreakdown(view({ filter: 'language:fi' }), 'channel')).toMatchObject({ filter: '', breakdown: 'channel' });
    expect(withBreakdown(view({ filter: 'language:fi' }), 'language')).toMatchObject({ filter: 'language:fi', breakdown: 'language' });
    expect(canBreakDownBy('language:fi', 'channel')).toBe(false);
    expect(canBreakDownBy('', 'channel')).toBe(true);
  });

  it('never asks the server for a breakdown the filter rules out', () => {
    const period = { from: '2026-01-01', to: '2026-01-31' };
    expect(metricParams(view({ filter: 'language:fi', breakdown: 'channel' }), period, true).breakdown).toBeUndefined();
    expect(metricParams(view({ breakdown: 'channel' }), period, true)).toEqual({ from: '2026-01-01', to: '2026-01-31', filter: undefined, interval: 'week', surveys: [], breakdown: 'channel' });
    expect(metricParams(view({ breakdown: 'channel' }), period, false).breakdown).toBeUndefined();
  });

  it('asks the server for the comment filters, empty ones left out', () => {
    const period = { from: '2026-01-01', to: '2026-01-31' };
    expect(periodParams(view({ sentiment: 'negative', lang: 'fi' }), period)).toStrictEqual({ from: '2026-01-01', to: '2026-01-31', filter: undefined, sentiment: 'negative', intent: undefined, topic: undefined, lang: 'fi' });
    expect(metricParams(view({ intent: 'question', topic, filter: 'language:fi', breakdown: 'language' }), period, true)).toMatchObject({ intent: 'question', topic, filter: 'language:fi', breakdown: 'language' });
  });
});

describe('resolvePeriod and intervalFor', () => {
  it('turns presets into days and refuses a broken custom period', () => {
    expect(resolvePeriod(view({ period: 'last7' }), '2026-11-23')).toEqual({ from: '2026-11-17', to: '2026-11-23' });
    expect(resolvePeriod(view({ period: 'custom', from: '2026-02-01', to: '2026-01-01' }), '2026-11-23')).toBeNull();
    expect(resolvePeriod(view({ period: 'custom', from: '2026-01-01', to: '' }), '2026-11-23')).toBeNull();
  });

  it('asks for days only up to a year', () => {
    expect(intervalFor('day', { from: '2026-01-01', to: '2026-12-31' })).toBe('day');
    expect(intervalFor('day', { from: '2024-01-01', to: '2026-12-31' })).toBe('week');
    expect(intervalFor('month', { from: '2024-01-01', to: '2026-12-31' })).toBe('month');
  });
});
