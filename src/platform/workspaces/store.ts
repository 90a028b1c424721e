import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '../auth/permissions.js';
import type { Db } from '../db/database.js';
import { memberInvitations, memberships, users, workspaces } from '../db/schema.js';

export type WorkspaceRow = typeof workspaces.$inferSelect;

export async function insertWorkspace(db: Db, row: { id: string; name: string; timezone: string; defaultLocale: string }): Promise<WorkspaceRow> {
  const [created] = await db.insert(workspaces).values(row).returning();
  return created!;
}

export async function findWorkspace(db: Db, workspaceId: string): Promise<WorkspaceRow | null> {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
  return row ?? null;
}

export async function updateWorkspace(db: Db, workspaceId: string, patch: Partial<Pick<WorkspaceRow, 'name' | 'timezone' | 'defaultLocale'>>): Promise<WorkspaceRow | null> {
  const [row] = await db.update(workspaces).set({ ...patch, updatedAt: new Date() }).where(eq(workspaces.id, workspaceId)).returning();
  return row ?? null;
}

/** The workspaces a user belongs to, across tenants: the one query that spans them, by design. */
export async function unsafeListWorkspacesOfUser(db: Db, userId: string) {
  return db
    .select({ id: workspaces.id, name: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

export async function findMembershipRole(db: Db, workspaceId: string, userId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .limit(1);
  return (row?.role as Role | undefined) ?? null;
}

const memberColumns = {
  userId: memberships.userId,
  email: users.email,
  name: users.name,
  role: memberships.role,
  createdAt: memberships.createdAt,
};

export async function listMembers(db: Db, workspaceId: string) {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name), asc(users.email));
}

export async function findMember(db: Db, workspaceId: string, userId: string) {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .limit(1);
  return row ?? null;
}

export async function insertMembership(db: Db, row: { workspaceId: string; userId: string; role: Role }) {
  await db.insert(memberships).values(row);
}

export async function updateMembershipRole(db: Db, workspaceId: string, userId: string, role: Role) {
  await db
    .update(memberships)
    .set({ role, updatedAt: new Date() })
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
}

export async function deleteMembership(db: Db, workspaceId: string, userId: string) {
  await db.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
}

export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')));
  return row?.n ?? 0;
}

export const countWorkspaces = async (db: Db): Promise<number> =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(workspaces))[0]?.n ?? 0;

export type MemberInvitationRow = typeof memberInvitations.$inferSelect;

export async function insertInvitation(db: Db, row: typeof memberInvitations.$inferInsert): Promise<MemberInvitationRow> {
  const [created] = await db.insert(memberInvitations).values(row).returning();
  return created!;
}

/** Invitations neither accepted nor revoked (expired ones too, so they can be resent), newest first. */
export async function listOpenInvitations(db: Db, workspaceId: string): Promise<MemberInvitationRow[]> {
  return db
    .select()
    .from(memberInvitations)
    .where(and(eq(memberInvitations.workspaceId, workspaceId), isNull(memberInvitations.acceptedAt), isNull(memberInvitations.revokedAt)))
    .orderBy(desc(memberInvitations.createdAt));
}

export async function findInvitation(db: Db, workspaceId: string, id: string): Promise<MemberInvitationRow | null> {
  const [row] = await db.select().from(memberInvitations).where(and(eq(memberInvitations.workspaceId, workspaceId), eq(memberInvitations.id, id))).limit(1);
  return row ?? null;
}

/** Global lookup by the link's token: the link carries nothing else, so it finds its workspace. */
export async function unsafeFindInvitationByTokenHash(db: Db, tokenHash: string): Promise<MemberInvitationRow | null> {
  const [row] = await db.select().from(memberInvitations).where(eq(memberInvitations.tokenHash, tokenHash)).limit(1);
  return row ?? null;
}

export async function updateInvitation(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Partial<Pick<MemberInvitationRow, 'tokenHash' | 'expiresAt' | 'acceptedAt' | 'acceptedByUserId' | 'revokedAt' | 'role' | 'locale' | 'name'>>,
): Promise<MemberInvitationRow | null> {
  const [row] = await db.update(memberInvitations).set(patch).where(and(eq(memberInvitations.workspaceId, workspaceId), eq(memberInvitations.id, id))).returning();
  return row ?? null;
}

/** Revokes the open invitations of one address, when a new one replaces them. */
export async function revokeOpenInvitationsOf(db: Db, workspaceId: string, email: string) {
  await db
    .update(memberInvitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(memberInvitations.workspaceId, workspaceId),
        sql`lower(${memberInvitations.email}) = lower(${email})`,
        isNull(memberInvitations.acceptedAt),
        isNull(memberInvitations.revokedAt),
      ),
    );
}
