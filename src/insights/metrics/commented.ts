import { sql } from 'drizzle-orm';
import { findResponseRecords, surveyVersionDefinitions } from '../../collect/responses/history.js';
import { dayStartIn } from '../../engine/days.js';
import type { SurveyDefinition } from '../../engine/survey/schema.js';
import type { Db } from '../../platform/db/database.js';
import { whereOf, type CommentFilters } from '../comments/filters.js';
import { rollupEntriesOf } from '../rollups/entries.js';
import { dayIn, RollupRows } from '../rollups/rows.js';
import { addDays } from './periods.js';
import { rollupRowsInMemory, type RollupSource } from './source.js';

/** What the comments must say: the text views' filters that are not about the period or the surveys. */
export type CommentConditions = Pick<CommentFilters, 'sentiment' | 'intent' | 'topicId' | 'lang'>;

export interface CommentedRequest {
  workspaceId: string;
  /** Days in `timeZone` (the rollups'), both included. */
  from: string;
  to: string;
  timeZone: string;
  surveyIds?: readonly string[] | undefined;
  segments: readonly string[];
  conditions: CommentConditions;
  /** Only what the view reads: these breakdowns ('' is everyone) and, if given, these kinds of question. */
  keep?: { dimensions: readonly string[]; kinds?: readonly string[] };
}

/** Responses read per step. */
const pageSize = 2000;

/**
 * The rollup rows of the complete responses in a period with at least one comment that says what
 * `conditions` ask (negative, a complaint, on a topic, in Finnish): what the rollup tables cannot
 * know, since the analysis comes after a response is counted and an analyst's correction or a
 * topic's edit may change it at any time. Counted in memory with the intake's own entries, so a
 * filtered number is the number the tables would hold for those responses. The comments' index on
 * the period finds them; the cost follows how many match.
 */
export async function commentedRollups(db: Db, request: CommentedRequest): Promise<RollupSource> {
  const filters: CommentFilters = {
    from: new Date(dayStartIn(request.from, request.timeZone)),
    to: new Date(dayStartIn(addDays(request.to, 1), request.timeZone)),
    surveyIds: request.surveyIds,
    ...request.conditions,
  };
  const { keep } = request;
  // Contacts are read only for the breakdowns by their attributes that the view keeps.
  const withContacts = request.segments.some((segment) => segment.startsWith('contact.') && (!keep || keep.dimensions.includes(segment)));
  const bySurvey = new Map<string, RollupRows>();
  const definitions = new Map<string, Map<number, SurveyDefinition>>();
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const found = (await db.execute(
      sql`select distinct c.response_id from comments c where ${whereOf(request.workspaceId, filters)} and c.response_id > ${after}::uuid order by c.response_id limit ${pageSize}`,
    )) as unknown as { rows: { response_id: string }[] };
    const ids = found.rows.map((row) => row.response_id);
    const page = await findResponseRecords(db, request.workspaceId, ids, { withContacts });
    for (const response of page) {
      if (response.state !== 'complete' || !response.completedAt) continue;
      let versions = definitions.get(response.surveyId);
      if (!versions) definitions.set(response.surveyId, (versions = await surveyVersionDefinitions(db, request.workspaceId, response.surveyId)));
      const definition = versions.get(response.surveyVersion);
      if (!definition) continue;
      let rows = bySurvey.get(response.surveyId);
      if (!rows) bySurvey.set(response.surveyId, (rows = new RollupRows(request.workspaceId, response.surveyId)));
      const entries = rollupEntriesOf(definition, response, { segments: request.segments, contactAttributes: response.contactAttributes });
      if (keep) {
        entries.breakdowns = entries.breakdowns.filter((breakdown) => keep.dimensions.includes(breakdown.dimension));
        if (keep.kinds) entries.questions = entries.questions.filter((question) => keep.kinds!.includes(question.kind));
      }
      rows.addCompleted(entries, dayIn(request.timeZone, response.completedAt));
    }
    if (ids.length < pageSize) break;
    after = ids.at(-1)!;
  }
  return rollupRowsInMemory([...bySurvey.values()]);
}
