import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { contactImports } from '../schema.js';

export type ContactImportRow = typeof contactImports.$inferSelect;

export async function insertContactImport(db: Db, row: typeof contactImports.$inferInsert) {
  const [created] = await db.insert(contactImports).values(row).returning();
  return created!;
}

export async function findContactImport(db: Db, workspaceId: string, importId: string): Promise<ContactImportRow | null> {
  const [row] = await db.select().from(contactImports).where(and(eq(contactImports.workspaceId, workspaceId), eq(contactImports.id, importId))).limit(1);
  return row ?? null;
}

export async function updateContactImport(db: Db, workspaceId: string, importId: string, patch: Partial<Omit<ContactImportRow, 'workspaceId' | 'id' | 'csv'>>) {
  await db.update(contactImports).set(patch).where(and(eq(contactImports.workspaceId, workspaceId), eq(contactImports.id, importId)));
}
