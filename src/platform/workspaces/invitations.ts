import { sql } from 'drizzle-orm';
import type { InvitationState, MemberInvitation } from '../../engine/accounts.js';
import { isUiLocale, type UiLocale } from '../../engine/i18n/locales.js';
import { recordAudit, type AuditActor } from '../audit/audit.js';
import { canAssignRole, type Role } from '../auth/permissions.js';
import { hashToken, newToken } from '../auth/secrets.js';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { AppError, notFound } from '../errors/app-error.js';
import { queueMail, sendQueuedMail } from '../mail/mail.js';
import type { PlatformServices } from '../services.js';
import { invitationMail } from '../users/account-mail.js';
import { createUser, unsafeFindUserByEmail, type UserRow } from '../users/store.js';
import * as store from './store.js';

/**
 * Inviting people into a workspace: the invited person gets a mail with a single-use link that
 * expires in a week; opening it, they choose their name and password (or, with an account
 * already, confirm theirs) and join with the role they were invited with.
 */

export const invitationLifetimeMs = 7 * 24 * 3600 * 1000;

export const invitationStateOf = (row: store.MemberInvitationRow, now = new Date()): InvitationState => {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
};

export const invitationView = (row: store.MemberInvitationRow): MemberInvitation => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  locale: isUiLocale(row.locale) ? row.locale : 'en',
  state: invitationStateOf(row),
  invitedBy: row.invitedByName,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});

/** Why a link no longer works, as the error the invitation page explains. */
export const invitationGone = (state: Exclude<InvitationState, 'pending'>) =>
  state === 'expired' ? new AppError('link_expired', 'invitation.expired') : new AppError('link_used', state === 'accepted' ? 'invitation.alreadyAccepted' : 'invitation.alreadyRevoked');

/** The page the mail links to; the token rides in the fragment, so it never reaches an access log. */
const invitationUrl = (services: PlatformServices, token: string) => `${services.config.publicUrl.replace(/\/$/, '')}/invite#token=${token}`;

interface Inviter {
  actor: AuditActor;
  actorRole: Role;
  userId: string;
  name: string;
}

/** Queues the invitation mail with a fresh token; the row keeps only the token's hash. */
async function mailNewLink(services: PlatformServices, tx: Db, row: store.MemberInvitationRow, workspace: store.WorkspaceRow) {
  const token = newToken();
  const expiresAt = new Date(Date.now() + invitationLifetimeMs);
  const updated = (await store.updateInvitation(tx, row.workspaceId, row.id, { tokenHash: hashToken(token), expiresAt }))!;
  const mail = invitationMail({
    locale: updated.locale as UiLocale,
    timeZone: workspace.timezone,
    inviterName: updated.invitedByName,
    workspaceName: workspace.name,
    name: updated.name,
    url: invitationUrl(services, token),
    expiresAt,
  });
  const mailId = await queueMail(tx, { workspaceId: row.workspaceId, purpose: 'member.invitation', to: updated.email, ...mail }, services.config);
  return { updated, mailId };
}

export async function inviteMember(
  services: PlatformServices,
  input: { workspaceId: string; email: string; name?: string | undefined; role: Role; locale?: UiLocale | undefined; inviter: Inviter },
) {
  const { inviter } = input;
  if (!canAssignRole(inviter.actorRole, null, input.role)) throw new AppError('forbidden', 'invitation.onlyOwnerCanInvite', { params: { role: input.role } });
  const { updated, mailId } = await services.db.transaction(async (tx) => {
    const workspace = await store.findWorkspace(tx, input.workspaceId);
    if (!workspace) throw notFound('workspace.notFound');
    const existing = await unsafeFindUserByEmail(tx, input.email);
    if (existing && (await store.findMembershipRole(tx, input.workspaceId, existing.id))) {
      throw new AppError('conflict', 'member.alreadyMember', { params: { email: existing.email }, errors: [{ path: 'body.email', key: 'field.alreadyMember' }] });
    }
    // A new invitation replaces any earlier one to the same address: only the newest link works.
    await store.revokeOpenInvitationsOf(tx, input.workspaceId, input.email);
    const row = await store.insertInvitation(tx, {
      workspaceId: input.workspaceId,
      id: newId(),
      email: input.email,
      name: input.name ?? null,
      role: input.role,
      locale: input.locale ?? workspace.defaultLocale,
      tokenHash: hashToken(newToken()),
      invitedByUserId: inviter.userId,
      invitedByName: inviter.name,
      expiresAt: new Date(),
    });
    const sent = await mailNewLink(services, tx, row, workspace);
    await recordAudit(tx, inviter.actor, {
      workspaceId: input.workspaceId,
      action: 'member.invited',
      target: { type: 'invitation', id: row.id },
      details: { email: row.email, role: row.role, locale: row.locale },
    });
    return sent;
  });
  await sendQueuedMail(services.jobs, services.mailJob, input.workspaceId, [mailId]);
  return invitationView(updated);
}

/** Sends a fresh link (and a fresh week); the old link stops working. */
export async function resendInvitation(services: PlatformServices, input: { workspaceId: string; invitationId: string; actor: AuditActor }) {
  const { updated, mailId } = await services.db.transaction(async (tx) => {
    const row = await store.findInvitation(tx, input.workspaceId, input.invitationId);
    if (!row) throw notFound('invitation.notFound');
    const state = invitationStateOf(row);
    if (state === 'accepted' || state === 'revoked') throw new AppError('conflict', state === 'accepted' ? 'invitation.alreadyAccepted' : 'invitation.alreadyRevoked');
    const workspace = (await store.findWorkspace(tx, input.workspaceId))!;
    const sent = await mailNewLink(services, tx, row, workspace);
    await recordAudit(tx, input.actor, { workspaceId: input.workspaceId, action: 'member.invitation_resent', target: { type: 'invitation', id: row.id }, details: { email: row.email } });
    return sent;
  });
  await sendQueuedMail(services.jobs, services.mailJob, input.workspaceId, [mailId]);
  return invitationView(updated);
}

export async function revokeInvitation(db: Db, input: { workspaceId: string; invitationId: string; actor: AuditActor }) {
  await db.transaction(async (tx) => {
    const row = await store.findInvitation(tx, input.workspaceId, input.invitationId);
    if (!row) throw notFound('invitation.notFound');
    if (row.acceptedAt) throw new AppError('conflict', 'invitation.acceptedRemoveMember');
    if (row.revokedAt) return;
    await store.updateInvitation(tx, input.workspaceId, row.id, { revokedAt: new Date() });
    await recordAudit(tx, input.actor, { workspaceId: input.workspaceId, action: 'member.invitation_revoked', target: { type: 'invitation', id: row.id }, details: { email: row.email } });
  });
}

/** What the invitation page shows; an unknown token is a 404 the page explains. */
export async function previewInvitation(db: Db, token: string) {
  const row = await store.unsafeFindInvitationByTokenHash(db, hashToken(token));
  if (!row) throw notFound('invitation.notFound');
  const workspace = (await store.findWorkspace(db, row.workspaceId))!;
  const view = invitationView(row);
  return {
    state: view.state,
    workspaceName: workspace.name,
    invitedBy: row.invitedByName,
    email: row.email,
    name: row.name,
    locale: view.locale,
    expiresAt: view.expiresAt,
    hasAccount: (await unsafeFindUserByEmail(db, row.email)) !== null,
  };
}

/**
 * Accepts an invitation: a new person's account is made with the name and password they chose;
 * an existing account (the caller checked its password) just joins. Returns the account.
 */
export async function acceptInvitation(
  db: Db,
  input: { token: string; newAccount: { name: string; passwordHash: string } | null; existingAccount: UserRow | null; actor: Omit<AuditActor, 'type' | 'id' | 'label'> },
) {
  return db.transaction(async (tx) => {
    const row = await store.unsafeFindInvitationByTokenHash(tx, hashToken(input.token));
    if (!row) throw notFound('invitation.notFound');
    // One acceptance per invitation, even when the link is opened twice at once.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`kuulo.invitation.${row.id}`}))`);
    const fresh = (await store.findInvitation(tx, row.workspaceId, row.id))!;
    const state = invitationStateOf(fresh);
    if (state !== 'pending') throw invitationGone(state);
    let user = input.existingAccount ?? (await unsafeFindUserByEmail(tx, fresh.email));
    if (user && !input.existingAccount) throw new AppError('conflict', 'invitation.accountExists', { params: { email: fresh.email } });
    if (!user) {
      if (!input.newAccount) throw new AppError('invalid_input', 'invitation.passwordMissing', { errors: [{ path: 'body.password', key: 'field.required' }] });
      user = await createUser(tx, { email: fresh.email, name: input.newAccount.name, passwordHash: input.newAccount.passwordHash, locale: fresh.locale });
    }
    if (!(await store.findMembershipRole(tx, fresh.workspaceId, user.id))) {
      await store.insertMembership(tx, { workspaceId: fresh.workspaceId, userId: user.id, role: fresh.role as Role });
    }
    await store.updateInvitation(tx, fresh.workspaceId, fresh.id, { acceptedAt: new Date(), acceptedByUserId: user.id });
    await recordAudit(tx, { ...input.actor, type: 'user', id: user.id, label: user.email }, {
      workspaceId: fresh.workspaceId,
      action: 'member.invitation_accepted',
      target: { type: 'user', id: user.id },
      details: { email: user.email, role: fresh.role, invitationId: fresh.id, isNewAccount: input.existingAccount === null },
    });
    return { user, workspaceId: fresh.workspaceId };
  });
}
