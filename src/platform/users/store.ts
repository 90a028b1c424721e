import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { passwordResets, sessions, users } from '../db/schema.js';

export type UserRow = typeof users.$inferSelect;

export async function createUser(db: Db, input: { email: string; name: string; passwordHash: string; locale?: string | null; isInstanceAdmin?: boolean }): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ id: newId(), email: input.email.trim(), name: input.name.trim(), passwordHash: input.passwordHash, locale: input.locale ?? null, isInstanceAdmin: input.isInstanceAdmin ?? false })
    .returning();
  return row!;
}

/** Global lookup: accounts are not per workspace. */
export async function unsafeFindUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email.trim()})`).limit(1);
  return row ?? null;
}

export async function unsafeFindUserById(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function updateUser(db: Db, id: string, patch: Partial<Pick<UserRow, 'name' | 'locale' | 'passwordHash' | 'lastLoginAt'>>): Promise<UserRow | null> {
  const [row] = await db.update(users).set({ ...patch, updatedAt: new Date() }).where(eq(users.id, id)).returning();
  return row ?? null;
}

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: Db, input: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date; ip: string | null; userAgent: string | null }) {
  await db.insert(sessions).values(input);
}

/** A live session with its user, or null when it is unknown, idle too long, or older than 90 days. */
export async function findLiveSession(db: Db, tokenHash: string): Promise<{ session: SessionRow; user: UserRow } | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`), gt(sessions.createdAt, sql`now() - interval '90 days'`)))
    .limit(1);
  return row ?? null;
}

export async function touchSession(db: Db, tokenHash: string, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: new Date(), expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Db, userId: string, exceptTokenHash?: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptTokenHash ? sql`${sessions.tokenHash} <> ${exceptTokenHash}` : undefined));
}

export async function insertPasswordReset(db: Db, row: { tokenHash: string; userId: string; expiresAt: Date }) {
  await db.insert(passwordResets).values(row);
}

/**
 * Spends a reset link: marks it used and returns its account, or null when it is unknown, used or
 * expired. One UPDATE, so two clicks cannot both spend it.
 */
export async function spendPasswordReset(db: Db, tokenHash: string): Promise<string | null> {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, sql`now()`)))
    .returning({ userId: passwordResets.userId });
  return row?.userId ?? null;
}

/** Whether a reset link can still be used, without spending it (the page asks before showing its form). */
export async function isPasswordResetUsable(db: Db, tokenHash: string): Promise<boolean> {
  const [row] = await db
    .select({ tokenHash: passwordResets.tokenHash })
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, sql`now()`)))
    .limit(1);
  return row !== undefined;
}

/** A new password ends every link asked for before it. */
export async function retirePasswordResets(db: Db, userId: string) {
  await db.update(passwordResets).set({ usedAt: new Date() }).where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}
