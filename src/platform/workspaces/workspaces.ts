import { sql } from 'drizzle-orm';
import type { AuditActor } from '../audit/audit.js';
import { recordAudit } from '../audit/audit.js';
import { canAssignRole, type Role } from '../auth/permissions.js';
import { hashPassword } from '../auth/secrets.js';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { AppError, notFound } from '../errors/app-error.js';
import { createUser, unsafeFindUserByEmail } from '../users/store.js';
import * as store from './store.js';

export interface CreateWorkspaceOptions {
  name: string;
  timezone?: string;
  defaultLocale?: string;
  ownerUserId: string;
  actor: AuditActor;
}

/** Creates a workspace with its first owner; run inside a transaction. */
export async function createWorkspace(db: Db, options: CreateWorkspaceOptions) {
  const workspace = await store.insertWorkspace(db, {
    id: newId(),
    name: options.name,
    timezone: options.timezone ?? 'UTC',
    defaultLocale: options.defaultLocale ?? 'en',
  });
  await store.insertMembership(db, { workspaceId: workspace.id, userId: options.ownerUserId, role: 'owner' });
  await recordAudit(db, options.actor, {
    workspaceId: workspace.id,
    action: 'workspace.created',
    target: { type: 'workspace', id: workspace.id },
    details: { name: workspace.name },
  });
  return workspace;
}

export async function updateWorkspaceSettings(db: Db, options: { workspaceId: string; patch: { name?: string; timezone?: string; defaultLocale?: string }; actor: AuditActor }) {
  return db.transaction(async (tx) => {
    const before = await store.findWorkspace(tx, options.workspaceId);
    if (!before) throw notFound('workspace.notFound');
    const after = await store.updateWorkspace(tx, options.workspaceId, options.patch);
    const changes = Object.fromEntries(
      Object.entries(options.patch)
        .filter(([key, value]) => value !== undefined && before[key as keyof typeof before] !== value)
        .map(([key, value]) => [key, { from: before[key as keyof typeof before], to: value }]),
    );
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, options.actor, { workspaceId: options.workspaceId, action: 'workspace.updated', target: { type: 'workspace', id: options.workspaceId }, details: changes });
    }
    return after!;
  });
}

export interface AddMemberOptions {
  workspaceId: string;
  actorRole: Role;
  actor: AuditActor;
  email: string;
  name: string;
  role: Role;
  /** Needed only when the email has no account yet: it becomes the initial password. */
  password?: string;
}

/** Adds a person to a workspace, creating their account when the email is new. */
export async function addMember(db: Db, options: AddMemberOptions) {
  if (!canAssignRole(options.actorRole, null, options.role)) throw new AppError('forbidden', 'member.onlyOwnerCanAdd', { params: { role: options.role } });
  const passwordHash = options.password ? await hashPassword(options.password) : null;
  return db.transaction(async (tx) => {
    let user = await unsafeFindUserByEmail(tx, options.email);
    const isNewAccount = !user;
    if (!user) {
      if (!passwordHash) {
        throw new AppError('invalid_input', 'member.needsPassword', {
          errors: [{ path: 'body.password', key: 'field.requiredForNewAccount' }],
        });
      }
      user = await createUser(tx, { email: options.email, name: options.name, passwordHash });
    }
    if (await store.findMembershipRole(tx, options.workspaceId, user.id)) {
      throw new AppError('conflict', 'member.alreadyMember', { params: { email: user.email } });
    }
    await store.insertMembership(tx, { workspaceId: options.workspaceId, userId: user.id, role: options.role });
    await recordAudit(tx, options.actor, {
      workspaceId: options.workspaceId,
      action: 'member.added',
      target: { type: 'user', id: user.id },
      details: { email: user.email, role: options.role, isNewAccount },
    });
    return (await store.findMember(tx, options.workspaceId, user.id))!;
  });
}

export async function changeMemberRole(db: Db, options: { workspaceId: string; userId: string; role: Role; actorRole: Role; actor: AuditActor }) {
  return db.transaction(async (tx) => {
    await lockWorkspaceMembers(tx, options.workspaceId);
    const member = await store.findMember(tx, options.workspaceId, options.userId);
    if (!member) throw notFound('member.notFound');
    const from = member.role as Role;
    if (!canAssignRole(options.actorRole, from, options.role)) throw new AppError('forbidden', 'member.onlyOwnerCanChangeOwner');
    if (from === options.role) return member;
    if (from === 'owner' && (await store.countOwners(tx, options.workspaceId)) <= 1) {
      throw new AppError('last_owner', 'member.lastOwnerRole');
    }
    await store.updateMembershipRole(tx, options.workspaceId, options.userId, options.role);
    await recordAudit(tx, options.actor, {
      workspaceId: options.workspaceId,
      action: 'member.role_changed',
      target: { type: 'user', id: options.userId },
      details: { email: member.email, from, to: options.role },
    });
    return { ...member, role: options.role };
  });
}

export async function removeMember(db: Db, options: { workspaceId: string; userId: string; actorRole: Role; actor: AuditActor }) {
  await db.transaction(async (tx) => {
    await lockWorkspaceMembers(tx, options.workspaceId);
    const member = await store.findMember(tx, options.workspaceId, options.userId);
    if (!member) throw notFound('member.notFound');
    const role = member.role as Role;
    if (!canAssignRole(options.actorRole, role, role)) throw new AppError('forbidden', 'member.onlyOwnerCanRemoveOwner');
    if (role === 'owner' && (await store.countOwners(tx, options.workspaceId)) <= 1) {
      throw new AppError('last_owner', 'member.lastOwnerRemove');
    }
    await store.deleteMembership(tx, options.workspaceId, options.userId);
    await recordAudit(tx, options.actor, {
      workspaceId: options.workspaceId,
      action: 'member.removed',
      target: { type: 'user', id: options.userId },
      details: { email: member.email, role },
    });
  });
}

/** Serialises membership changes per workspace, so the last-owner rule holds under concurrency. */
async function lockWorkspaceMembers(db: Db, workspaceId: string) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`kuulo.members.${workspaceId}`}))`);
}
