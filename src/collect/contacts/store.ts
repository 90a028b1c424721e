import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { contacts } from '../schema.js';

export type ContactRow = typeof contacts.$inferSelect;

export interface ContactInput {
  externalId?: string;
  email?: string;
  name?: string;
  language?: string;
  attributes?: Record<string, string | number | boolean>;
}

/**
 * Finds the contact by the company's own id, else by email, and brings it up to date; or creates it.
 * Attributes are merged, so a partial update keeps what was known.
 */
export async function upsertContact(db: Db, workspaceId: string, input: ContactInput): Promise<ContactRow> {
  const existing = await findContactByKeys(db, workspaceId, input);
  if (existing) {
    const [updated] = await db
      .update(contacts)
      .set({
        externalId: input.externalId ?? existing.externalId,
        email: input.email ?? existing.email,
        name: input.name ?? existing.name,
        language: input.language ?? existing.language,
        attributes: { ...(existing.attributes as object), ...input.attributes },
        updatedAt: new Date(),
      })
      .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, existing.id)))
      .returning();
    return updated!;
  }
  const [created] = await db
    .insert(contacts)
    .values({ workspaceId, id: newId(), externalId: input.externalId ?? null, email: input.email ?? null, name: input.name ?? null, language: input.language ?? null, attributes: input.attributes ?? {} })
    .returning();
  return created!;
}

async function findContactByKeys(db: Db, workspaceId: string, input: ContactInput): Promise<ContactRow | null> {
  if (input.externalId) {
    const [row] = await db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.externalId, input.externalId))).limit(1);
    if (row) return row;
  }
  if (input.email) {
    const [row] = await db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), sql`lower(${contacts.email}) = lower(${input.email})`)).limit(1);
    if (row) return row;
  }
  return null;
}

export async function findContact(db: Db, workspaceId: string, contactId: string): Promise<ContactRow | null> {
  const [row] = await db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId))).limit(1);
  return row ?? null;
}
