import type { IntentName, SentimentFilter, SentimentLabel } from '../../../src/engine/comments.js';
import { api, request } from './client.js';
import type { Interval } from './insights.js';

/** Calls of the text views: comments with their analysis, the text dashboard, topics, the history analysis and the sentiment models. */

export { intentNames, sentimentFilters, sentimentLabels } from '../../../src/engine/comments.js';
export type { IntentName, SentimentFilter, SentimentLabel };
/** The languages Kuulo has sentiment models and topic examples for. */
export const textLanguages = ['en', 'fi', 'pl'] as const;

/**
 * What the comments say, a filter every Insights view takes: a text view reads the comments that
 * match, a metric view the complete responses with at least one comment matching all of them.
 */
export interface CommentParams {
  sentiment?: SentimentFilter | undefined;
  intent?: IntentName | undefined;
  /** A topic's id. */
  topic?: string | undefined;
  lang?: string | undefined;
}

export const commentParamNames = ['sentiment', 'intent', 'topic', 'lang'] as const satisfies readonly (keyof CommentParams)[];

/** Which comments a text view reads; every field but the period is optional. */
export interface TextParams extends CommentParams {
  from: string;
  to: string;
  surveys?: readonly string[];
  filter?: string | undefined;
  phrase?: string | undefined;
  q?: string | undefined;
}

export interface CommentSentiment {
  label: SentimentLabel;
  score: number | null;
  confidence: number | null;
  model: string | null;
  isCorrected: boolean;
  /** What the model said, whatever an analyst corrected it to. */
  modelLabel: SentimentLabel | null;
}

export interface TextComment {
  id: string;
  responseId: string;
  questionId: string;
  surveyId: string;
  contactId: string | null;
  channel: string;
  text: string;
  writtenAt: string;
  lang: string;
  sentiment: CommentSentiment | 'not analysed';
  /** Spans are UTF-16 offsets into `text`. */
  intents: { intent: IntentName; start: number; end: number }[];
  phrases: { key: string; text: string; start: number; end: number }[];
  topics: { topicId: string; name: string; start: number; end: number }[];
  personalData: { kind: string; start: number; end: number }[];
  nps: number | null;
  csat: number | null;
  dimensions: Record<string, string | number | boolean>;
}

export interface CommentPage {
  from: string;
  to: string;
  timeZone: string;
  items: TextComment[];
  nextBefore: string | null;
  /** Personal data is masked for readers who may not read responses. */
  isMasked: boolean;
}

export interface SentimentCounts {
  negative: number;
  neutral: number;
  positive: number;
  notAnalysed: number;
}

export interface ScoresBeside {
  nps: number | null;
  npsResponses: number;
  csat: number | null;
  csatResponses: number;
}

export interface TextPeriodSummary {
  comments: number;
  meanScore: number | null;
  sentiment: SentimentCounts;
  scores: ScoresBeside;
}

export interface TopicRow extends ScoresBeside {
  topicId: string;
  name: string;
  comments: number;
  previousComments: number;
  sentiment: SentimentCounts;
}

export interface PhraseRow extends ScoresBeside {
  key: string;
  text: string;
  comments: number;
  previousComments: number;
  sentiment: SentimentCounts;
}

export interface Backfill {
  id: string;
  status: 'running' | 'done' | 'superseded';
  total: number;
  done: number;
  startedAt: string;
  finishedAt: string | null;
}

export interface TextOverview {
  from: string;
  to: string;
  timeZone: string;
  summary: TextPeriodSummary & { previous: TextPeriodSummary; intents: Partial<Record<IntentName, number>>; languages: { lang: string; comments: number }[] };
  trend: ({ start: string; comments: number; meanScore: number | null } & SentimentCounts)[];
  topics: TopicRow[];
  phrases: PhraseRow[];
  emerging: PhraseRow[];
  backfill: Backfill | null;
}

export interface ComplaintsByProduct {
  by: string;
  products: { product: string; comments: number; complaints: number; share: number; previousComplaints: number }[];
}

export interface FeatureRequests {
  value: string | null;
  requests: number;
  groups: { kind: 'topic' | 'phrase'; key: string; label: string; customers: number; value: number | null }[];
}

export interface Topic {
  id: string;
  name: string;
  examples: Record<string, string[]>;
  phraseKeys: string[];
  updatedAt: string;
}

export interface TopicInput {
  name: string;
  examples: Record<string, string[]>;
  /** Found phrases' keys, or a phrase as written with its language ("fi:toimituksen"). */
  phraseKeys: string[];
}

export interface ModelScores {
  texts: number;
  accuracy: number;
  macroF1: number;
}

export interface TrainingReport {
  decision: 'in use' | 'not used';
  reason: string;
  trained: number;
  heldBack: number;
  workspace: ModelScores | null;
  generic: ModelScores | null;
  previous: ModelScores | null;
}

export interface LanguageModels {
  lang: string;
  labelledComments: number;
  inUse: { kind: 'generic' } | { kind: 'workspace'; id: string; trainedAt: string; report: TrainingReport };
  generic: { trainedOn: string; measured: { task: string; data: string; texts: number; accuracy: number; macroF1: number }[] };
  latest: { id: string; trainedAt: string; isInUse: boolean; report: TrainingReport }[];
}

export interface TextModels {
  minimum: { training: number; heldBack: number };
  languages: LanguageModels[];
}

const base = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/insights`;

/** The query string of a text view's filters, empty ones left out. */
export function textSearch(params: TextParams): URLSearchParams {
  const query = new URLSearchParams({ from: params.from, to: params.to });
  for (const survey of params.surveys ?? []) query.append('survey', survey);
  for (const name of ['filter', ...commentParamNames, 'phrase', 'q'] as const) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  return query;
}

const withExtra = (params: TextParams, extra: Record<string, string | number | null | undefined>) => {
  const query = textSearch(params);
  for (const [name, value] of Object.entries(extra)) if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  return query.toString();
};

export function listTextComments(workspaceId: string, params: TextParams, page: { limit?: number; before?: string | null } = {}): Promise<CommentPage> {
  return api.get<CommentPage>(`${base(workspaceId)}/comments?${withExtra(params, { limit: page.limit, before: page.before })}`);
}

/** An analyst's label for a comment; null gives the model's back. */
export function correctSentiment(workspaceId: string, commentId: string, label: SentimentLabel | null): Promise<TextComment> {
  return request<TextComment>('PUT', `${base(workspaceId)}/comments/${encodeURIComponent(commentId)}/sentiment`, { label });
}

export function getTextOverview(workspaceId: string, params: TextParams & { interval: Interval }): Promise<TextOverview> {
  return api.get<TextOverview>(`${base(workspaceId)}/text?${withExtra(params, { interval: params.interval })}`);
}

export function getComplaints(workspaceId: string, params: TextParams, by: string): Promise<ComplaintsByProduct> {
  return api.get<ComplaintsByProduct>(`${base(workspaceId)}/text/complaints?${withExtra(params, { by })}`);
}

export function getFeatureRequests(workspaceId: string, params: TextParams, value: string): Promise<FeatureRequests> {
  return api.get<FeatureRequests>(`${base(workspaceId)}/text/feature-requests?${withExtra(params, { value })}`);
}

export async function listTopics(workspaceId: string): Promise<Topic[]> {
  return (await api.get<{ items: Topic[] }>(`${base(workspaceId)}/topics`)).items;
}

export function createTopic(workspaceId: string, input: TopicInput): Promise<Topic> {
  return api.post<Topic>(`${base(workspaceId)}/topics`, input);
}

export function updateTopic(workspaceId: string, topicId: string, input: TopicInput): Promise<Topic> {
  return request<Topic>('PUT', `${base(workspaceId)}/topics/${encodeURIComponent(topicId)}`, input);
}

export function deleteTopic(workspaceId: string, topicId: string): Promise<void> {
  return api.delete(`${base(workspaceId)}/topics/${encodeURIComponent(topicId)}`);
}

/** The latest history analysis, or null before the first. */
export async function getBackfill(workspaceId: string): Promise<Backfill | null> {
  return (await api.get<Backfill | null | undefined>(`${base(workspaceId)}/text/backfill`)) ?? null;
}

/** Analyses every comment again; answers the running analysis if one is under way. */
export function startBackfill(workspaceId: string): Promise<Backfill> {
  return api.post<Backfill>(`${base(workspaceId)}/text/backfill`);
}

export function getTextModels(workspaceId: string): Promise<TextModels> {
  return api.get<TextModels>(`${base(workspaceId)}/text/models`);
}

export function trainTextModels(workspaceId: string): Promise<{ queued: boolean }> {
  return api.post<{ queued: boolean }>(`${base(workspaceId)}/text/models/train`);
}
