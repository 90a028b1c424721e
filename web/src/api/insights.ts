import type { CesResult, CliResult, CsatResult, NpsResult, ScaleMeanResult } from '../../../src/engine/metrics/formulas.js';
import type { Metric } from '../../../src/engine/survey/scales.js';
import { api } from './client.js';
import { commentParamNames } from './textInsights.js';
import type { CommentParams } from './textInsights.js';

/** Calls of the Insights room: a metric across surveys, one survey's report, breakdown values, settings. */

export type { Metric };
export const metrics = ['nps', 'csat', 'ces', 'cli'] as const satisfies readonly Metric[];
export const intervals = ['day', 'week', 'month'] as const;
export type Interval = (typeof intervals)[number];

/** The engine's result for each metric, as the server sends it. */
export interface MetricResults {
  nps: NpsResult;
  csat: CsatResult;
  ces: CesResult;
  cli: CliResult;
}

/** One group's number: `result` is absent when there are too few answers to show it. */
export interface ShownValue<R = unknown> {
  n: number;
  /** Shown and not answered. */
  skipped: number;
  isTooFew: boolean;
  result?: R;
}

export interface PeriodChange {
  change: number | null;
  pValue: number | null;
  isSignificant: boolean;
}

export interface ResponseCounts {
  /** Null where starts are not known: under a segment filter or a comment filter. */
  started: number | null;
  completed: number;
  completionRate: number | null;
}

export interface MetricOverview<M extends Metric = Metric> {
  metric: M;
  from: string;
  to: string;
  interval: Interval;
  minResponses: number;
  value: ShownValue<MetricResults[M]>;
  previous: { from: string; to: string; value: ShownValue<MetricResults[M]> };
  /** Null when either period has too few answers. */
  change: PeriodChange | null;
  /** Each bucket, with the responses completed in it. */
  series: { start: string; value: ShownValue<MetricResults[M]>; completed: number }[];
  breakdown: { dimension: string; items: { value: string; result: ShownValue<MetricResults[M]> }[] } | null;
  responses: ResponseCounts;
  /** The time zone the rollups' days are in. */
  timeZone: string;
  /** The workspace moved to another time zone and its rollups are being rebuilt. */
  isRebuilding: boolean;
}

export type QuestionKind = Metric | 'rating' | 'choice';

export interface QuestionReport {
  questionId: string;
  kind: QuestionKind;
  position: number | null;
  shown: number;
  value: ShownValue<MetricResults[Metric] | ScaleMeanResult>;
  /** Answers per score (scales) or option (choices); empty when too few. */
  distribution: { key: string; count: number }[];
}

export interface SurveyReport {
  surveyId: string;
  name: string;
  from: string;
  to: string;
  minResponses: number;
  responses: ResponseCounts;
  /** Unfinished responses by the page they stopped on; null under a filter or a comment filter. */
  pages: { pageId: string; position: number | null; stopped: number }[] | null;
  questions: QuestionReport[];
  timeZone: string;
  isRebuilding: boolean;
}

export interface BreakdownValues {
  from: string;
  to: string;
  items: { dimension: string; values: { value: string; responses: number }[]; hasMore: boolean }[];
}

export interface InsightsSettings {
  segments: string[];
  minResponses: number;
  csatProblemThreshold: number;
}

/**
 * What every Insights read takes: days in the workspace's time zone, at most one `dimension:value`
 * filter and what the comments say (a metric then counts only responses with a matching comment).
 */
export interface PeriodParams extends CommentParams {
  from: string;
  to: string;
  filter?: string | undefined;
}

export interface MetricParams extends PeriodParams {
  interval: Interval;
  surveys?: readonly string[];
  breakdown?: string | undefined;
}

const base = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/insights`;

function periodQuery(params: PeriodParams & { surveys?: readonly string[] | undefined }): URLSearchParams {
  const query = new URLSearchParams({ from: params.from, to: params.to });
  if (params.filter) query.set('filter', params.filter);
  for (const name of commentParamNames) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  for (const survey of params.surveys ?? []) query.append('survey', survey);
  return query;
}

export function getMetricOverview<M extends Metric>(workspaceId: string, metric: M, params: MetricParams): Promise<MetricOverview<M>> {
  const query = periodQuery(params);
  query.set('interval', params.interval);
  if (params.breakdown) query.set('breakdown', params.breakdown);
  return api.get<MetricOverview<M>>(`${base(workspaceId)}/metrics/${metric}?${query.toString()}`);
}

export function getSurveyReport(workspaceId: string, surveyId: string, params: PeriodParams): Promise<SurveyReport> {
  return api.get<SurveyReport>(`${base(workspaceId)}/surveys/${encodeURIComponent(surveyId)}?${periodQuery(params).toString()}`);
}

export function getBreakdownValues(workspaceId: string, params: { from: string; to: string; surveys?: readonly string[] | undefined }): Promise<BreakdownValues> {
  return api.get<BreakdownValues>(`${base(workspaceId)}/breakdowns?${periodQuery(params).toString()}`);
}

export function getInsightsSettings(workspaceId: string): Promise<InsightsSettings> {
  return api.get<InsightsSettings>(`${base(workspaceId)}/settings`);
}

export function updateInsightsSettings(workspaceId: string, changes: Partial<InsightsSettings>): Promise<InsightsSettings & { isRebuilding: boolean }> {
  return api.patch<InsightsSettings & { isRebuilding: boolean }>(`${base(workspaceId)}/settings`, changes);
}

/** Recomputes the rollups from the responses in the background. */
export function rebuildInsights(workspaceId: string): Promise<{ jobId: string | null }> {
  return api.post<{ jobId: string | null }>(`${base(workspaceId)}/rebuild`);
}

/** The Server-Sent Events stream that announces new responses (same origin, so the session cookie goes along). */
export const liveFeedUrl = (workspaceId: string): string => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/live`;

/** What the live feed says in a `responses` event. */
export interface LiveMessage {
  surveyIds: string[];
  complete: number;
  partial: number;
  /** Responses whose comments were analysed. */
  analysed: number;
}
