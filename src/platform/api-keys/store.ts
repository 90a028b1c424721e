import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { apiKeys } from '../db/schema.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(db: Db, row: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [created] = await db.insert(apiKeys).values(row).returning();
  return created!;
}

export async function listApiKeys(db: Db, workspaceId: string) {
  return db.select().from(apiKeys).where(eq(apiKeys.workspaceId, workspaceId)).orderBy(desc(apiKeys.createdAt));
}

export async function findApiKey(db: Db, workspaceId: string, keyId: string): Promise<ApiKeyRow | null> {
  const [row] = await db.select().from(apiKeys).where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, keyId))).limit(1);
  return row ?? null;
}

/** Authentication starts from the key alone, before any workspace is known. */
export async function unsafeFindActiveApiKeyById(db: Db, keyId: string): Promise<ApiKeyRow | null> {
  const [row] = await db.select().from(apiKeys).where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt))).limit(1);
  return row ?? null;
}

export async function revokeApiKey(db: Db, workspaceId: string, keyId: string): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

export async function markApiKeyUsed(db: Db, workspaceId: string, keyId: string) {
  await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, keyId)));
}
