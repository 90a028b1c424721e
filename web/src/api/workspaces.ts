import { api } from './client.js';
import type { ApiKey, AuditEntry, CreatedApiKey, Items, Locale, Member, MemberInvitation, Meta, Page, Workspace } from './types.js';

/** Calls about one workspace and its settings. */

const base = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}`;

let metaPromise: Promise<Meta> | null = null;

/** Roles, scopes and locales the server knows; fetched once per page load. */
export function getMeta(): Promise<Meta> {
  metaPromise ??= api.get<Meta>('/api/v1/meta').catch((error: unknown) => {
    metaPromise = null;
    throw error;
  });
  return metaPromise;
}

export function getWorkspace(workspaceId: string): Promise<Workspace> {
  return api.get<Workspace>(base(workspaceId));
}

export function updateWorkspace(
  workspaceId: string,
  changes: { name?: string; timezone?: string; defaultLocale?: Locale },
): Promise<Workspace> {
  return api.patch<Workspace>(base(workspaceId), changes);
}

export async function listMembers(workspaceId: string): Promise<Member[]> {
  return (await api.get<Items<Member>>(`${base(workspaceId)}/members`)).items;
}

/** Invitations not yet accepted or revoked, expired ones too. */
export async function listInvitations(workspaceId: string): Promise<MemberInvitation[]> {
  return (await api.get<Items<MemberInvitation>>(`${base(workspaceId)}/invitations`)).items;
}

export interface InviteInput {
  email: string;
  role: string;
  name?: string;
  /** The mail's language; the workspace's by default. */
  locale?: Locale;
}

export function inviteMember(workspaceId: string, input: InviteInput): Promise<MemberInvitation> {
  return api.post<MemberInvitation>(`${base(workspaceId)}/invitations`, input);
}

export function resendInvitation(workspaceId: string, invitationId: string): Promise<MemberInvitation> {
  return api.post<MemberInvitation>(`${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}/resend`);
}

export function revokeInvitation(workspaceId: string, invitationId: string): Promise<void> {
  return api.delete(`${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`);
}

export function changeMemberRole(workspaceId: string, userId: string, role: string): Promise<Member> {
  return api.patch<Member>(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`, { role });
}

export function removeMember(workspaceId: string, userId: string): Promise<void> {
  return api.delete(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`);
}

export async function listApiKeys(workspaceId: string): Promise<ApiKey[]> {
  return (await api.get<Items<ApiKey>>(`${base(workspaceId)}/api-keys`)).items;
}

export function createApiKey(workspaceId: string, input: { name: string; scopes: string[] }): Promise<CreatedApiKey> {
  return api.post<CreatedApiKey>(`${base(workspaceId)}/api-keys`, input);
}

export function revokeApiKey(workspaceId: string, keyId: string): Promise<void> {
  return api.delete(`${base(workspaceId)}/api-keys/${encodeURIComponent(keyId)}`);
}

export function listAuditLog(workspaceId: string, before?: string | null, limit = 50): Promise<Page<AuditEntry>> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before) query.set('before', before);
  return api.get<Page<AuditEntry>>(`${base(workspaceId)}/audit-log?${query.toString()}`);
}
