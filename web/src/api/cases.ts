import { api } from './client.js';
import type { ResponseTest } from './respondSetup.js';
import type { Items } from './types.js';

/** Calls about follow-up cases (the Respond room), and the teams and settings the case screens read. */

export const caseStatuses = ['new', 'in_progress', 'waiting_for_customer', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
/** What PATCH may set; a case is closed with its own call. */
export const changeableStatuses = ['new', 'in_progress', 'waiting_for_customer', 'resolved'] as const satisfies readonly CaseStatus[];
export const casePriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof casePriorities)[number];
export type CaseView = 'mine' | 'team' | 'all';

export interface CaseContact {
  id: string;
  name: string | null;
  email: string | null;
  language: string | null;
}

/** What opened the case: the response's scores, comment and answers (rules), or little (by hand). */
export interface CaseContext {
  channel?: string;
  language?: string;
  scores?: { nps: number | null; csat: number | null; ces: number | null };
  comment?: string | null;
  hidden?: Record<string, unknown>;
  /** `type` came with Kuulo 0.1's later cases; a consent's value is "true" or "false". */
  answers?: { question: string; type?: string; title: string; value: string }[];
  surveyName?: string;
  completedAt?: string;
  ruleName?: string;
  /** What the rule fired on, as parts (see engine/respond/case-text.ts); absent for a title a person wrote. */
  headline?: unknown;
  /** The rule's conditions that held, in English (for records); `tests` are the same for people to read. */
  reasons?: string[];
  tests?: ResponseTest[];
  /** A metric rule's case: the metric, its value over the window and its change. */
  metric?: 'nps' | 'csat';
  value?: number | null;
  change?: number | null;
  pValue?: number | null;
}

export interface Case {
  id: string;
  number: number;
  title: string;
  status: CaseStatus;
  priority: CasePriority;
  teamId: string | null;
  teamName: string | null;
  ownerUserId: string | null;
  ownerName: string | null;
  contact: CaseContact | null;
  surveyId: string | null;
  surveyName: string | null;
  responseIds: string[];
  ruleId: string | null;
  ruleName: string | null;
  language: string | null;
  context: CaseContext;
  dueAt: string | null;
  /** Negative once past due; null when closed, resolved or paused. */
  timeLeftSeconds: number | null;
  isBreached: boolean;
  slaPausedAt: string | null;
  escalationLevel: number;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  isSlaMet: boolean | null;
  rootCause: string | null;
  resolution: string | null;
  createdAt: string;
  updatedAt: string;
}

export type TimelineType = 'opened' | 'assigned' | 'status' | 'priority' | 'note' | 'reply' | 'action' | 'escalated' | 'closed' | 'reopened' | 'recovery_survey' | 'response_added';

export interface TimelineEntry {
  id: string;
  /** One of TimelineType; a newer server may add others. */
  type: string;
  actorUserId: string | null;
  actorLabel: string;
  data: Record<string, unknown>;
  at: string;
}

export interface CaseDetail extends Case {
  timeline: TimelineEntry[];
  /** Whether the caller may change, note, reply, act on, close and reopen this case. */
  mayWork: boolean;
}

export interface CaseCounts {
  mine: number;
  team: number;
  unassigned: number;
  breached: number;
  all?: number;
}

export interface CasePage {
  items: Case[];
  next: string | null;
  counts: CaseCounts;
}

export interface CaseListParams {
  view?: CaseView;
  /** Statuses, or 'open' for new, in progress and waiting. */
  status?: string[];
  priority?: CasePriority[];
  teamId?: string;
  owner?: string;
  breached?: boolean;
  q?: string;
  before?: string | null;
  limit?: number;
}

export interface CaseChange {
  status?: (typeof changeableStatuses)[number];
  priority?: CasePriority;
  teamId?: string | null;
  ownerUserId?: string | null;
  title?: string;
}

export interface ReplyDraft {
  to: string | null;
  language: string;
  templateId?: string | null;
  subject: string;
  body: string;
}

export interface TakenAction {
  id: string;
  label: string;
  amount: number | null;
  unit: string | null;
  note: string;
}

export interface BulkResult {
  updated: number;
  problems: { caseId: string; problem: string }[];
}

export interface ClosedLoopFigures {
  from: string;
  to: string;
  opened: number;
  closed: number;
  open: number;
  breachedOpen: number;
  firstResponse: { medianHours: number | null; count: number };
  timeToClose: { medianHours: number | null; count: number };
  slaMet: { percent: number | null; met: number; total: number };
  recovery: { percent: number | null; recovered: number; detractors: number };
  rootCauses: { id: string; label: string; count: number }[];
  byTeam: { teamId: string | null; teamName: string | null; opened: number; closed: number; slaMetPercent: number | null; medianCloseHours: number | null }[];
}

export interface Team {
  id: string;
  name: string;
  leadUserId: string | null;
  memberUserIds: string[];
}

export interface EmpoweredAction {
  id: string;
  label: string;
  description: string;
  /** The unit of the amount (EUR, days…); null when the action has none. */
  unit: string | null;
  allowedRoles: string[];
  /** Per role, the most it may grant at once; a role not listed has no limit. */
  maxAmountByRole: Partial<Record<string, number>>;
}

export interface ReplyTemplate {
  id: string;
  name: string;
  subject: Record<string, string>;
  body: Record<string, string>;
}

export interface RespondSettings {
  restrictAgentsToTeams: boolean;
  accountOwnerAttribute: string;
  defaultSlaHours: number;
  rootCauses: { id: string; label: string }[];
  actions: EmpoweredAction[];
  replyTemplates: ReplyTemplate[];
  recoverySurveyId: string | null;
}

const base = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}`;
const caseUrl = (workspaceId: string, caseId: string) => `${base(workspaceId)}/cases/${encodeURIComponent(caseId)}`;

export function listCases(workspaceId: string, params: CaseListParams = {}): Promise<CasePage> {
  const query = new URLSearchParams();
  if (params.view) query.set('view', params.view);
  if (params.status?.length) query.set('status', params.status.join(','));
  if (params.priority?.length) query.set('priority', params.priority.join(','));
  if (params.teamId) query.set('teamId', params.teamId);
  if (params.owner) query.set('owner', params.owner);
  if (params.breached) query.set('breached', 'true');
  if (params.q) query.set('q', params.q);
  if (params.before) query.set('before', params.before);
  query.set('limit', String(params.limit ?? 50));
  return api.get<CasePage>(`${base(workspaceId)}/cases?${query.toString()}`);
}

export function getCase(workspaceId: string, caseId: string): Promise<CaseDetail> {
  return api.get<CaseDetail>(caseUrl(workspaceId, caseId));
}

export function changeCase(workspaceId: string, caseId: string, change: CaseChange): Promise<CaseDetail> {
  return api.patch<CaseDetail>(caseUrl(workspaceId, caseId), change);
}

export function addCaseNote(workspaceId: string, caseId: string, text: string): Promise<CaseDetail> {
  return api.post<CaseDetail>(`${caseUrl(workspaceId, caseId)}/notes`, { text });
}

export function getReplyDraft(workspaceId: string, caseId: string, options: { templateId?: string; language?: string } = {}): Promise<ReplyDraft> {
  const query = new URLSearchParams();
  if (options.templateId) query.set('templateId', options.templateId);
  if (options.language) query.set('language', options.language);
  const search = query.toString();
  return api.get<ReplyDraft>(`${caseUrl(workspaceId, caseId)}/reply-draft${search ? `?${search}` : ''}`);
}

export function sendCaseReply(workspaceId: string, caseId: string, reply: { subject: string; body: string; language?: string }): Promise<{ mailId: string; case: CaseDetail }> {
  return api.post(`${caseUrl(workspaceId, caseId)}/replies`, reply);
}

export function takeCaseAction(workspaceId: string, caseId: string, input: { actionId: string; amount?: number; note?: string }): Promise<{ action: TakenAction; case: CaseDetail }> {
  return api.post(`${caseUrl(workspaceId, caseId)}/actions`, input);
}

export function closeCase(workspaceId: string, caseId: string, input: { rootCause: string; resolution: string; sendRecoverySurvey?: boolean }): Promise<CaseDetail> {
  return api.post<CaseDetail>(`${caseUrl(workspaceId, caseId)}/close`, input);
}

export function reopenCase(workspaceId: string, caseId: string, reason: string): Promise<CaseDetail> {
  return api.post<CaseDetail>(`${caseUrl(workspaceId, caseId)}/reopen`, { reason });
}

export function bulkChangeCases(
  workspaceId: string,
  input: { caseIds: string[]; assign?: { teamId?: string | null; ownerUserId?: string | null }; close?: { rootCause: string; resolution: string } },
): Promise<BulkResult> {
  return api.post<BulkResult>(`${base(workspaceId)}/cases/bulk`, input);
}

export function getCaseFigures(workspaceId: string, period: { from: string; to: string }): Promise<ClosedLoopFigures> {
  const query = new URLSearchParams(period);
  return api.get<ClosedLoopFigures>(`${base(workspaceId)}/cases/figures?${query.toString()}`);
}

/** Teams, read-only here (the Teams page changes them). */
export async function listCaseTeams(workspaceId: string): Promise<Team[]> {
  return (await api.get<Items<Team>>(`${base(workspaceId)}/teams`)).items;
}

/** Respond settings, read-only here: root causes, actions, reply templates, the recovery survey. */
export function getCaseSettings(workspaceId: string): Promise<RespondSettings> {
  return api.get<RespondSettings>(`${base(workspaceId)}/respond-settings`);
}

export { listMembers } from './workspaces.js';
