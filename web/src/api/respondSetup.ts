import type { RuleInput } from '../../../src/engine/respond/rules.js';
import type { RespondSettings, RespondSettingsInput } from '../../../src/engine/respond/settings.js';
import type { MailMessage, MailPage, MailSummary, mailStatuses } from '../../../src/platform/mail/schemas.js';
import { api, request } from './client.js';
import type { Items } from './types.js';

/**
 * Calls behind the Respond room's set-up pages (alert rules, teams, Respond settings) and the
 * workspace's mail log. The shapes are the server's own models, so what the forms send is checked
 * against them by the type checker.
 */

export type { RuleInput, RespondSettings, RespondSettingsInput };
export type { Assignment, CasePriority, MetricCondition, ResponseCondition, ResponseTest, RuleAction } from '../../../src/engine/respond/rules.js';
export type { EmpoweredAction, ReplyTemplate, RootCause } from '../../../src/engine/respond/settings.js';

/** A rule as the server shows it: the input plus when it starts judging and how often it fired. */
export type AlertRule = RuleInput & {
  id: string;
  activeFrom: string;
  createdAt: string;
  updatedAt: string;
  firings?: number;
  lastFiredAt?: string | null;
};

export interface Team {
  id: string;
  name: string;
  leadUserId: string | null;
  /** In round-robin order. */
  memberUserIds: string[];
  createdAt?: string;
}

export interface TeamInput {
  name: string;
  leadUserId: string | null;
  memberUserIds: string[];
}

export type MailStatus = (typeof mailStatuses)[number];
/** The mail log's shapes: the server's own response schemas. */
export type { MailMessage, MailPage, MailSummary };

const base = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}`;
const ruleUrl = (workspaceId: string, ruleId: string) => `${base(workspaceId)}/alert-rules/${encodeURIComponent(ruleId)}`;
const teamUrl = (workspaceId: string, teamId: string) => `${base(workspaceId)}/teams/${encodeURIComponent(teamId)}`;

export async function listAlertRules(workspaceId: string): Promise<AlertRule[]> {
  return (await api.get<Items<AlertRule>>(`${base(workspaceId)}/alert-rules`)).items;
}

export function createAlertRule(workspaceId: string, rule: RuleInput): Promise<AlertRule> {
  return api.post<AlertRule>(`${base(workspaceId)}/alert-rules`, rule);
}

/** Replaces the rule whole; the new version judges responses completed from now on. */
export function replaceAlertRule(workspaceId: string, ruleId: string, rule: RuleInput): Promise<AlertRule> {
  return request<AlertRule>('PUT', ruleUrl(workspaceId, ruleId), rule);
}

export function deleteAlertRule(workspaceId: string, ruleId: string): Promise<void> {
  return api.delete(ruleUrl(workspaceId, ruleId));
}

/** Judges the responses completed since then; answers how many were queued. */
export function replayAlertRule(workspaceId: string, ruleId: string, since: string): Promise<{ queued: number }> {
  return api.post<{ queued: number }>(`${ruleUrl(workspaceId, ruleId)}/replay`, { since });
}

export async function listTeams(workspaceId: string): Promise<Team[]> {
  return (await api.get<Items<Team>>(`${base(workspaceId)}/teams`)).items;
}

export function createTeam(workspaceId: string, team: TeamInput): Promise<Team> {
  return api.post<Team>(`${base(workspaceId)}/teams`, team);
}

export function updateTeam(workspaceId: string, teamId: string, team: Partial<TeamInput>): Promise<Team> {
  return api.patch<Team>(teamUrl(workspaceId, teamId), team);
}

export function deleteTeam(workspaceId: string, teamId: string): Promise<void> {
  return api.delete(teamUrl(workspaceId, teamId));
}

export function getRespondSettings(workspaceId: string): Promise<RespondSettings> {
  return api.get<RespondSettings>(`${base(workspaceId)}/respond-settings`);
}

/** Each list given replaces the one kept. */
export function updateRespondSettings(workspaceId: string, changes: RespondSettingsInput): Promise<RespondSettings> {
  return api.patch<RespondSettings>(`${base(workspaceId)}/respond-settings`, changes);
}

export function listMail(workspaceId: string, options: { before?: string | null; status?: MailStatus; limit?: number } = {}): Promise<MailPage> {
  const query = new URLSearchParams({ limit: String(options.limit ?? 50) });
  if (options.before) query.set('before', options.before);
  if (options.status) query.set('status', options.status);
  return api.get<MailPage>(`${base(workspaceId)}/mail?${query.toString()}`);
}

export function getMail(workspaceId: string, messageId: string): Promise<MailMessage> {
  return api.get<MailMessage>(`${base(workspaceId)}/mail/${encodeURIComponent(messageId)}`);
}

export function sendTestMail(workspaceId: string, to: string): Promise<{ id: string }> {
  return api.post<{ id: string }>(`${base(workspaceId)}/mail/test`, { to });
}
