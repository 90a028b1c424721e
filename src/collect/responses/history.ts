import { and, asc, desc, eq, gt, lte, sql } from 'drizzle-orm';
import { SurveyDefinition } from '../../engine/survey/schema.js';
import { arrayLiteral } from '../../platform/db/array-literal.js';
import type { Db } from '../../platform/db/database.js';
import { contacts, responses, surveyVersions } from '../schema.js';

/**
 * Collect's responses as other rooms may read them (they never touch collect's tables): a
 * survey's responses page by page, with the linked contact's attributes, and the versions answered.
 */

export interface ResponseForRollups {
  id: string;
  surveyId: string;
  contactId: string | null;
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

const recordColumns = {
  id: responses.id,
  surveyId: responses.surveyId,
  contactId: responses.contactId,
  surveyVersion: responses.surveyVersion,
  state: responses.state,
  answers: responses.answers,
  hidden: responses.hidden,
  channel: responses.channel,
  language: responses.language,
  startedAt: responses.startedAt,
  completedAt: responses.completedAt,
  contactAttributes: sql<Record<string, unknown> | null>`${contacts.attributes}`,
};

const recordOf = (row: { answers: unknown; hidden: unknown; contactAttributes: Record<string, unknown> | null } & Omit<ResponseForRollups, 'answers' | 'hidden' | 'contactAttributes'>): ResponseForRollups => ({
  ...row,
  answers: row.answers as Record<string, unknown>,
  hidden: row.hidden as Record<string, unknown>,
  contactAttributes: row.contactAttributes ?? {},
});

/** The surveys of a workspace that have responses. */
export async function surveysWithResponses(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ surveyId: responses.surveyId }).from(responses).where(eq(responses.workspaceId, workspaceId));
  return rows.map((row) => row.surveyId);
}

/** The newest response id of a survey (ids grow with time), or null when it has none. */
export async function latestResponseId(db: Db, workspaceId: string, surveyId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.surveyId, surveyId)))
    .orderBy(desc(responses.id))
    .limit(1);
  return row?.id ?? null;
}

/**
 * One page of a survey's responses in id order: after `after` (exclusive), up to `upTo`
 * (inclusive), at most `limit` (keyset pages: the cost stays flat however many there are).
 */
export async function responseBatch(db: Db, workspaceId: string, surveyId: string, page: { after: string | null; upTo: string; limit: number }): Promise<ResponseForRollups[]> {
  const rows = await db
    .select(recordColumns)
    .from(responses)
    .leftJoin(contacts, and(eq(contacts.workspaceId, responses.workspaceId), eq(contacts.id, responses.contactId)))
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.surveyId, surveyId), page.after ? gt(responses.id, page.after) : undefined, lte(responses.id, page.upTo)))
    .orderBy(asc(responses.id))
    .limit(page.limit);
  return rows.map(recordOf);
}

/** One response as `responseBatch` gives it, or null. */
export async function findResponseRecord(db: Db, workspaceId: string, responseId: string): Promise<ResponseForRollups | null> {
  const [row] = await db
    .select(recordColumns)
    .from(responses)
    .leftJoin(contacts, and(eq(contacts.workspaceId, responses.workspaceId), eq(contacts.id, responses.contactId)))
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, responseId)))
    .limit(1);
  return row ? recordOf(row) : null;
}

/**
 * Responses as `responseBatch` gives them, by id (those that exist, in id order), each found by its
 * key; without `withContacts`, their contacts' attributes are left empty (and not read at all).
 */
export async function findResponseRecords(db: Db, workspaceId: string, responseIds: readonly string[], options: { withContacts: boolean }): Promise<ResponseForRollups[]> {
  if (responseIds.length === 0) return [];
  const where = and(eq(responses.workspaceId, workspaceId), sql`${responses.id} = any(${arrayLiteral(responseIds)}::uuid[])`);
  const rows = options.withContacts
    ? await db
        .select(recordColumns)
        .from(responses)
        .leftJoin(contacts, and(eq(contacts.workspaceId, responses.workspaceId), eq(contacts.id, responses.contactId)))
        .where(where)
        .orderBy(asc(responses.id))
    : await db
        .select({ ...recordColumns, contactAttributes: sql<null>`null` })
        .from(responses)
        .where(where)
        .orderBy(asc(responses.id));
  return rows.map(recordOf);
}

/** Complete responses of a workspace, for progress bars. */
export async function countCompleteResponsesOf(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(responses).where(and(eq(responses.workspaceId, workspaceId), eq(responses.state, 'complete')));
  return Number(row?.n ?? 0);
}

/** The published versions of a survey, parsed, by number. */
export async function surveyVersionDefinitions(db: Db, workspaceId: string, surveyId: string): Promise<Map<number, SurveyDefinition>> {
  const rows = await db
    .select({ version: surveyVersions.version, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.workspaceId, workspaceId), eq(surveyVersions.surveyId, surveyId)));
  return new Map(rows.map((row) => [row.version, parsedVersion(workspaceId, surveyId, row.version, row.definition)]));
}

/**
 * A published version never changes, so each is parsed once per process (the last few hundred
 * kept): a dashboard counting responses in memory reads the same versions again and again.
 */
const parsedVersions = new Map<string, SurveyDefinition>();
const parsedVersionsKept = 500;

function parsedVersion(workspaceId: string, surveyId: string, version: number, definition: unknown): SurveyDefinition {
  const key = `${workspaceId}/${surveyId}/${version}`;
  let parsed = parsedVersions.get(key);
  if (!parsed) {
    parsed = SurveyDefinition.parse(definition);
    parsedVersions.set(key, parsed);
    if (parsedVersions.size > parsedVersionsKept) parsedVersions.delete(parsedVersions.keys().next().value!);
  }
  return parsed;
}
