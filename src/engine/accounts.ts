/**
 * The shapes of accounts, sessions, workspaces, members and member invitations as the API answers
 * them: the server's routes declare these as their responses, and the admin app takes its types
 * from the same schemas (`z.infer`), so the two cannot drift apart.
 */
import { z } from 'zod';
import { uiLocales } from './i18n/locales.js';
import { roles } from './roles.js';

export const RoleSchema = z.enum(roles);
export const UiLocaleSchema = z.enum(uiLocales);

export const UserSchema = z.object({ id: z.uuid(), email: z.string(), name: z.string(), locale: UiLocaleSchema.nullable(), isInstanceAdmin: z.boolean() });

export const WorkspaceSummarySchema = z.object({ id: z.uuid(), name: z.string(), role: RoleSchema });

export const SessionSchema = z.object({
  user: UserSchema,
  csrfToken: z.string(),
  workspaces: z.array(WorkspaceSummarySchema),
});

/** `GET /session` when nobody is signed in: a normal answer, not an error. */
export const SignedOutSchema = z.object({ user: z.null() });
export const SessionAnswerSchema = z.union([SessionSchema, SignedOutSchema]);

export const WorkspaceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  timezone: z.string(),
  defaultLocale: UiLocaleSchema,
  createdAt: z.string(),
  /** Null for an API key, which has scopes instead of a role. */
  role: RoleSchema.nullable(),
  permissions: z.array(z.string()),
});

export const MemberSchema = z.object({ userId: z.uuid(), email: z.string(), name: z.string(), role: RoleSchema, createdAt: z.string() });

/** pending → accepted, or revoked; a pending one past `expiresAt` is expired. */
export const invitationStates = ['pending', 'expired', 'accepted', 'revoked'] as const;
export type InvitationState = (typeof invitationStates)[number];

export const MemberInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string().nullable(),
  role: RoleSchema,
  locale: UiLocaleSchema,
  state: z.enum(invitationStates),
  invitedBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});

/** What the invitation page shows the invited person before they accept. */
export const InvitationPreviewSchema = z.object({
  state: z.enum(invitationStates),
  workspaceName: z.string(),
  invitedBy: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  locale: UiLocaleSchema,
  expiresAt: z.string(),
  /** The email already has a Kuulo account: joining asks for its password instead of a new one. */
  hasAccount: z.boolean(),
});

/** `POST /me/password`. */
export const PasswordChangedSchema = z.object({ changed: z.literal(true) });
/** `POST /password-reset`: the same answer whether or not the address has an account. */
export const PasswordResetRequestedSchema = z.object({ accepted: z.literal(true) });
/** `POST /password-reset/check`. */
export const PasswordResetUsableSchema = z.object({ usable: z.boolean() });

export type User = z.infer<typeof UserSchema>;
export type WorkspaceSummary = z.infer<typeof WorkspaceSummarySchema>;
export type Session = z.infer<typeof SessionSchema>;
export type SessionAnswer = z.infer<typeof SessionAnswerSchema>;
export type Workspace = z.infer<typeof WorkspaceSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type MemberInvitation = z.infer<typeof MemberInvitationSchema>;
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;
export type PasswordChanged = z.infer<typeof PasswordChangedSchema>;
export type PasswordResetRequested = z.infer<typeof PasswordResetRequestedSchema>;
export type PasswordResetUsable = z.infer<typeof PasswordResetUsableSchema>;
