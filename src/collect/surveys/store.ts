import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { responses, surveySlugs, surveys, surveyVersions } from '../schema.js';

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyVersionRow = typeof surveyVersions.$inferSelect;

export async function insertSurvey(db: Db, row: typeof surveys.$inferInsert): Promise<SurveyRow> {
  await db.insert(surveySlugs).values({ slug: row.slug, workspaceId: row.workspaceId, surveyId: row.id });
  const [created] = await db.insert(surveys).values(row).returning();
  return created!;
}

export async function findSurvey(db: Db, workspaceId: string, surveyId: string, options: { forUpdate?: boolean } = {}): Promise<SurveyRow | null> {
  const query = db.select().from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, surveyId))).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Surveys with their response counts, newest first. */
export async function listSurveys(db: Db, workspaceId: string) {
  return db
    .select({
      survey: surveys,
      // Spelled out in full: drizzle writes a column of the outer table unqualified, which the subquery would read as its own.
      responseCount: sql<number>`(SELECT count(*)::int FROM responses r WHERE r.workspace_id = "surveys"."workspace_id" AND r.survey_id = "surveys"."id" AND r.state = 'complete')`,
    })
    .from(surveys)
    .where(eq(surveys.workspaceId, workspaceId))
    .orderBy(desc(surveys.id));
}

export async function updateSurvey(db: Db, workspaceId: string, surveyId: string, patch: Partial<Pick<SurveyRow, 'name' | 'draft' | 'settings' | 'status' | 'latestVersion' | 'draftRevision'>>) {
  const [row] = await db
    .update(surveys)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, surveyId)))
    .returning();
  return row ?? null;
}

export async function insertSurveyVersion(db: Db, row: typeof surveyVersions.$inferInsert) {
  await db.insert(surveyVersions).values(row);
}

export async function findSurveyVersion(db: Db, workspaceId: string, surveyId: string, version: number): Promise<SurveyVersionRow | null> {
  const [row] = await db
    .select()
    .from(surveyVersions)
    .where(and(eq(surveyVersions.workspaceId, workspaceId), eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.version, version)))
    .limit(1);
  return row ?? null;
}

export async function listSurveyVersions(db: Db, workspaceId: string, surveyId: string) {
  return db
    .select({ version: surveyVersions.version, publishedAt: surveyVersions.publishedAt, publishedByUserId: surveyVersions.publishedByUserId })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.workspaceId, workspaceId), eq(surveyVersions.surveyId, surveyId)))
    .orderBy(desc(surveyVersions.version));
}

/** Public links name a survey by slug alone: the one lookup that starts outside any workspace. */
export async function unsafeFindSurveyBySlug(db: Db, slug: string): Promise<SurveyRow | null> {
  const [link] = await db.select().from(surveySlugs).where(eq(surveySlugs.slug, slug)).limit(1);
  return link ? findSurvey(db, link.workspaceId, link.surveyId) : null;
}

export async function countCompleteResponses(db: Db, workspaceId: string, surveyId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(responses)
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.surveyId, surveyId), eq(responses.state, 'complete')));
  return row?.n ?? 0;
}
