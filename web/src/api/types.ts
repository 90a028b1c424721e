/** Shapes of the server's /api/v1 responses, as the admin app reads them. */

import type { UiLocale } from '../../../src/engine/i18n/locales.js';

/** The languages of Kuulo's own screens, shared with the server through the engine. */
export type Locale = UiLocale;

/** Accounts, sessions, workspaces, members and invitations: the server's own response schemas. */
export type { InvitationPreview, Member, MemberInvitation, PasswordChanged, PasswordResetRequested, PasswordResetUsable, Session, SessionAnswer, User, Workspace, WorkspaceSummary } from '../../../src/engine/accounts.js';

export interface Meta {
  version: string;
  locales: Locale[];
  roles: string[];
  permissionsByRole: Record<string, string[]>;
  apiKeyScopes: string[];
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  secret: string;
}

export interface AuditActor {
  type: string;
  id: string | null;
  label: string;
}

export interface AuditEntry {
  id: string;
  createdAt: string;
  actor: AuditActor;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Items<T> {
  items: T[];
}

/** One field-level problem from a Problem Details body. */
export interface FieldProblem {
  path: string;
  problem: string;
}
