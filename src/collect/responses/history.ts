import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { SurveyDefinition } from '../../engine/survey/schema.js';
import type { Db } from '../../platform/db/database.js';
import { contacts, responses, surveyVersions } from '../schema.js';

/**
 * Collect's responses as other rooms may read them (they never touch collect's tables): every
 * response of a survey in batches, with the linked contact's attributes, and the versions answered.
 */

export interface ResponseForRollups {
  id: string;
  surveyVersion: number;
  state: string;
  answers: Record<string, unknown>;
  hidden: Record<string, unknown>;
  channel: string;
  language: string;
  startedAt: Date;
  completedAt: Date | null;
  contactAttributes: Record<string, unknown>;
}

/** The surveys of a workspace that have responses. */
export async function surveysWithResponses(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ surveyId: responses.surveyId }).from(responses).where(eq(responses.workspaceId, workspaceId));
  return rows.map((row) => row.surveyId);
}

/** Every response of a survey, oldest id first, `batchSize` at a time (keyset pages: cost stays flat however many). */
export async function* responseBatches(db: Db, workspaceId: string, surveyId: string, batchSize = 1000): AsyncGenerator<ResponseForRollups[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await db
      .select({
        id: responses.id,
        surveyVersion: responses.surveyVersion,
        state: responses.state,
        answers: responses.answers,
        hidden: responses.hidden,
        channel: responses.channel,
        language: responses.language,
        startedAt: responses.startedAt,
        completedAt: responses.completedAt,
        contactAttributes: sql<Record<string, unknown> | null>`${contacts.attributes}`,
      })
      .from(responses)
      .leftJoin(contacts, and(eq(contacts.workspaceId, responses.workspaceId), eq(contacts.id, responses.contactId)))
      .where(and(eq(responses.workspaceId, workspaceId), eq(responses.surveyId, surveyId), after ? gt(responses.id, after) : undefined))
      .orderBy(asc(responses.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows.map((row) => ({ ...row, answers: row.answers as Record<string, unknown>, hidden: row.hidden as Record<string, unknown>, contactAttributes: row.contactAttributes ?? {} }));
    after = rows.at(-1)!.id;
    if (rows.length < batchSize) return;
  }
}

/** The published versions of a survey, parsed, by number. */
export async function surveyVersionDefinitions(db: Db, workspaceId: string, surveyId: string): Promise<Map<number, SurveyDefinition>> {
  const rows = await db
    .select({ version: surveyVersions.version, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.workspaceId, workspaceId), eq(surveyVersions.surveyId, surveyId)));
  return new Map(rows.map((row) => [row.version, SurveyDefinition.parse(row.definition)]));
}
