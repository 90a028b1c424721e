import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUiLocale } from '../../engine/i18n/locales.js';
import { recordAudit, type AuditActor } from '../audit/audit.js';
import { hashPassword, hashToken, newToken } from '../auth/secrets.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors/app-error.js';
import { queueMail, sendQueuedMail } from '../mail/mail.js';
import type { PlatformServices } from '../services.js';
import { findWorkspace, unsafeListWorkspacesOfUser } from '../workspaces/store.js';
import { passwordResetMail } from './account-mail.js';
import { sessionView, startSession } from './sign-in.js';
import * as store from './store.js';

/** A reset link works for an hour, once. */
export const passwordResetLifetimeMs = 3600 * 1000;

/**
 * Writes an account event (a password changed or reset) into the audit log of every workspace the
 * person belongs to: the log is per workspace, and each workspace's admins should see it.
 */
async function recordAccountAudit(db: Db, actor: AuditActor, userId: string, action: string) {
  for (const workspace of await unsafeListWorkspacesOfUser(db, userId)) {
    await recordAudit(db, actor, { workspaceId: workspace.id, action, target: { type: 'user', id: userId } });
  }
}

/** Sets a new password and signs out every session but `keepSessionHash` (none after a reset). */
async function replacePassword(db: Db, userId: string, passwordHash: string, keepSessionHash: string | undefined) {
  await store.updateUser(db, userId, { passwordHash });
  await store.deleteUserSessions(db, userId, keepSessionHash);
  await store.retirePasswordResets(db, userId);
}

export async function changePassword(db: Db, input: { userId: string; newPassword: string; keepSessionHash: string; actor: AuditActor }) {
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await replacePassword(tx, input.userId, passwordHash, input.keepSessionHash);
    await recordAccountAudit(tx, input.actor, input.userId, 'user.password_changed');
  });
}

/**
 * Mails a reset link when the address has an account (and a workspace, whose mail log carries it);
 * says nothing either way, so the answer never tells whether an account exists. At most three
 * links an hour per address, so nobody can flood someone's inbox.
 */
export async function requestPasswordReset(services: PlatformServices, email: string, log: FastifyRequest['log']) {
  const perAddress = services.passwordResetLimits.hit(email.toLowerCase());
  if (!perAddress.isAllowed) return;
  const user = await store.unsafeFindUserByEmail(services.db, email);
  if (!user) return;
  const [home] = await unsafeListWorkspacesOfUser(services.db, user.id);
  const workspace = home ? await findWorkspace(services.db, home.id) : null;
  if (!workspace) {
    log.warn({ userId: user.id }, 'password reset asked for an account without a workspace: no mail sent');
    return;
  }
  const token = newToken();
  const expiresAt = new Date(Date.now() + passwordResetLifetimeMs);
  const locale = isUiLocale(user.locale) ? user.locale : isUiLocale(workspace.defaultLocale) ? workspace.defaultLocale : 'en';
  const mail = passwordResetMail({
    locale,
    timeZone: workspace.timezone,
    name: user.name,
    url: `${services.config.publicUrl.replace(/\/$/, '')}/reset-password#token=${token}`,
    expiresAt,
  });
  const mailId = await services.db.transaction(async (tx) => {
    await store.insertPasswordReset(tx, { tokenHash: hashToken(token), userId: user.id, expiresAt });
    return queueMail(tx, { workspaceId: workspace.id, purpose: 'user.password_reset', to: user.email, ...mail }, services.config);
  });
  await sendQueuedMail(services.jobs, services.mailJob, workspace.id, [mailId]);
}

/** Spends a reset link: sets the new password, signs out every session, and signs in here. */
export async function completePasswordReset(
  services: PlatformServices,
  input: { token: string; newPassword: string; actor: Pick<AuditActor, 'ip' | 'requestId'>; request: FastifyRequest; reply: FastifyReply },
) {
  const { db } = services;
  const passwordHash = await hashPassword(input.newPassword);
  const result = await db.transaction(async (tx) => {
    const userId = await store.spendPasswordReset(tx, hashToken(input.token));
    if (!userId) throw new AppError('link_invalid', 'passwordReset.linkGone');
    const user = (await store.unsafeFindUserById(tx, userId))!;
    await replacePassword(tx, userId, passwordHash, undefined);
    await recordAccountAudit(tx, { ...input.actor, type: 'user', id: user.id, label: user.email }, userId, 'user.password_reset');
    const csrfToken = await startSession(services, tx, user, input.request, input.reply);
    return { user, csrfToken };
  });
  return sessionView(db, result.user, result.csrfToken);
}
