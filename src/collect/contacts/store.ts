import { and, desc, eq, ilike, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { contacts, responses, surveys } from '../schema.js';

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
export async function upsertContact(db: Db, workspaceId: string, input: ContactInput): Promise<{ row: ContactRow; isNew: boolean }> {
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
    return { row: updated!, isNew: false };
  }
  const [created] = await db
    .insert(contacts)
    .values({ workspaceId, id: newId(), externalId: input.externalId ?? null, email: input.email ?? null, name: input.name ?? null, language: input.language ?? null, attributes: input.attributes ?? {} })
    .returning();
  return { row: created!, isNew: true };
}

export async function findContactByKeys(db: Db, workspaceId: string, input: ContactInput): Promise<ContactRow | null> {
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

/** Newest first; ids are time-ordered, so the last id seen is the cursor. Search looks at name, email and external id. */
export async function listContacts(db: Db, workspaceId: string, options: { search?: string; beforeId?: string; limit: number }) {
  const pattern = options.search ? `%${options.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.workspaceId, workspaceId),
        pattern ? or(ilike(contacts.name, pattern), ilike(contacts.email, pattern), ilike(contacts.externalId, pattern)) : undefined,
        options.beforeId ? lt(contacts.id, options.beforeId) : undefined,
      ),
    )
    .orderBy(desc(contacts.id))
    .limit(options.limit);
}

export async function insertContact(db: Db, workspaceId: string, input: ContactInput): Promise<ContactRow> {
  const [created] = await db
    .insert(contacts)
    .values({ workspaceId, id: newId(), externalId: input.externalId ?? null, email: input.email ?? null, name: input.name ?? null, language: input.language ?? null, attributes: input.attributes ?? {} })
    .returning();
  return created!;
}

export async function updateContact(db: Db, workspaceId: string, contactId: string, patch: Partial<Pick<ContactRow, 'externalId' | 'email' | 'name' | 'language' | 'attributes' | 'emailStatus' | 'emailStatusReason'>>) {
  const [row] = await db.update(contacts).set({ ...patch, updatedAt: new Date() }).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId))).returning();
  return row ?? null;
}

/** Deletes a contact; its responses stay, no longer linked to anyone. */
export async function deleteContact(db: Db, workspaceId: string, contactId: string): Promise<boolean> {
  await db.update(responses).set({ contactId: null }).where(and(eq(responses.workspaceId, workspaceId), eq(responses.contactId, contactId)));
  const deleted = await db.delete(contacts).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId))).returning({ id: contacts.id });
  return deleted.length > 0;
}

export async function listContactResponses(db: Db, workspaceId: string, contactId: string) {
  return db
    .select({
      id: responses.id,
      surveyId: responses.surveyId,
      surveyName: surveys.name,
      state: responses.state,
      channel: responses.channel,
      startedAt: responses.startedAt,
      completedAt: responses.completedAt,
    })
    .from(responses)
    .innerJoin(surveys, and(eq(surveys.workspaceId, responses.workspaceId), eq(surveys.id, responses.surveyId)))
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.contactId, contactId)))
    .orderBy(desc(responses.id))
    .limit(200);
}
