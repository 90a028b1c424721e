import type { LocalizedText, SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { api } from './client.js';
import type { Items, Page } from './types.js';

/** Calls about surveys, their templates, links and responses (the Collect room). */

export type SurveyStatus = 'draft' | 'open' | 'not_yet_open' | 'closed' | 'full';

export interface SurveySummary {
  id: string;
  name: string;
  slug: string;
  status: SurveyStatus;
  latestVersion: number | null;
  /** Counts saves of the draft and the name; a save names the one it started from. */
  draftRevision: number;
  responseCount: number;
  publicUrl: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * The settings the Distribute tab edits. The server has more (the widget's, proof of work);
 * a PATCH replaces them all, so an edit always sends back what it was given, changed.
 */
export interface SurveySettings {
  opensAt: string | null;
  closesAt: string | null;
  responseLimit: number | null;
  isAnonymous: boolean;
  minSecondsToAnswer: number;
  [other: string]: unknown;
}

/** One finding of the server's logic check; `path` reads like `pages.0.questions.1.visibleIf`. */
export interface SurveyProblem {
  path: string;
  problem: string;
  severity: 'error' | 'warning';
}

export interface SurveyDetail extends SurveySummary {
  settings: SurveySettings;
  definition: SurveyDefinition;
  problems: SurveyProblem[];
  versions: { version: number; publishedAt: string }[];
}

export interface SurveyTemplateSummary {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
}

export const responseChannels = ['link', 'qr', 'embed', 'widget', 'email', 'api'] as const;
export type ResponseChannel = (typeof responseChannels)[number];
export type ResponseState = 'partial' | 'complete';

export interface SurveyResponse {
  id: string;
  surveyVersion: number;
  state: ResponseState;
  answers: Record<string, unknown>;
  hidden: Record<string, unknown> | null;
  language: string;
  channel: ResponseChannel;
  endingId: string | null;
  startedAt: string;
  completedAt: string | null;
}

export interface ResponseFilters {
  state?: ResponseState | undefined;
  channel?: ResponseChannel | undefined;
  language?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** `<question id>:<value>`: a score or choice matches exactly, a written answer by the text it contains. */
  answer?: string | undefined;
}

const surveysOf = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/surveys`;
const surveyPath = (workspaceId: string, surveyId: string) => `${surveysOf(workspaceId)}/${encodeURIComponent(surveyId)}`;

export async function listSurveyTemplates(): Promise<SurveyTemplateSummary[]> {
  return (await api.get<Items<SurveyTemplateSummary>>('/api/v1/survey-templates')).items;
}

export async function listSurveys(workspaceId: string): Promise<SurveySummary[]> {
  return (await api.get<Items<SurveySummary>>(surveysOf(workspaceId))).items;
}

export function createSurvey(workspaceId: string, input: { name: string; templateId?: string }): Promise<SurveyDetail> {
  return api.post<SurveyDetail>(surveysOf(workspaceId), input);
}

export function getSurvey(workspaceId: string, surveyId: string): Promise<SurveyDetail> {
  return api.get<SurveyDetail>(surveyPath(workspaceId, surveyId));
}

export function updateSurvey(
  workspaceId: string,
  surveyId: string,
  changes: { name?: string; definition?: SurveyDefinition; settings?: SurveySettings; baseRevision?: number },
): Promise<SurveyDetail> {
  return api.patch<SurveyDetail>(surveyPath(workspaceId, surveyId), changes);
}

export function publishSurvey(workspaceId: string, surveyId: string): Promise<SurveyDetail> {
  return api.post<SurveyDetail>(`${surveyPath(workspaceId, surveyId)}/publish`);
}

export function setSurveyClosed(workspaceId: string, surveyId: string, isClosed: boolean): Promise<SurveyDetail> {
  return api.post<SurveyDetail>(`${surveyPath(workspaceId, surveyId)}/${isClosed ? 'close' : 'reopen'}`);
}

/** The address of the survey link's QR code; same-origin, so an <img> or a download link sends the session cookie. */
export function qrCodeUrl(workspaceId: string, surveyId: string, format: 'svg' | 'png', size?: number): string {
  const query = new URLSearchParams({ format });
  if (size) query.set('size', String(size));
  return `${surveyPath(workspaceId, surveyId)}/qr-code?${query.toString()}`;
}

function filterQuery(filters: ResponseFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return query;
}

/** Every response matching the filters as CSV, streamed by the server; choices as labels in `labels`, a language tag. */
export function responsesCsvUrl(workspaceId: string, surveyId: string, filters: ResponseFilters, labels: string): string {
  const query = filterQuery(filters);
  query.set('labels', labels);
  return `${surveyPath(workspaceId, surveyId)}/responses/export?${query.toString()}`;
}

export function listResponses(
  workspaceId: string,
  surveyId: string,
  filters: ResponseFilters,
  options: { before?: string | null; limit?: number } = {},
): Promise<Page<SurveyResponse>> {
  const query = filterQuery(filters);
  query.set('limit', String(options.limit ?? 50));
  if (options.before) query.set('before', options.before);
  return api.get<Page<SurveyResponse>>(`${surveyPath(workspaceId, surveyId)}/responses?${query.toString()}`);
}

export type WidgetPageMatch = 'contains' | 'exact' | 'starts_with' | 'regex';
export type WidgetTargetingOp = 'eq' | 'neq' | 'gt' | 'lt' | 'present' | 'absent';

/** When the website widget shows the survey; the server replaces the whole object on every save. */
export interface WidgetSettings {
  isEnabled: boolean;
  /** None means every page. */
  pages: { match: WidgetPageMatch; value: string }[];
  when:
    | { type: 'immediately' }
    | { type: 'delay'; seconds: number }
    | { type: 'scroll'; percent: number }
    | { type: 'exit_intent' }
    | { type: 'event'; name: string };
  /** All must hold. */
  targeting: { attribute: string; op: WidgetTargetingOp; value?: string | number | boolean }[];
  samplePercent: number;
  recontactDays: number;
}

/** Saves only the survey's widget settings; the server keeps the other settings as they are. */
export function updateWidgetSettings(workspaceId: string, surveyId: string, widget: WidgetSettings): Promise<SurveyDetail> {
  return api.patch<SurveyDetail>(surveyPath(workspaceId, surveyId), { settings: { widget } });
}

/** The workspace's collect settings: how long the widget waits after showing any survey to a visitor, and whether it trusts identities unsigned. */
export interface CollectSettings {
  widgetCooldownDays: number;
  identityVerification: {
    isOn: boolean;
    secretCreatedAt: string | null;
    /** Identities without a valid signature are dropped (the answers are kept, anonymous). */
    requireVerified: boolean;
  };
}

const collectSettingsPath = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/collect-settings`;

export function getCollectSettings(workspaceId: string): Promise<CollectSettings> {
  return api.get<CollectSettings>(collectSettingsPath(workspaceId));
}

export function updateCollectSettings(workspaceId: string, values: { widgetCooldownDays?: number; requireVerifiedIdentity?: boolean }): Promise<CollectSettings> {
  return api.patch<CollectSettings>(collectSettingsPath(workspaceId), values);
}

/** Creates or replaces the identity secret; the answer is the only time it is shown. */
export function createIdentitySecret(workspaceId: string): Promise<CollectSettings & { secret: string }> {
  return api.post<CollectSettings & { secret: string }>(`${collectSettingsPath(workspaceId)}/identity-secret`, {});
}

export function removeIdentitySecret(workspaceId: string): Promise<CollectSettings> {
  return api.delete<CollectSettings>(`${collectSettingsPath(workspaceId)}/identity-secret`);
}
