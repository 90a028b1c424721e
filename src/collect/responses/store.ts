import { and, asc, desc, eq, getTableColumns, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { responses } from '../schema.js';

export type ResponseRow = typeof responses.$inferSelect;

/**
 * Stores a submission idempotently: a new submission id inserts; a partial one is brought up to
 * date; a complete one never changes again. Returns the row as it now stands, and what this
 * call did to it.
 */
export async function upsertResponse(db: Db, row: typeof responses.$inferInsert): Promise<{ row: ResponseRow; change: 'created' | 'updated' | 'none' }> {
  const [written] = await db
    .insert(responses)
    .values(row)
    .onConflictDoUpdate({
      target: [responses.workspaceId, responses.surveyId, responses.submissionId],
      set: {
        surveyVersion: row.surveyVersion,
        state: row.state,
        answers: row.answers,
        hidden: row.hidden,
        language: row.language,
        endingId: row.endingId,
        updatedAt: sql`now()`,
        completedAt: row.completedAt,
      },
      setWhere: sql`${responses.state} = 'partial'`,
    })
    // xmax is 0 on a freshly inserted row version, and set on one an update wrote.
    .returning({ ...getTableColumns(responses), isInserted: sql<boolean>`(xmax = 0)` });
  if (written) {
    const { isInserted, ...stored } = written;
    return { row: stored, change: isInserted ? 'created' : 'updated' };
  }
  const existing = await findResponseBySubmission(db, row.workspaceId, row.surveyId, row.submissionId);
  return { row: existing!, change: 'none' };
}

/**
 * Serialises saves of one submission (a retry racing its original) until the transaction ends, so
 * each save sees the one before it whole.
 */
export async function lockSubmission(db: Db, submissionId: string): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`submission:${submissionId}`}, 0))`);
}

export async function findResponseBySubmission(db: Db, workspaceId: string, surveyId: string, submissionId: string): Promise<ResponseRow | null> {
  const [row] = await db
    .select()
    .from(responses)
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.surveyId, surveyId), eq(responses.submissionId, submissionId)))
    .limit(1);
  return row ?? null;
}

export interface ResponseFilters {
  state?: 'partial' | 'complete';
  channel?: string;
  language?: string;
  from?: Date;
  to?: Date;
  /** Answer filters, all of which must hold: a JSON fragment the answers contain, or text a written answer contains. */
  answers?: AnswerFilter[];
  /** Newest first; ids are time-ordered, so the last id seen is the cursor. */
  beforeId?: string;
  limit: number;
}

export type AnswerFilter = { contains: Record<string, unknown> } | { questionId: string; textContains: string };

function answerCondition(filter: AnswerFilter) {
  if ('contains' in filter) return sql`${responses.answers} @> ${JSON.stringify(filter.contains)}::jsonb`;
  const pattern = `%${filter.textContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${responses.answers} ->> ${filter.questionId} ILIKE ${pattern}`;
}

export async function listResponses(db: Db, workspaceId: string, surveyId: string, filters: ResponseFilters) {
  return db
    .select()
    .from(responses)
    .where(
      and(
        eq(responses.workspaceId, workspaceId),
        eq(responses.surveyId, surveyId),
        filters.state ? eq(responses.state, filters.state) : undefined,
        filters.channel ? eq(responses.channel, filters.channel) : undefined,
        filters.language ? eq(responses.language, filters.language) : undefined,
        filters.from ? gte(responses.startedAt, filters.from) : undefined,
        filters.to ? lte(responses.startedAt, filters.to) : undefined,
        ...(filters.answers ?? []).map(answerCondition),
        filters.beforeId ? lt(responses.id, filters.beforeId) : undefined,
      ),
    )
    .orderBy(desc(responses.id))
    .limit(filters.limit);
}

export async function findResponse(db: Db, workspaceId: string, responseId: string): Promise<ResponseRow | null> {
  const [row] = await db.select().from(responses).where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, responseId))).limit(1);
  return row ?? null;
}

/** Ids of the responses completed since a time (of some surveys, or all), oldest first: what an alert rule's replay judges. */
export async function completedResponseIdsSince(db: Db, workspaceId: string, since: Date, surveyIds: readonly string[], limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.state, 'complete'), gte(responses.completedAt, since), surveyIds.length ? inArray(responses.surveyId, [...surveyIds]) : undefined))
    .orderBy(asc(responses.completedAt))
    .limit(limit);
  return rows.map((row) => row.id);
}
