import { intentNames, sentimentFilters } from '../../../api/textInsights.js';
import type { IntentName, SentimentFilter, TextParams } from '../../../api/textInsights.js';
import { defaultQuery, intervalFor, readInsightsQuery, splitFilter, writeInsightsQuery } from '../insightsQuery.js';
import type { InsightsQuery } from '../insightsQuery.js';
import type { Period } from '../periods.js';

/**
 * The text views keep their state in the address like the rest of Insights: the period, trend
 * interval, surveys and breakdown filter as the overview writes them, and beside them what only
 * comments have: a sentiment, an intent, a topic, a found phrase, a language and words, plus how
 * complaints are grouped and which contact attribute values feature requests.
 * `?period=last90&sentiment=negative&topic=…&by=hidden.store&value=contact.revenue`
 */

export interface TextQuery extends InsightsQuery {
  sentiment: SentimentFilter | '';
  intent: IntentName | '';
  topic: string;
  /** A found phrase's key. */
  phrase: string;
  lang: string;
  /** Words the comments contain. */
  q: string;
  /** What complaints are counted per: survey, channel, language, contact.<attribute> or hidden.<field>. */
  by: string;
  /** The numeric contact attribute that values feature requests, or empty. */
  value: string;
}

export const defaultTextQuery: TextQuery = { ...defaultQuery, sentiment: '', intent: '', topic: '', phrase: '', lang: '', q: '', by: 'survey', value: '' };

export const productPattern = /^(survey|channel|language|(contact|hidden)\.[A-Za-z][\w.-]{0,63})$/;
export const valuePattern = /^contact\.[A-Za-z][\w.-]{0,63}$/;

const pick = <T extends string>(values: readonly T[], value: string | null): T | '' => ((values as readonly string[]).includes(value ?? '') ? (value as T) : '');
const matching = (value: string | null, pattern: RegExp, max = 200): string => (value && value.length <= max && pattern.test(value) ? value : '');

export function readTextQuery(search: string): TextQuery {
  const shared = readInsightsQuery(search);
  const query = new URLSearchParams(search);
  // Comments carry no answers to choice questions: such a filter (from the overview's address) does not apply.
  const filter = splitFilter(shared.filter)?.dimension.startsWith('answer.') ? '' : shared.filter;
  return {
    ...shared,
    metric: defaultQuery.metric,
    breakdown: '',
    filter,
    sentiment: pick(sentimentFilters, query.get('sentiment')),
    intent: pick(intentNames, query.get('intent')),
    topic: matching(query.get('topic'), /^[\w-]{1,64}$/),
    phrase: (query.get('phrase') ?? '').slice(0, 200),
    lang: matching(query.get('lang'), /^[a-z]{2,3}$/),
    q: (query.get('q') ?? '').trim().slice(0, 200),
    by: matching(query.get('by'), productPattern) || defaultTextQuery.by,
    value: matching(query.get('value'), valuePattern),
  };
}

/** The query string for a text view, defaults left out; '' for the default view. */
export function writeTextQuery(values: TextQuery): string {
  const query = new URLSearchParams(writeInsightsQuery({ ...values, metric: defaultQuery.metric, breakdown: '' }));
  for (const name of ['sentiment', 'intent', 'topic', 'phrase', 'lang', 'q', 'value'] as const) if (values[name]) query.set(name, values[name]);
  if (values.by && values.by !== defaultTextQuery.by) query.set('by', values.by);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export const textCodec = { read: readTextQuery, write: writeTextQuery };

/** What the text API is asked for this view. */
export function textParams(values: TextQuery, period: Period): TextParams {
  return {
    from: period.from,
    to: period.to,
    surveys: values.surveys,
    filter: values.filter || undefined,
    sentiment: values.sentiment || undefined,
    intent: values.intent || undefined,
    topic: values.topic || undefined,
    phrase: values.phrase || undefined,
    lang: values.lang || undefined,
    q: values.q || undefined,
  };
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
