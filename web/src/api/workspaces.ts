import { api } from './client.js';
import type { ApiKey, AuditEntry, CreatedApiKey, Items, Locale, Member, Meta, Page, Workspace } from './types.js';

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

export interface AddMemberInput {
  email: string;
  name: string;
  role: string;
  password?: string;
}

export function addMember(workspaceId: string, input: AddMemberInput): Promise<Member> {
  return api.post<Member>(`${base(workspaceId)}/members`, input);
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
