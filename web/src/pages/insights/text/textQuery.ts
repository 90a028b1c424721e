import type { TextParams } from '../../../api/textInsights.js';
import { defaultQuery, intervalFor, matching, periodParams, readInsightsQuery, splitFilter, surveyPageQuery, writeInsightsQuery } from '../insightsQuery.js';
import type { InsightsQuery } from '../insightsQuery.js';
import type { Period } from '../periods.js';

/**
 * The text views keep their state in the address like the rest of Insights: the period, trend
 * interval, surveys, breakdown filter, sentiment, intent, topic and language as the overview writes
 * them, and beside them what only comments have: a found phrase and words, plus how complaints are
 * grouped and which contact attribute values feature requests.
 * `?period=last90&sentiment=negative&topic=…&by=hidden.store&value=contact.revenue`
 */

export interface TextQuery extends InsightsQuery {
  /** A found phrase's key. */
  phrase: string;
  /** Words the comments contain. */
  q: string;
  /** What complaints are counted per: survey, channel, language, contact.<attribute> or hidden.<field>. */
  by: string;
  /** The numeric contact attribute that values feature requests, or empty. */
  value: string;
}

export const defaultTextQuery: TextQuery = { ...defaultQuery, phrase: '', q: '', by: 'survey', value: '' };

export const productPattern = /^(survey|channel|language|(contact|hidden)\.[A-Za-z][\w.-]{0,63})$/;
export const valuePattern = /^contact\.[A-Za-z][\w.-]{0,63}$/;

/** Comments carry no answers to choice questions: such a filter (from a metric dashboard's address) does not apply to them. */
export const commentsFilter = (filter: string): string => (splitFilter(filter)?.dimension.startsWith('answer.') ? '' : filter);

export function readTextQuery(search: string): TextQuery {
  const shared = readInsightsQuery(search);
  const query = new URLSearchParams(search);
  return {
    ...shared,
    metric: defaultQuery.metric,
    breakdown: '',
    filter: commentsFilter(shared.filter),
    phrase: (query.get('phrase') ?? '').slice(0, 200),
    q: (query.get('q') ?? '').trim().slice(0, 200),
    by: matching(query.get('by'), productPattern) || defaultTextQuery.by,
    value: matching(query.get('value'), valuePattern),
  };
}

/** The query string for a text view, defaults left out; '' for the default view. */
export function writeTextQuery(values: TextQuery): string {
  const query = new URLSearchParams(writeInsightsQuery({ ...values, metric: defaultQuery.metric, breakdown: '' }));
  for (const name of ['phrase', 'q', 'value'] as const) if (values[name]) query.set(name, values[name]);
  if (values.by && values.by !== defaultTextQuery.by) query.set('by', values.by);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export const textCodec = { read: readTextQuery, write: writeTextQuery };

/** The comments of a survey's dashboard: its period, filter (where comments have it) and comment filters, that survey only. */
export const surveyCommentsQuery = (values: InsightsQuery, surveyId: string): TextQuery => ({
  ...defaultTextQuery,
  ...surveyPageQuery(values),
  filter: commentsFilter(values.filter),
  surveys: [surveyId],
});

/** What the text API is asked for this view. */
export function textParams(values: TextQuery, period: Period): TextParams {
  return { ...periodParams(values, period), surveys: values.surveys, phrase: values.phrase || undefined, q: values.q || undefined };
}

export const overviewParams = (values: TextQuery, period: Period) => ({ ...textParams(values, period), interval: intervalFor(values.interval, period) });

/** The comment filters of a view (what narrows the comments, not how the dashboard is laid out). */
export const commentFilterNames = ['surveys', 'filter', 'sentiment', 'intent', 'topic', 'phrase', 'lang', 'q'] as const;

/** Whether the view narrows the comments beyond the period. */
export const isNarrowed = (values: TextQuery): boolean => commentFilterNames.some((name) => (name === 'surveys' ? values.surveys.length > 0 : values[name] !== ''));

/**
 * The search of the comments behind a number: the view's filters with the number's own on top
 * (a topic, a sentiment…), so a count and the comments it links to always agree.
 */
export function drillDown(values: TextQuery, changes: Partial<TextQuery>): string {
  return writeTextQuery({ ...values, ...changes });
}

/** The filters a complaint count stands for: its survey, its language, or a breakdown value. */
export function productFilter(by: string, product: string): Partial<TextQuery> {
  if (by === 'survey') return { surveys: [product] };
  if (by === 'language') return { lang: product };
  return { filter: `${by}:${product}` };
}
