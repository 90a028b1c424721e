import { ApiError, api } from './client.js';
import type { Locale, Session, User } from './types.js';

/** Calls about who is signed in: first-run setup, the session and the user's own profile. */

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

/** The current session, or null when nobody is signed in. */
export async function findSession(): Promise<Session | null> {
  try {
    return await api.get<Session>('/api/v1/session', { isAuthProbe: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
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
