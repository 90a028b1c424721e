import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { auditLog } from '../db/schema.js';

export type AuditRow = typeof auditLog.$inferSelect;

export async function insertAuditEntry(db: Db, row: typeof auditLog.$inferInsert) {
  await db.insert(auditLog).values(row);
}

/** Newest first; ids are UUIDv7, so they order by time and serve as the cursor. */
export async function listAuditEntries(db: Db, workspaceId: string, options: { limit: number; beforeId?: string }) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), options.beforeId ? lt(auditLog.id, options.beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}
