import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/database.js';
import { choiceRollups, pageRollups, questionRollups, responseRollups } from '../schema.js';

/** The reads dashboards make: sums of rollup rows, grouped by day or breakdown value; never responses. */

export interface RollupSlice {
  workspaceId: string;
  from: string;
  to: string;
  surveyIds?: readonly string[];
  /** ('', '') for everyone, or one breakdown's rows. */
  dimension: string;
  /** One value of the dimension; undefined: every value (grouped by it). */
  value?: string;
}

/** Summed statistics of a group of rollup rows. */
export interface SummedStats {
  key: string;
  shown: number;
  answered: number;
  counts: number[];
  sum6: number;
  sumSq6: number;
}

const q = questionRollups;
const countColumns = [q.c0, q.c1, q.c2, q.c3, q.c4, q.c5, q.c6, q.c7, q.c8, q.c9, q.c10];
const int = (column: SQL | AnyPgColumn) => sql<string>`coalesce(sum(${column}), 0)::bigint`;

function sliceWhere(table: typeof questionRollups | typeof choiceRollups | typeof responseRollups, slice: RollupSlice) {
  return and(
    eq(table.workspaceId, slice.workspaceId),
    eq(table.dimension, slice.dimension),
    slice.value !== undefined ? eq(table.value, slice.value) : undefined,
    gte(table.day, slice.from),
    lte(table.day, slice.to),
    slice.surveyIds ? inArray(table.surveyId, [...slice.surveyIds]) : undefined,
  );
}

/**
 * A metric's statistics in a slice, grouped by `groupBy`: the day, the breakdown value, the survey, or (for
 * one survey, any kind) the question and its kind as "question:kind". Sums are bigint in SQL
 * and exact integers here.
 */
export async function sumQuestionRollups(db: Db, slice: RollupSlice & { kind?: string }, groupBy: 'day' | 'value' | 'survey' | 'question'): Promise<SummedStats[]> {
  const keys = groupBy === 'day' ? [q.day] : groupBy === 'value' ? [q.value] : groupBy === 'survey' ? [q.surveyId] : [q.questionId, q.kind];
  const rows = await db
    .select({
      key: groupBy === 'question' ? sql<string>`${q.questionId} || ':' || ${q.kind}` : keys[0]!,
      shown: int(q.shown),
      answered: int(q.answered),
      sum6: int(q.sum6),
      sumSq6: int(q.sumSq6),
      ...Object.fromEntries(countColumns.map((column, i) => [`c${i}`, int(column)])),
    })
    .from(q)
    .where(and(sliceWhere(q, slice), slice.kind ? eq(q.kind, slice.kind) : undefined))
    .groupBy(...keys);
  return rows.map((row) => {
    const record = row as Record<string, unknown>;
    return {
      key: String(row.key),
      shown: Number(row.shown),
      answered: Number(row.answered),
      counts: countColumns.map((_, i) => Number(record[`c${i}`])),
      sum6: Number(row.sum6),
      sumSq6: Number(row.sumSq6),
    };
  });
}

/** Option counts of one survey's choice questions in a slice. */
export async function sumChoiceRollups(db: Db, slice: RollupSlice & { surveyId: string }): Promise<{ questionId: string; optionId: string; count: number }[]> {
  const c = choiceRollups;
  const rows = await db
    .select({ questionId: c.questionId, optionId: c.optionId, count: sql<string>`sum(${c.count})::bigint` })
    .from(c)
    .where(and(sliceWhere(c, { ...slice, surveyIds: [slice.surveyId] })))
    .groupBy(c.questionId, c.optionId);
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** Responses started and completed in a slice, grouped by day or breakdown value. */
export async function sumResponseRollups(db: Db, slice: RollupSlice, groupBy: 'day' | 'value' | 'survey'): Promise<{ key: string; started: number; completed: number }[]> {
  const r = responseRollups;
  const key = groupBy === 'day' ? r.day : groupBy === 'value' ? r.value : r.surveyId;
  const rows = await db
    .select({ key, started: sql<string>`coalesce(sum(${r.started}), 0)::bigint`, completed: sql<string>`coalesce(sum(${r.completed}), 0)::bigint` })
    .from(r)
    .where(sliceWhere(r, slice))
    .groupBy(key);
  return rows.map((row) => ({ key: String(row.key), started: Number(row.started), completed: Number(row.completed) }));
}

/** Which breakdowns and values completed responses fall in over a period, most responses first: what filters offer. */
export async function listBreakdownValues(db: Db, slice: Omit<RollupSlice, 'dimension' | 'value'>): Promise<{ dimension: string; value: string; completed: number }[]> {
  const r = responseRollups;
  const completed = sql<string>`sum(${r.completed})::bigint`;
  const rows = await db
    .select({ dimension: r.dimension, value: r.value, completed })
    .from(r)
    .where(
      and(
        eq(r.workspaceId, slice.workspaceId),
        sql`${r.dimension} <> ''`,
        gte(r.day, slice.from),
        lte(r.day, slice.to),
        slice.surveyIds ? inArray(r.surveyId, [...slice.surveyIds]) : undefined,
      ),
    )
    .groupBy(r.dimension, r.value)
    .having(sql`sum(${r.completed}) > 0`)
    .orderBy(r.dimension, sql`sum(${r.completed}) desc`, r.value);
  return rows.map((row) => ({ ...row, completed: Number(row.completed) }));
}

/** Unfinished responses of one survey by the page they stopped on, for responses started in a period. */
export async function sumPageRollups(db: Db, slice: { workspaceId: string; surveyId: string; from: string; to: string }): Promise<{ pageId: string; stopped: number }[]> {
  const p = pageRollups;
  const rows = await db
    .select({ pageId: p.pageId, stopped: sql<string>`sum(${p.stopped})::bigint` })
    .from(p)
    .where(and(eq(p.workspaceId, slice.workspaceId), eq(p.surveyId, slice.surveyId), gte(p.day, slice.from), lte(p.day, slice.to)))
    .groupBy(p.pageId);
  return rows.map((row) => ({ pageId: row.pageId, stopped: Number(row.stopped) }));
}
