import { describe, expect, it } from 'vitest';
import { defaultQuery } from '../insightsQuery.js';
import { defaultTextQuery, drillDown, isNarrowed, overviewParams, productFilter, readTextQuery, surveyCommentsQuery, textParams, writeTextQuery } from './textQuery.js';

const topic = '0b9d6a52-3f1e-4c1a-9a57-2d1c8e7f4a10';

describe('the text views in the address', () => {
  it('reads the shared view and the text filters, and writes them back, defaults left out', () => {
    const search = `?period=last90&survey=s1&filter=contact.plan%3Apro&sentiment=negative&intent=complaint&topic=${topic}&phrase=dark+mode&lang=fi&q=hidas&by=hidden.store&value=contact.revenue`;
    const query = readTextQuery(search);
    expect(query).toMatchObject({ period: 'last90', surveys: ['s1'], filter: 'contact.plan:pro', sentiment: 'negative', intent: 'complaint', topic, phrase: 'dark mode', lang: 'fi', q: 'hidas', by: 'hidden.store', value: 'contact.revenue' });
    expect(readTextQuery(writeTextQuery(query))).toEqual(query);
    expect(writeTextQuery(defaultTextQuery)).toBe('');
    expect(readTextQuery('')).toEqual(defaultTextQuery);
  });

  it('drops what the text API would refuse', () => {
    const query = readTextQuery('?sentiment=angry&intent=rant&lang=Finnish&by=answer.q1&value=revenue&filter=answer.q1%3Ayes&metric=csat&breakdown=channel&topic=a%20b');
    expect(query).toEqual(defaultTextQuery);
  });

  it('keeps the trend table and interval, and never writes the overview’s metric or breakdown', () => {
    expect(writeTextQuery({ ...defaultTextQuery, isTable: true, interval: 'month', metric: 'csat', breakdown: 'channel' })).toBe('?interval=month&view=table');
  });

  it('asks the API for the view’s comments, empty filters left out', () => {
    const period = { from: '2026-01-01', to: '2026-03-31' };
    expect(textParams({ ...defaultTextQuery, sentiment: 'positive', surveys: ['s1'] }, period)).toEqual({ from: '2026-01-01', to: '2026-03-31', surveys: ['s1'], filter: undefined, sentiment: 'positive', intent: undefined, topic: undefined, phrase: undefined, lang: undefined, q: undefined });
    // A daily trend over more than a year falls back to weeks.
    expect(overviewParams({ ...defaultTextQuery, interval: 'day' }, { from: '2024-01-01', to: '2026-01-01' }).interval).toBe('week');
  });

  it('links a number to its comments: the view’s filters with the number’s own on top', () => {
    const view = readTextQuery('?period=last7&sentiment=negative&by=channel');
    expect(drillDown(view, { topic })).toBe(`?period=last7&sentiment=negative&topic=${topic}&by=channel`);
    expect(drillDown(view, { sentiment: 'positive' })).toBe('?period=last7&sentiment=positive&by=channel');
    expect(isNarrowed(view)).toBe(true);
    expect(isNarrowed({ ...defaultTextQuery, period: 'last7', by: 'channel' })).toBe(false);
  });

  it('filters a complaint count by its survey, its language or its breakdown value', () => {
    expect(productFilter('survey', 's1')).toEqual({ surveys: ['s1'] });
    expect(productFilter('language', 'fi')).toEqual({ lang: 'fi' });
    expect(productFilter('hidden.store', 'Helsinki')).toEqual({ filter: 'hidden.store:Helsinki' });
  });

  it('reads a survey dashboard’s comments: its period, filter and comment filters, that survey only', () => {
    const dashboard = { ...defaultQuery, metric: 'csat' as const, period: 'last7' as const, surveys: ['other'], filter: 'channel:widget', breakdown: 'channel', sentiment: 'negative' as const, lang: 'fi' };
    const query = surveyCommentsQuery(dashboard, 's1');
    expect(writeTextQuery(query)).toBe('?period=last7&survey=s1&filter=channel%3Awidget&sentiment=negative&lang=fi');
    expect(readTextQuery(writeTextQuery(query))).toEqual(query);
    // Comments carry no answers to choice questions: such a filter is left out.
    expect(surveyCommentsQuery({ ...dashboard, filter: 'answer.plan:pro' }, 's1').filter).toBe('');
  });
});
