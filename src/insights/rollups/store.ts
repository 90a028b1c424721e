import { and, eq, getTableName, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { workspaces } from '../../platform/db/schema.js';
import { choiceRollups, insightsSettings, pageRollups, questionRollups, responseRollups, rollupRebuilds } from '../schema.js';

/** The SQL of the rollup tables; nothing else writes them. */

export type QuestionRollupRow = typeof questionRollups.$inferInsert;
export type ChoiceRollupRow = typeof choiceRollups.$inferInsert;
export type ResponseRollupRow = typeof responseRollups.$inferInsert;
export type PageRollupRow = typeof pageRollups.$inferInsert;

export const scoreColumns = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10'] as const;
export type ScoreColumn = (typeof scoreColumns)[number];

/** What writing and reading rollups needs to know about the workspace. */
export interface RollupSettings {
  /** The time zone the rollups' days are in. */
  timeZone: string;
  /** The workspace's own; when it differs from `timeZone`, the rollups wait for a rebuild. */
  workspaceTimeZone: string;
  /** Whether the workspace has its insights settings row (the time zone is fixed on the first write). */
  isStored: boolean;
  segments: string[];
  minResponses: number;
  csatProblemThreshold: number;
}

/**
 * The workspace's rollup settings; with `surveyId`, also the rebuild under way for that survey (if
 * any), read in the same query: a response's save needs both.
 */
export async function findRollupSettings(db: Db, workspaceId: string, options: { surveyId?: string } = {}): Promise<(RollupSettings & { rebuild: { watermark: string; cursor: string | null } | null }) | null> {
  const [row] = await db
    .select({
      rebuildWatermark: rollupRebuilds.watermark,
      rebuildCursor: rollupRebuilds.cursor,
      workspaceTimeZone: workspaces.timezone,
      rollupTimeZone: insightsSettings.timeZone,
      storedFor: insightsSettings.workspaceId,
      segments: insightsSettings.segments,
      minResponses: insightsSettings.minResponses,
      csatProblemThreshold: insightsSettings.csatProblemThreshold,
    })
    .from(workspaces)
    .leftJoin(insightsSettings, eq(insightsSettings.workspaceId, workspaces.id))
    .leftJoin(rollupRebuilds, and(eq(rollupRebuilds.workspaceId, workspaces.id), eq(rollupRebuilds.surveyId, options.surveyId ?? sql`NULL`)))
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  if (!row) return null;
  return {
    timeZone: row.rollupTimeZone ?? row.workspaceTimeZone,
    workspaceTimeZone: row.workspaceTimeZone,
    isStored: row.storedFor !== null && row.rollupTimeZone !== null,
    segments: row.segments ?? [],
    minResponses: row.minResponses ?? 5,
    csatProblemThreshold: row.csatProblemThreshold ?? 3,
    rebuild: row.rebuildWatermark ? { watermark: row.rebuildWatermark, cursor: row.rebuildCursor } : null,
  };
}

/** Fixes the rollups' time zone on the first write, if nothing fixed it before. */
export async function fixRollupTimeZone(db: Db, workspaceId: string, timeZone: string): Promise<void> {
  await db
    .insert(insightsSettings)
    .values({ workspaceId, timeZone })
    .onConflictDoUpdate({ target: insightsSettings.workspaceId, set: { timeZone: sql`coalesce(${insightsSettings.timeZone}, excluded.time_zone)` } });
}

export async function saveInsightsSettings(db: Db, workspaceId: string, values: Partial<Pick<typeof insightsSettings.$inferInsert, 'segments' | 'minResponses' | 'csatProblemThreshold' | 'rebuiltAt' | 'timeZone'>>) {
  await db
    .insert(insightsSettings)
    .values({ workspaceId, ...values })
    .onConflictDoUpdate({ target: insightsSettings.workspaceId, set: { ...values, updatedAt: new Date() } });
}

// Rows of one statement must not share a key (Postgres refuses to update a row twice in one INSERT);
// callers merge rows by key before writing. Chunks keep each statement's parameters well under 65535.
const chunkSize = 500;

const chunks = <T>(rows: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += chunkSize) out.push(rows.slice(i, i + chunkSize));
  return out;
};

/** `table.column + excluded.column`: the conflicting row's count plus the new one. */
const plus = (column: { name: string; table: object }) => sql.raw(`"${getTableName(column.table as Parameters<typeof getTableName>[0])}"."${column.name}" + excluded."${column.name}"`);

/** Adds the rows to what is there (an insert for a new key, a sum for an existing one). */
export async function addQuestionRollups(db: Db, rows: readonly QuestionRollupRow[]): Promise<void> {
  const t = questionRollups;
  for (const chunk of chunks(rows)) {
    await db
      .insert(t)
      .values(chunk)
      .onConflictDoUpdate({
        target: [t.workspaceId, t.surveyId, t.questionId, t.kind, t.day, t.dimension, t.value],
        set: {
          shown: sql`${plus(t.shown)}`,
          answered: sql`${plus(t.answered)}`,
          ...Object.fromEntries(scoreColumns.map((column) => [column, sql`${plus(t[column])}`])),
          sum6: sql`${plus(t.sum6)}`,
          sumSq6: sql`${plus(t.sumSq6)}`,
        },
      });
  }
}

export async function addChoiceRollups(db: Db, rows: readonly ChoiceRollupRow[]): Promise<void> {
  const t = choiceRollups;
  for (const chunk of chunks(rows)) {
    await db
      .insert(t)
      .values(chunk)
      .onConflictDoUpdate({ target: [t.workspaceId, t.surveyId, t.questionId, t.day, t.dimension, t.value, t.optionId], set: { count: sql`${plus(t.count)}` } });
  }
}

export async function addResponseRollups(db: Db, rows: readonly ResponseRollupRow[]): Promise<void> {
  const t = responseRollups;
  for (const chunk of chunks(rows)) {
    await db
      .insert(t)
      .values(chunk)
      .onConflictDoUpdate({ target: [t.workspaceId, t.surveyId, t.day, t.dimension, t.value], set: { started: sql`${plus(t.started)}`, completed: sql`${plus(t.completed)}` } });
  }
}

export async function addPageRollups(db: Db, rows: readonly PageRollupRow[]): Promise<void> {
  const t = pageRollups;
  for (const chunk of chunks(rows)) {
    await db
      .insert(t)
      .values(chunk)
      .onConflictDoUpdate({ target: [t.workspaceId, t.surveyId, t.day, t.pageId], set: { stopped: sql`${plus(t.stopped)}` } });
  }
}

/** Forgets a survey's rollups, before they are rebuilt from its responses. */
export async function deleteSurveyRollups(db: Db, workspaceId: string, surveyId: string): Promise<void> {
  await db.delete(questionRollups).where(and(eq(questionRollups.workspaceId, workspaceId), eq(questionRollups.surveyId, surveyId)));
  await db.delete(choiceRollups).where(and(eq(choiceRollups.workspaceId, workspaceId), eq(choiceRollups.surveyId, surveyId)));
  await db.delete(responseRollups).where(and(eq(responseRollups.workspaceId, workspaceId), eq(responseRollups.surveyId, surveyId)));
  await db.delete(pageRollups).where(and(eq(pageRollups.workspaceId, workspaceId), eq(pageRollups.surveyId, surveyId)));
}

/**
 * Serialises a survey's rollup writers with its rebuild: each response takes the survey's lock
 * shared (responses to one survey still go in side by side), a rebuild takes it alone, so it sees
 * every response committed before it and none is added twice. Held until the transaction ends.
 */
export async function lockSurveyRollups(db: Db, surveyId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await db.execute(sql`SELECT ${sql.raw(fn)}(hashtextextended(${`rollups:${surveyId}`}, 0))`);
}

/** A rebuild that has made no step for this long is taken to have died, and may be taken over. */
export const rebuildLeaseSeconds = 120;

/**
 * Claims a survey's rebuild for `runner`: false when another rebuild of it made a step less than
 * `rebuildLeaseSeconds` ago (one rebuild per survey at a time).
 */
export async function startRebuild(db: Db, workspaceId: string, surveyId: string, watermark: string, runner: string): Promise<boolean> {
  const t = rollupRebuilds;
  const claimed = await db
    .insert(t)
    .values({ workspaceId, surveyId, watermark, cursor: null, runner })
    .onConflictDoUpdate({
      target: [t.workspaceId, t.surveyId],
      set: { watermark, cursor: null, runner, startedAt: new Date(), heartbeatAt: new Date() },
      setWhere: sql`${t.heartbeatAt} < now() - make_interval(secs => ${rebuildLeaseSeconds})`,
    })
    .returning({ runner: t.runner });
  return claimed.length > 0;
}

/** Moves the cursor on; false when the rebuild is no longer this runner's. */
export async function advanceRebuild(db: Db, workspaceId: string, surveyId: string, runner: string, cursor: string): Promise<boolean> {
  const moved = await db
    .update(rollupRebuilds)
    .set({ cursor, heartbeatAt: new Date() })
    .where(and(eq(rollupRebuilds.workspaceId, workspaceId), eq(rollupRebuilds.surveyId, surveyId), eq(rollupRebuilds.runner, runner)))
    .returning({ surveyId: rollupRebuilds.surveyId });
  return moved.length > 0;
}

export async function finishRebuild(db: Db, workspaceId: string, surveyId: string, runner: string): Promise<void> {
  await db.delete(rollupRebuilds).where(and(eq(rollupRebuilds.workspaceId, workspaceId), eq(rollupRebuilds.surveyId, surveyId), eq(rollupRebuilds.runner, runner)));
}

/** Whether any of the workspace's surveys is being rebuilt: its numbers are incomplete until it is done. */
export async function isRebuildUnderway(db: Db, workspaceId: string): Promise<boolean> {
  const [row] = await db.select({ surveyId: rollupRebuilds.surveyId }).from(rollupRebuilds).where(eq(rollupRebuilds.workspaceId, workspaceId)).limit(1);
  return row !== undefined;
}
