import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUiLocale } from '../../engine/i18n/locales.js';
import { sessionMaxAgeMs, sessionTtlMs } from '../auth/authenticator.js';
import type { Role } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import { dummyPasswordHash, hashToken, newToken, verifyPassword } from '../auth/secrets.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors/app-error.js';
import type { PlatformServices } from '../services.js';
import { unsafeListWorkspacesOfUser } from '../workspaces/store.js';
import { insertSession, unsafeFindUserByEmail, updateUser, type UserRow } from './store.js';

/** Checks a password, slowly for everyone: an unknown email costs the same as a wrong password. */
export async function checkCredentials(services: PlatformServices, email: string, password: string, ip: string): Promise<UserRow> {
  const limitedByIp = services.signInLimits.perIp.hit(ip);
  const limitedByEmail = services.signInLimits.perEmail.hit(email.toLowerCase());
  if (!limitedByIp.isAllowed || !limitedByEmail.isAllowed) {
    const retryAfterSeconds = Math.max(limitedByIp.isAllowed ? 0 : limitedByIp.retryAfterSeconds, limitedByEmail.isAllowed ? 0 : limitedByEmail.retryAfterSeconds);
    throw new AppError('rate_limited', 'signIn.tooManyAttempts', { params: { minutes: Math.ceil(retryAfterSeconds / 60) }, retryAfterSeconds });
  }
  const user = await unsafeFindUserByEmail(services.db, email);
  const isValid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !isValid) throw new AppError('invalid_credentials', 'signIn.wrongCredentials');
  services.signInLimits.perEmail.reset(email.toLowerCase());
  return user;
}

/** Slows guessing from one address (sign-in, setup tokens, invitation and reset links): a clear 429 past the limit. */
export function limitAttemptsFrom(services: PlatformServices, ip: string) {
  const limit = services.signInLimits.perIp.hit(ip);
  if (!limit.isAllowed) throw new AppError('rate_limited', 'signIn.tooManyFromAddress', { retryAfterSeconds: limit.retryAfterSeconds });
}

/** Starts a session: a random token in an http-only cookie, its hash in the database. */
export async function startSession(services: PlatformServices, db: Db, user: UserRow, request: FastifyRequest, reply: FastifyReply) {
  const token = newToken();
  const csrfToken = newToken(24);
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken,
    expiresAt: new Date(Date.now() + sessionTtlMs),
    ip: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
  });
  await updateUser(db, user.id, { lastLoginAt: new Date() });
  void reply.setCookie(services.sessionCookieName, token, {
    httpOnly: true,
    secure: services.config.isSecureCookies,
    sameSite: 'lax',
    path: '/',
    maxAge: Math.floor(sessionMaxAgeMs / 1000),
  });
  return csrfToken;
}

export const clearSessionCookie = (services: PlatformServices, reply: FastifyReply) =>
  reply.clearCookie(services.sessionCookieName, { path: '/', httpOnly: true, secure: services.config.isSecureCookies, sameSite: 'lax' });

export const userView = (user: Pick<UserRow, 'id' | 'email' | 'name' | 'locale' | 'isInstanceAdmin'>) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  locale: isUiLocale(user.locale) ? user.locale : null,
  isInstanceAdmin: user.isInstanceAdmin,
});

/** What the admin app needs to know about the signed-in person. */
export async function sessionView(db: Db, user: Pick<UserRow, 'id' | 'email' | 'name' | 'locale' | 'isInstanceAdmin'>, csrfToken: string) {
  return { user: userView(user), csrfToken, workspaces: (await unsafeListWorkspacesOfUser(db, user.id)).map((w) => ({ ...w, role: w.role as Role })) };
}

export const principalAsUser = (principal: Extract<Principal, { type: 'user' }>) => ({
  id: principal.userId,
  email: principal.email,
  name: principal.name,
  locale: principal.locale,
  isInstanceAdmin: principal.isInstanceAdmin,
});
