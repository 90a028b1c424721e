import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { commentPhrases, comments, commentTopics, textBackfills } from '../schema.js';
import type { AnalysedComment } from './analyse.js';

/** The SQL of comments: storing analyses, their phrases and topics, and the backfill's progress. */

export type CommentRow = typeof comments.$inferSelect;

/**
 * Stores the comments of some responses as now analysed: each upserted by (response, question),
 * an analyst's correction kept; a response's comments that are gone (an answer emptied) deleted;
 * phrases and topics replaced.
 */
export async function replaceComments(db: Db, workspaceId: string, responseIds: readonly string[], analysed: readonly AnalysedComment[]): Promise<void> {
  if (responseIds.length === 0) return;
  for (const responseId of responseIds) {
    const kept = analysed.filter((c) => c.responseId === responseId).map((c) => c.questionId);
    await db
      .delete(comments)
      .where(and(eq(comments.workspaceId, workspaceId), eq(comments.responseId, responseId), kept.length ? notInArray(comments.questionId, kept) : undefined));
  }
  if (analysed.length === 0) return;
  const rows = analysed.map((c) => ({
    workspaceId,
    id: newId(),
    responseId: c.responseId,
    questionId: c.questionId,
    surveyId: c.surveyId,
    contactId: c.contactId,
    channel: c.channel,
    dimensions: c.dimensions,
    text: c.text,
    writtenAt: c.writtenAt,
    lang: c.analysis.lang,
    langSource: c.analysis.langSource,
    sentiment: c.analysis.sentiment === 'not analysed' ? null : c.analysis.sentiment.label,
    sentimentScore: c.analysis.sentiment === 'not analysed' ? null : c.analysis.sentiment.score,
    sentimentConfidence: c.analysis.sentiment === 'not analysed' ? null : c.analysis.sentiment.confidence,
    sentimentModel: c.sentimentModel,
    intents: c.analysis.intents.map((hit) => hit.intent),
    intentSpans: c.analysis.intents,
    phrases: c.analysis.phrases,
    personalData: c.analysis.personalData,
    nps: c.nps,
    csat: c.csat,
    analysedAt: new Date(),
  }));
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  const stored = await db
    .insert(comments)
    .values(rows)
    .onConflictDoUpdate({
      target: [comments.workspaceId, comments.responseId, comments.questionId],
      set: {
        surveyId: excluded('survey_id'),
        contactId: excluded('contact_id'),
        channel: excluded('channel'),
        dimensions: excluded('dimensions'),
        text: excluded('text'),
        writtenAt: excluded('written_at'),
        lang: excluded('lang'),
        langSource: excluded('lang_source'),
        sentiment: excluded('sentiment'),
        sentimentScore: excluded('sentiment_score'),
        sentimentConfidence: excluded('sentiment_confidence'),
        sentimentModel: excluded('sentiment_model'),
        intents: excluded('intents'),
        intentSpans: excluded('intent_spans'),
        phrases: excluded('phrases'),
        personalData: excluded('personal_data'),
        nps: excluded('nps'),
        csat: excluded('csat'),
        analysedAt: excluded('analysed_at'),
        // A correction stands only for the text it corrected.
        correctedSentiment: sql`case when ${comments.text} = excluded.text then ${comments.correctedSentiment} end`,
      },
    })
    .returning({ id: comments.id, responseId: comments.responseId, questionId: comments.questionId });
  const idOf = new Map(stored.map((row) => [`${row.responseId}/${row.questionId}`, row.id]));
  const ids = stored.map((row) => row.id);
  await db.delete(commentPhrases).where(and(eq(commentPhrases.workspaceId, workspaceId), inArray(commentPhrases.commentId, ids)));
  await db.delete(commentTopics).where(and(eq(commentTopics.workspaceId, workspaceId), inArray(commentTopics.commentId, ids)));
  const phraseRows = analysed.flatMap((c) => {
    const commentId = idOf.get(`${c.responseId}/${c.questionId}`)!;
    const seen = new Set<string>();
    return c.analysis.phrases.filter((p) => !seen.has(p.key) && seen.add(p.key)).map((p) => ({ workspaceId, commentId, key: p.key, lang: c.analysis.lang, text: p.text, writtenAt: c.writtenAt }));
  });
  if (phraseRows.length) await db.insert(commentPhrases).values(phraseRows);
  const topicRows = analysed.flatMap((c) => c.topics.map((t) => ({ workspaceId, topicId: t.topicId, commentId: idOf.get(`${c.responseId}/${c.questionId}`)!, writtenAt: c.writtenAt, start: t.start, end: t.end })));
  if (topicRows.length) await db.insert(commentTopics).values(topicRows);
}

export async function findComment(db: Db, workspaceId: string, commentId: string): Promise<CommentRow | null> {
  const [row] = await db.select().from(comments).where(and(eq(comments.workspaceId, workspaceId), eq(comments.id, commentId))).limit(1);
  return row ?? null;
}

export async function correctSentiment(db: Db, workspaceId: string, commentId: string, label: string | null, userId: string | null): Promise<CommentRow | null> {
  const [row] = await db
    .update(comments)
    .set({ correctedSentiment: label, correctedBy: label ? userId : null, correctedAt: label ? new Date() : null })
    .where(and(eq(comments.workspaceId, workspaceId), eq(comments.id, commentId)))
    .returning();
  return row ?? null;
}

export type BackfillRow = typeof textBackfills.$inferSelect;

export async function latestBackfill(db: Db, workspaceId: string): Promise<BackfillRow | null> {
  const [row] = await db.select().from(textBackfills).where(eq(textBackfills.workspaceId, workspaceId)).orderBy(sql`${textBackfills.startedAt} desc`).limit(1);
  return row ?? null;
}

export async function insertBackfill(db: Db, workspaceId: string, total: number): Promise<BackfillRow> {
  const [row] = await db.insert(textBackfills).values({ workspaceId, id: newId(), status: 'running', total }).returning();
  return row!;
}

export async function updateBackfill(db: Db, workspaceId: string, id: string, patch: Partial<Pick<BackfillRow, 'status' | 'done' | 'cursor' | 'finishedAt' | 'error' | 'total'>>): Promise<void> {
  await db.update(textBackfills).set(patch).where(and(eq(textBackfills.workspaceId, workspaceId), eq(textBackfills.id, id)));
}

/** Comments whose sentiment is known without the model: an analyst's correction, or an extreme score beside it. */
export async function labelledComments(db: Db, workspaceId: string, lang: string, limit: number) {
  return db
    .select({ id: comments.id, text: comments.text, corrected: comments.correctedSentiment, nps: comments.nps, csat: comments.csat })
    .from(comments)
    .where(
      and(
        eq(comments.workspaceId, workspaceId),
        eq(comments.lang, lang),
        sql`(${comments.correctedSentiment} is not null or ${comments.nps} <= 3 or ${comments.nps} = 10 or ${comments.csat} in (1, 5))`,
      ),
    )
    .orderBy(sql`${comments.writtenAt} desc`)
    .limit(limit);
}

/** Workspaces with comments: those a nightly training looks at. */
export async function workspacesWithComments(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ workspaceId: comments.workspaceId }).from(comments);
  return rows.map((row) => row.workspaceId);
}

/** Labelled comments per language (corrections, and comments beside an extreme score). */
export async function countLabelled(db: Db, workspaceId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ lang: comments.lang, n: sql<number>`count(*)::int` })
    .from(comments)
    .where(and(eq(comments.workspaceId, workspaceId), sql`(${comments.correctedSentiment} is not null or ${comments.nps} <= 3 or ${comments.nps} = 10 or ${comments.csat} in (1, 5))`))
    .groupBy(comments.lang);
  return new Map(rows.map((row) => [row.lang, Number(row.n)]));
}
