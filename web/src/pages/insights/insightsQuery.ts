import { intervals, metrics } from '../../api/insights.js';
import type { Interval, Metric, MetricParams, PeriodParams } from '../../api/insights.js';
import { commentParamNames, intentNames, sentimentFilters } from '../../api/textInsights.js';
import type { LiveChange } from './LiveFeed.js';
import type { IntentName, SentimentFilter } from '../../api/textInsights.js';
import { daysBetween, isDay, maxDailyDays, periodOf, periodPresets, periodProblem } from './periods.js';
import type { Period, PeriodPreset } from './periods.js';

/**
 * The Insights room keeps everything it shows in the address: the metric, the period, the trend's
 * interval, the surveys, one filter, what the comments say and one breakdown, so a view can be
 * bookmarked, shared and reached again with the back button.
 * `?metric=csat&period=custom&from=2026-01-01&to=2026-03-31&survey=a&survey=b&filter=channel:widget&sentiment=negative`
 */

export interface InsightsQuery {
  metric: Metric;
  period: PeriodPreset;
  /** Only for a custom period; a preset's days follow today. */
  from: string;
  to: string;
  interval: Interval;
  surveys: string[];
  /** `dimension:value`, or empty. */
  filter: string;
  /** What the comments say: only responses (or comments) with a comment that matches all of these count. */
  sentiment: SentimentFilter | '';
  intent: IntentName | '';
  /** A topic's id. */
  topic: string;
  /** A comment's language code. */
  lang: string;
  /** A dimension, or empty. */
  breakdown: string;
  /** The trend as a table rather than a chart. */
  isTable: boolean;
}

export const defaultQuery: InsightsQuery = { metric: 'nps', period: 'last30', from: '', to: '', interval: 'week', surveys: [], filter: '', sentiment: '', intent: '', topic: '', lang: '', breakdown: '', isTable: false };

const dimensionPattern = /^(channel|language|(contact|hidden|answer)\.[A-Za-z][\w.-]{0,63})$/;
export const isDimension = (value: string): boolean => dimensionPattern.test(value);

/** `channel:widget` → { dimension: 'channel', value: 'widget' }; null for anything else. */
export function splitFilter(filter: string): { dimension: string; value: string } | null {
  const at = filter.indexOf(':');
  if (at < 1 || at === filter.length - 1) return null;
  const dimension = filter.slice(0, at);
  return isDimension(dimension) ? { dimension, value: filter.slice(at + 1) } : null;
}

const oneOf = <T extends string, F extends string = T>(values: readonly T[], value: string | null, fallback: F): T | F => ((values as readonly string[]).includes(value ?? '') ? (value as T) : fallback);
const topicPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const langPattern = /^[a-z]{2,3}$/;
/** The value when it is short enough and fits the pattern, else empty. */
export const matching = (value: string | null, pattern: RegExp, max = 200): string => (value && value.length <= max && pattern.test(value) ? value : '');

export function readInsightsQuery(search: string): InsightsQuery {
  const query = new URLSearchParams(search);
  const filterText = query.get('filter') ?? '';
  const filter = filterText.length <= 300 && splitFilter(filterText) ? filterText : '';
  const breakdownText = query.get('breakdown') ?? '';
  // A hand-written address may ask for both on different dimensions: the filter wins, as the server would refuse the pair.
  const breakdown = isDimension(breakdownText) && canBreakDownBy(filter, breakdownText) ? breakdownText : '';
  const from = query.get('from');
  const to = query.get('to');
  // Days without a period name are a custom period, as a hand-written address would mean them.
  const period = oneOf(periodPresets, query.get('period'), isDay(from) && isDay(to) ? 'custom' : defaultQuery.period);
  return {
    metric: oneOf(metrics, query.get('metric'), defaultQuery.metric),
    period,
    from: period === 'custom' && isDay(from) ? from : '',
    to: period === 'custom' && isDay(to) ? to : '',
    interval: oneOf(intervals, query.get('interval'), defaultQuery.interval),
    surveys: [...new Set(query.getAll('survey').filter((id) => /^[\w-]{1,64}$/.test(id)))].slice(0, 100),
    filter,
    sentiment: oneOf(sentimentFilters, query.get('sentiment'), ''),
    intent: oneOf(intentNames, query.get('intent'), ''),
    topic: matching(query.get('topic'), topicPattern),
    lang: matching(query.get('lang'), langPattern),
    breakdown,
    isTable: query.get('view') === 'table',
  };
}

/** The query string for a view, defaults left out; '' for the default view. */
export function writeInsightsQuery(values: InsightsQuery): string {
  const query = new URLSearchParams();
  if (values.metric !== defaultQuery.metric) query.set('metric', values.metric);
  if (values.period !== defaultQuery.period) query.set('period', values.period);
  if (values.period === 'custom') {
    if (values.from) query.set('from', values.from);
    if (values.to) query.set('to', values.to);
  }
  if (values.interval !== defaultQuery.interval) query.set('interval', values.interval);
  for (const survey of values.surveys) query.append('survey', survey);
  if (values.filter) query.set('filter', values.filter);
  for (const name of commentParamNames) if (values[name]) query.set(name, values[name]);
  if (values.breakdown) query.set('breakdown', values.breakdown);
  if (values.isTable) query.set('view', 'table');
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Only what a survey's page keeps: the period, the filter and what the comments say. */
export const surveyPageQuery = ({ period, from, to, filter, sentiment, intent, topic, lang }: InsightsQuery): InsightsQuery => ({ ...defaultQuery, period, from, to, filter, sentiment, intent, topic, lang });

/**
 * Rollups keep one breakdown at a time: with a filter, only the filter's own dimension can be broken
 * down. Choosing a filter on another dimension lets the breakdown go, and the other way round.
 */
export function withFilter(values: InsightsQuery, filter: string): InsightsQuery {
  const dimension = splitFilter(filter)?.dimension;
  return { ...values, filter, breakdown: dimension && values.breakdown && values.breakdown !== dimension ? '' : values.breakdown };
}

export function withBreakdown(values: InsightsQuery, breakdown: string): InsightsQuery {
  const dimension = splitFilter(values.filter)?.dimension;
  return { ...values, breakdown, filter: dimension && breakdown && breakdown !== dimension ? '' : values.filter };
}

/** Whether the breakdown select may offer a dimension while this filter is on. */
export const canBreakDownBy = (filter: string, dimension: string): boolean => {
  const filtered = splitFilter(filter)?.dimension;
  return !filtered || filtered === dimension;
};

/** The days the view covers given today, or null while a custom period is incomplete or wrong. */
export function resolvePeriod(values: InsightsQuery, today: string): Period | null {
  if (values.period !== 'custom') return periodOf(values.period, today);
  const period = { from: values.from, to: values.to };
  return periodProblem(period) ? null : period;
}

/** A daily trend only for a year at most; longer periods fall back to weeks. */
export function intervalFor(interval: Interval, period: Period): Interval {
  return interval === 'day' && daysBetween(period.from, period.to) > maxDailyDays ? 'week' : interval;
}

/** What the view's numbers change with: under a comment filter, comments as they are analysed (seconds after their response). */
export const liveChangeOf = (values: InsightsQuery): LiveChange => (commentParamNames.some((name) => values[name]) ? 'comments' : 'responses');

export function periodParams(values: InsightsQuery, period: Period): PeriodParams {
  return {
    from: period.from,
    to: period.to,
    filter: values.filter || undefined,
    sentiment: values.sentiment || undefined,
    intent: values.intent || undefined,
    topic: values.topic || undefined,
    lang: values.lang || undefined,
  };
}

/** What the metric endpoint is asked, never a breakdown the filter rules out. */
export function metricParams(values: InsightsQuery, period: Period, withBreakdownOf: boolean): MetricParams {
  const breakdown = withBreakdownOf && values.breakdown && canBreakDownBy(values.filter, values.breakdown) ? values.breakdown : undefined;
  return { ...periodParams(values, period), interval: intervalFor(values.interval, period), surveys: values.surveys, breakdown };
}
