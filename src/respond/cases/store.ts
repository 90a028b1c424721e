import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { caseEvents, cases } from '../schema.js';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

export const caseStatuses = ['new', 'in_progress', 'waiting_for_customer', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const openStatuses: readonly CaseStatus[] = ['new', 'in_progress', 'waiting_for_customer'];

/** The next case number of a workspace; call inside the transaction that inserts the case. */
export async function nextCaseNumber(db: Db, workspaceId: string): Promise<number> {
  // One number at a time per workspace, so two cases opened together never take the same one.
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`kuulo:case-number:${workspaceId}`}, 0))`);
  const [row] = await db.select({ max: sql<number>`coalesce(max(${cases.number}), 0)::int` }).from(cases).where(eq(cases.workspaceId, workspaceId));
  return (row?.max ?? 0) + 1;
}

export async function insertCase(db: Db, row: typeof cases.$inferInsert): Promise<CaseRow> {
  const [created] = await db.insert(cases).values(row).returning();
  return created!;
}

export async function findCase(db: Db, workspaceId: string, caseId: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow | null> {
  const query = db.select().from(cases).where(and(eq(cases.workspaceId, workspaceId), eq(cases.id, caseId))).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateCase(db: Db, workspaceId: string, caseId: string, patch: Partial<typeof cases.$inferInsert>): Promise<CaseRow> {
  const [row] = await db
    .update(cases)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(cases.workspaceId, workspaceId), eq(cases.id, caseId)))
    .returning();
  return row!;
}

export async function addCaseEvent(db: Db, event: { workspaceId: string; caseId: string; type: string; actorUserId: string | null; actorLabel: string; data?: Record<string, unknown>; at?: Date }) {
  await db.insert(caseEvents).values({ ...event, id: newId(), data: event.data ?? {}, at: event.at ?? new Date() });
}

export async function listCaseEvents(db: Db, workspaceId: string, caseId: string): Promise<CaseEventRow[]> {
  return db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.workspaceId, workspaceId), eq(caseEvents.caseId, caseId)))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

export interface CaseFilters {
  statuses?: readonly string[];
  priorities?: readonly string[];
  teamIds?: readonly string[];
  ownerUserId?: string | null;
  contactId?: string;
  isBreached?: boolean;
  search?: string;
  /** Cases this person may see when agents are kept to their teams: their own and their teams'. */
  visibleTo?: { userId: string; teamIds: readonly string[] };
  beforeId?: string;
  limit: number;
}

const visibility = (who: NonNullable<CaseFilters['visibleTo']>): SQL =>
  or(eq(cases.ownerUserId, who.userId), who.teamIds.length ? inArray(cases.teamId, [...who.teamIds]) : undefined)!;

/** Cases matching the filters, newest first, a page at a time. */
export async function listCases(db: Db, workspaceId: string, filters: CaseFilters, now = new Date()): Promise<CaseRow[]> {
  const search = filters.search?.trim();
  const number = search && /^#?\d+$/.test(search) ? Number(search.replace('#', '')) : null;
  return db
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.workspaceId, workspaceId),
        filters.statuses?.length ? inArray(cases.status, [...filters.statuses]) : undefined,
        filters.priorities?.length ? inArray(cases.priority, [...filters.priorities]) : undefined,
        filters.teamIds?.length ? inArray(cases.teamId, [...filters.teamIds]) : undefined,
        filters.ownerUserId === null ? isNull(cases.ownerUserId) : filters.ownerUserId ? eq(cases.ownerUserId, filters.ownerUserId) : undefined,
        filters.contactId ? eq(cases.contactId, filters.contactId) : undefined,
        filters.isBreached ? and(inArray(cases.status, [...openStatuses]), isNull(cases.slaPausedAt), lt(cases.dueAt, now)) : undefined,
        search ? (number !== null ? eq(cases.number, number) : sql`${cases.title} ILIKE ${`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`) : undefined,
        filters.visibleTo ? visibility(filters.visibleTo) : undefined,
        filters.beforeId ? lt(cases.id, filters.beforeId) : undefined,
      ),
    )
    .orderBy(desc(cases.id))
    .limit(filters.limit);
}

/** Open cases past their due time that have not been escalated yet, across workspaces (the SLA job's sweep). */
export async function unsafeListBreachedCases(db: Db, now: Date, limit: number): Promise<CaseRow[]> {
  return db
    .select()
    .from(cases)
    .where(and(sql`${cases.status} NOT IN ('resolved', 'closed')`, isNull(cases.slaPausedAt), lt(cases.dueAt, now), eq(cases.escalationLevel, 0)))
    .orderBy(asc(cases.dueAt))
    .limit(limit);
}

/** The open case a rule already has for a contact: a second bad response joins it instead of opening another. */
export async function findOpenCaseOf(db: Db, workspaceId: string, of: { contactId: string; ruleId: string }): Promise<CaseRow | null> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.workspaceId, workspaceId), eq(cases.contactId, of.contactId), eq(cases.ruleId, of.ruleId), inArray(cases.status, [...openStatuses])))
    .orderBy(desc(cases.createdAt))
    .limit(1)
    .for('update');
  return row ?? null;
}

/** Links one more response to a case, with a line on its timeline. */
export async function addResponseToCase(db: Db, row: CaseRow, responseId: string, what: Record<string, unknown>, now: Date): Promise<void> {
  if (row.responseIds.includes(responseId)) return;
  await updateCase(db, row.workspaceId, row.id, { responseIds: [...row.responseIds, responseId], updatedAt: now });
  await addCaseEvent(db, { workspaceId: row.workspaceId, caseId: row.id, type: 'response_added', actorUserId: null, actorLabel: 'Kuulo', data: { responseId, ...what }, at: now });
}

/** Open cases in each view a person has (theirs, their teams', nobody's, past due), within what they may see. */
export async function countCases(db: Db, workspaceId: string, who: { userId: string | null; teamIds: readonly string[]; visibleTo: CaseFilters['visibleTo'] | null }, now: Date) {
  const mine = who.userId ? sql`${cases.ownerUserId} = ${who.userId}` : sql`false`;
  const team = who.teamIds.length ? inArray(cases.teamId, [...who.teamIds]) : sql`false`;
  const [row] = await db
    .select({
      mine: sql<number>`count(*) FILTER (WHERE ${mine})::int`,
      team: sql<number>`count(*) FILTER (WHERE ${team})::int`,
      unassigned: sql<number>`count(*) FILTER (WHERE ${cases.ownerUserId} IS NULL)::int`,
      breached: sql<number>`count(*) FILTER (WHERE ${cases.slaPausedAt} IS NULL AND ${cases.dueAt} < ${now.toISOString()})::int`,
      all: sql<number>`count(*)::int`,
    })
    .from(cases)
    .where(and(eq(cases.workspaceId, workspaceId), inArray(cases.status, [...openStatuses]), who.visibleTo ? visibility(who.visibleTo) : undefined));
  return { mine: Number(row?.mine ?? 0), team: Number(row?.team ?? 0), unassigned: Number(row?.unassigned ?? 0), breached: Number(row?.breached ?? 0), all: Number(row?.all ?? 0) };
}
