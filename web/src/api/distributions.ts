import type { Audience, DistributionInput, DistributionStatus } from '../../../src/engine/invitations/distributions.js';
import type { DistributionReport, InvitationCounts, InvitationList, InvitationView } from '../../../src/engine/invitations/report.js';
import { api, request } from './client.js';
import type { ContactInput } from './contacts.js';

/** Calls about email distributions: one survey sent by email, once or on events, and how it went. Templates and their preview: emailTemplates.ts. */

export type DistributionKind = DistributionInput['kind'];

export type DistributionCounts = InvitationCounts;

export interface Distribution {
  id: string;
  name: string;
  kind: DistributionKind;
  status: DistributionStatus;
  surveyId: string;
  surveyName: string | null;
  settings: DistributionInput;
  scheduledAt: string | null;
  startedAt: string | null;
  createdAt: string;
  updatedAt: string;
  counts: DistributionCounts;
}

/** How many contacts an audience reaches; `withEmail` counts those mail can go to (not unsubscribed, not bounced). */
export interface AudienceCount {
  contacts: number;
  withEmail: number;
  unsubscribed: number;
  bounced: number;
}

/** One recipient and how far they got, as the server declares it. */
export type Invitation = InvitationView;

/** The report as the server declares it (its route's response schema). */
export type { DistributionReport };

/** A recipients CSV upload as it starts; follow it with `getContactImport` (api/contacts.ts). */
export interface RecipientImportStarted {
  id: string;
  status: string;
  totalRows: number;
}

const root = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}`;
const one = (workspaceId: string, id: string) => `${root(workspaceId)}/distributions/${encodeURIComponent(id)}`;

export async function listDistributions(workspaceId: string, surveyId?: string): Promise<Distribution[]> {
  const query = surveyId ? `?${new URLSearchParams({ surveyId }).toString()}` : '';
  return (await api.get<{ distributions: Distribution[] }>(`${root(workspaceId)}/distributions${query}`)).distributions;
}

export function createDistribution(workspaceId: string, input: DistributionInput): Promise<Distribution> {
  return api.post<Distribution>(`${root(workspaceId)}/distributions`, input);
}

export function getDistribution(workspaceId: string, id: string): Promise<Distribution> {
  return api.get<Distribution>(one(workspaceId, id));
}

export function replaceDistribution(workspaceId: string, id: string, input: DistributionInput): Promise<Distribution> {
  return request<Distribution>('PUT', one(workspaceId, id), input);
}

export function deleteDistribution(workspaceId: string, id: string): Promise<void> {
  return api.delete(one(workspaceId, id));
}

export function countAudience(workspaceId: string, audience: Audience, signal?: AbortSignal): Promise<AudienceCount> {
  return api.post<AudienceCount>(`${root(workspaceId)}/distributions/audience`, { audience }, signal ? { signal } : {});
}

export function addRecipients(workspaceId: string, id: string, contacts: ContactInput[]): Promise<{ added: number; alreadyRecipients: string[] }> {
  return api.post(`${one(workspaceId, id)}/recipients`, { contacts });
}

export function startRecipientImport(workspaceId: string, id: string, csv: string): Promise<RecipientImportStarted> {
  return api.post<RecipientImportStarted>(`${one(workspaceId, id)}/recipients/imports`, { csv });
}

/** Sends a draft now, or at `at` (an ISO date and time). */
export function sendDistribution(workspaceId: string, id: string, at?: string): Promise<Distribution> {
  return api.post<Distribution>(`${one(workspaceId, id)}/send`, at ? { at } : {});
}

export function changeDistributionState(workspaceId: string, id: string, action: 'cancel' | 'pause' | 'resume'): Promise<Distribution> {
  return api.post<Distribution>(`${one(workspaceId, id)}/${action}`);
}

export function getDistributionReport(workspaceId: string, id: string): Promise<DistributionReport> {
  return api.get<DistributionReport>(`${one(workspaceId, id)}/report`);
}

export interface InvitationPage {
  items: Invitation[];
  nextBeforeId: string | null;
}

export async function listInvitations(workspaceId: string, id: string, options: { stage?: string; beforeId?: string | null; limit?: number } = {}): Promise<InvitationPage> {
  const query = new URLSearchParams({ limit: String(options.limit ?? 50) });
  if (options.stage) query.set('stage', options.stage);
  if (options.beforeId) query.set('beforeId', options.beforeId);
  const page = await api.get<InvitationList>(`${one(workspaceId, id)}/invitations?${query.toString()}`);
  return { items: page.invitations, nextBeforeId: page.nextBeforeId };
}

