import { and, desc, eq, getTableColumns, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { mailMessages } from '../../platform/db/schema.js';
import type { InvitationCounts } from '../../engine/invitations/report.js';
import { contacts, contactTouches, distributions, emailTemplates, invitations, surveys } from '../schema.js';

/** Storage of templates, distributions, invitations and touches; the rules live beside it. */

export type TemplateRow = typeof emailTemplates.$inferSelect;
export type DistributionRow = typeof distributions.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;
export type NewInvitation = typeof invitations.$inferInsert;

export async function listTemplates(db: Db, workspaceId: string): Promise<TemplateRow[]> {
  return db.select().from(emailTemplates).where(eq(emailTemplates.workspaceId, workspaceId)).orderBy(emailTemplates.name);
}

export async function findTemplateRow(db: Db, workspaceId: string, id: string): Promise<TemplateRow | null> {
  const [row] = await db.select().from(emailTemplates).where(and(eq(emailTemplates.workspaceId, workspaceId), eq(emailTemplates.id, id))).limit(1);
  return row ?? null;
}

export async function insertTemplate(db: Db, row: Omit<typeof emailTemplates.$inferInsert, 'id'>): Promise<TemplateRow> {
  const [created] = await db.insert(emailTemplates).values({ ...row, id: newId() }).returning();
  return created!;
}

export async function updateTemplate(db: Db, workspaceId: string, id: string, values: Pick<TemplateRow, 'name' | 'kind' | 'translations'>): Promise<TemplateRow | null> {
  const [row] = await db.update(emailTemplates).set({ ...values, updatedAt: new Date() }).where(and(eq(emailTemplates.workspaceId, workspaceId), eq(emailTemplates.id, id))).returning();
  return row ?? null;
}

export async function deleteTemplate(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.delete(emailTemplates).where(and(eq(emailTemplates.workspaceId, workspaceId), eq(emailTemplates.id, id)));
}

export async function insertDistribution(db: Db, row: typeof distributions.$inferInsert): Promise<DistributionRow> {
  const [created] = await db.insert(distributions).values(row).returning();
  return created!;
}

export async function findDistribution(db: Db, workspaceId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<DistributionRow | null> {
  const query = db.select().from(distributions).where(and(eq(distributions.workspaceId, workspaceId), eq(distributions.id, id))).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function listDistributions(db: Db, workspaceId: string, surveyId?: string): Promise<DistributionRow[]> {
  return db
    .select()
    .from(distributions)
    .where(and(eq(distributions.workspaceId, workspaceId), surveyId ? eq(distributions.surveyId, surveyId) : undefined))
    .orderBy(desc(distributions.createdAt))
    .limit(500);
}

export async function updateDistribution(db: Db, workspaceId: string, id: string, values: Partial<typeof distributions.$inferInsert>): Promise<DistributionRow> {
  const [row] = await db.update(distributions).set({ ...values, updatedAt: new Date() }).where(and(eq(distributions.workspaceId, workspaceId), eq(distributions.id, id))).returning();
  return row!;
}

export async function deleteDistribution(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.delete(invitations).where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.distributionId, id)));
  await db.delete(distributions).where(and(eq(distributions.workspaceId, workspaceId), eq(distributions.id, id)));
}

export async function activeTriggers(db: Db, workspaceId: string, event: string): Promise<DistributionRow[]> {
  return db
    .select()
    .from(distributions)
    .where(and(eq(distributions.workspaceId, workspaceId), eq(distributions.triggerEvent, event), eq(distributions.status, 'active')));
}

/** Adds invitations; one already there for the same key is left as it was. Returns those added. */
export async function insertInvitations(db: Db, rows: NewInvitation[]): Promise<InvitationRow[]> {
  if (rows.length === 0) return [];
  return db.insert(invitations).values(rows).onConflictDoNothing().returning();
}

export async function findInvitation(db: Db, workspaceId: string, id: string): Promise<InvitationRow | null> {
  const [row] = await db.select().from(invitations).where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id))).limit(1);
  return row ?? null;
}

export async function findInvitationsByKey(db: Db, workspaceId: string, distributionIds: string[], dedupeKey: string): Promise<InvitationRow[]> {
  if (distributionIds.length === 0) return [];
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), inArray(invitations.distributionId, distributionIds), eq(invitations.dedupeKey, dedupeKey)));
}

/** A page of a distribution's invitations, each saying whether its mail only went to the outbox (it shares the invitation's id). */
export async function listInvitations(db: Db, workspaceId: string, distributionId: string, page: { stage?: string; beforeId?: string; limit: number }): Promise<(InvitationRow & { isInOutbox: boolean })[]> {
  return db
    .select({ ...getTableColumns(invitations), isInOutbox: sql<boolean>`coalesce(${mailMessages.status} = 'outbox', false)` })
    .from(invitations)
    .leftJoin(mailMessages, and(eq(mailMessages.workspaceId, invitations.workspaceId), eq(mailMessages.id, invitations.id)))
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        eq(invitations.distributionId, distributionId),
        page.stage ? stageCondition(page.stage) : undefined,
        page.beforeId ? lt(invitations.id, page.beforeId) : undefined,
      ),
    )
    .orderBy(desc(invitations.id))
    .limit(page.limit);
}

/** The SQL form of engine `stageOf`: an invitation is in the furthest stage it reached. */
function stageCondition(stage: string) {
  switch (stage) {
    case 'completed':
      return sql`${invitations.completedAt} is not null`;
    case 'started':
      return sql`${invitations.startedAt} is not null and ${invitations.completedAt} is null`;
    case 'opened':
      return sql`${invitations.status} = 'sent' and ${invitations.openedAt} is not null and ${invitations.startedAt} is null`;
    case 'sent':
      return sql`${invitations.status} = 'sent' and ${invitations.openedAt} is null and ${invitations.startedAt} is null`;
    default:
      return sql`${invitations.status} = ${stage} and ${invitations.startedAt} is null`;
  }
}

/** Per distribution: how many invitations are in each status, and how far the sent ones got. */
export async function countInvitations(db: Db, workspaceId: string, distributionIds: string[]) {
  if (distributionIds.length === 0) return new Map<string, InvitationCounts>();
  const rows = await db
    .select({
      distributionId: invitations.distributionId,
      status: invitations.status,
      count: sql<number>`count(*)::int`,
      opened: sql<number>`count(${invitations.openedAt})::int`,
      reliablyOpened: sql<number>`count(*) filter (where ${invitations.openedAt} is not null and not ${invitations.isOpenUnreliable})::int`,
      started: sql<number>`count(${invitations.startedAt})::int`,
      completed: sql<number>`count(${invitations.completedAt})::int`,
      reminders: sql<number>`coalesce(sum(${invitations.remindersSent}), 0)::int`,
    })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), inArray(invitations.distributionId, distributionIds)))
    .groupBy(invitations.distributionId, invitations.status);
  const counts = new Map<string, InvitationCounts>();
  for (const row of rows) {
    const total = counts.get(row.distributionId) ?? emptyCounts();
    total.recipients += row.count;
    if (row.status in total) total[row.status as keyof InvitationCounts] += row.count;
    total.opened += row.opened;
    total.reliablyOpened += row.reliablyOpened;
    total.started += row.started;
    total.completed += row.completed;
    total.remindersSent += row.reminders;
    counts.set(row.distributionId, total);
  }
  return counts;
}

export const emptyCounts = (): InvitationCounts => ({
  recipients: 0,
  draft: 0,
  queued: 0,
  sending: 0,
  sent: 0,
  skipped: 0,
  failed: 0,
  bounced: 0,
  cancelled: 0,
  opened: 0,
  reliablyOpened: 0,
  started: 0,
  completed: 0,
  remindersSent: 0,
});

/**
 * Of a distribution's sent invitations, how many only went to the outbox (their mail, which shares
 * the invitation's id, still waits there unsent) and how many a mail server accepted.
 */
export async function countDeliveries(db: Db, workspaceId: string, distributionId: string): Promise<{ acceptedByServer: number; inOutbox: number }> {
  const [row] = await db
    .select({
      inOutbox: sql<number>`count(*) filter (where ${mailMessages.status} = 'outbox')::int`,
      acceptedByServer: sql<number>`count(*) filter (where ${mailMessages.status} is distinct from 'outbox')::int`,
    })
    .from(invitations)
    .leftJoin(mailMessages, and(eq(mailMessages.workspaceId, invitations.workspaceId), eq(mailMessages.id, invitations.id)))
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.distributionId, distributionId), eq(invitations.status, 'sent')));
  return { acceptedByServer: row?.acceptedByServer ?? 0, inOutbox: row?.inOutbox ?? 0 };
}

export async function skipReasons(db: Db, workspaceId: string, distributionId: string) {
  return db
    .select({ reason: sql<string>`regexp_replace(${invitations.skipReason}, ' last asked [^;]*;', '')`, count: sql<number>`count(*)::int` })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.distributionId, distributionId), eq(invitations.status, 'skipped')))
    .groupBy(sql`1`)
    .orderBy(sql`2 desc`);
}

export async function countsByLanguage(db: Db, workspaceId: string, distributionId: string) {
  return db
    .select({
      language: sql<string>`coalesce(${invitations.language}, '')`,
      sent: sql<number>`count(*) filter (where ${invitations.status} in ('sent', 'bounced'))::int`,
      bounced: sql<number>`count(*) filter (where ${invitations.status} = 'bounced')::int`,
      completed: sql<number>`count(${invitations.completedAt})::int`,
    })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.distributionId, distributionId)))
    .groupBy(sql`1`)
    .orderBy(sql`2 desc`);
}

export async function insertTouches(db: Db, rows: Omit<typeof contactTouches.$inferInsert, 'id'>[]): Promise<void> {
  if (rows.length) await db.insert(contactTouches).values(rows.map((row) => ({ ...row, id: newId() })));
}

export async function surveyNames(db: Db, workspaceId: string, surveyIds: string[]): Promise<Map<string, string>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await db.select({ id: surveys.id, name: surveys.name }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), inArray(surveys.id, surveyIds)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The people a page of invitations went to, in one query. */
export async function contactsOf(db: Db, workspaceId: string, rows: InvitationRow[]) {
  const ids = [...new Set(rows.map((row) => row.contactId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map<string, { id: string; name: string | null; email: string | null }>();
  const found = await db.select({ id: contacts.id, name: contacts.name, email: contacts.email }).from(contacts).where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, ids)));
  return new Map(found.map((contact) => [contact.id, contact]));
}
