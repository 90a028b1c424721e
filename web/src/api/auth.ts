import { api } from './client.js';
import type { InvitationPreview, Locale, PasswordChanged, PasswordResetRequested, PasswordResetUsable, Session, SessionAnswer, User } from './types.js';

/** Calls about who is signed in: first-run setup, the session, the user's own account, invitations and password resets. */

export async function isSetupNeeded(): Promise<boolean> {
  const result = await api.get<{ needed: boolean }>('/api/v1/setup', { isAuthProbe: true });
  return result.needed;
}

export interface SetupInput {
  token: string;
  name: string;
  email: string;
  password: string;
  workspaceName: string;
  locale?: Locale;
  /** The workspace's time zone; the browser's own is a good first guess. */
  timezone?: string | undefined;
}

export function completeSetup(input: SetupInput): Promise<Session> {
  return api.post<Session>('/api/v1/setup', input, { isAuthProbe: true });
}

/** The current session, or null when nobody is signed in (the server says so with `{ user: null }`). */
export async function findSession(): Promise<Session | null> {
  const answer = await api.get<SessionAnswer>('/api/v1/session', { isAuthProbe: true });
  return answer.user ? (answer as Session) : null;
}

export function signIn(email: string, password: string): Promise<Session> {
  return api.post<Session>('/api/v1/session', { email, password }, { isAuthProbe: true });
}

export function signOut(): Promise<void> {
  return api.delete('/api/v1/session', { isAuthProbe: true });
}

export function updateMe(changes: { name?: string; locale?: Locale }): Promise<User> {
  return api.patch<User>('/api/v1/me', changes);
}

/** Changes the password; the server signs out every other session. */
export function changePassword(currentPassword: string, newPassword: string): Promise<PasswordChanged> {
  return api.post<PasswordChanged>('/api/v1/me/password', { currentPassword, newPassword });
}

/** Forgot password: the answer is the same whether or not the address has an account. */
export function requestPasswordReset(email: string): Promise<PasswordResetRequested> {
  return api.post<PasswordResetRequested>('/api/v1/password-reset', { email }, { isAuthProbe: true });
}

export async function isPasswordResetUsable(token: string): Promise<boolean> {
  return (await api.post<PasswordResetUsable>('/api/v1/password-reset/check', { token }, { isAuthProbe: true })).usable;
}

export function completePasswordReset(token: string, password: string): Promise<Session> {
  return api.post<Session>('/api/v1/password-reset/complete', { token, password }, { isAuthProbe: true });
}

export function previewInvitation(token: string): Promise<InvitationPreview> {
  return api.post<InvitationPreview>('/api/v1/invitations/preview', { token }, { isAuthProbe: true });
}

/** Joins the workspace: a new account takes the name and password; an existing one confirms its password. */
export function acceptInvitation(input: { token: string; name?: string; password: string }): Promise<Session> {
  return api.post<Session>('/api/v1/invitations/accept', input, { isAuthProbe: true });
}
