import { latestResponseId, responseBatch, surveysWithResponses, surveyVersionDefinitions } from '../../collect/responses/history.js';
import type { SurveyDefinition } from '../../engine/survey/schema.js';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { rollupEntriesOf, stoppingPageOf } from './entries.js';
import { writeRollupRows } from './record.js';
import { dayIn, RollupRows } from './rows.js';
import { advanceRebuild, deleteSurveyRollups, findRollupSettings, finishRebuild, lockSurveyRollups, saveInsightsSettings, startRebuild, type RollupSettings } from './store.js';

/** Responses per step: each step is one short transaction, so the embedded database is never held long. */
const defaultBatchSize = 1000;

/**
 * Recomputes a workspace's rollups from its raw responses (after a change of time zone or
 * segments, or to check the incremental path), one survey at a time and, within a survey, a page
 * of responses per short transaction. While it runs, responses keep coming in: a save adds to the
 * rollups itself unless its response lies between the rebuild's cursor and its watermark, where
 * the rebuild counts it as it then stands; so nothing is lost or counted twice. Returns how many
 * responses were read.
 */
export interface RebuildOptions {
  /** Only this survey (its rollups keep their time zone). */
  surveyId?: string;
  batchSize?: number;
  /** Called between steps, when saves may come in (tests use it to make them come in just then). */
  afterStep?: () => Promise<void>;
}

export async function rebuildRollups(db: Db, workspaceId: string, options: RebuildOptions = {}): Promise<{ responses: number }> {
  const found = await findRollupSettings(db, workspaceId);
  if (!found) return { responses: 0 };
  // A whole rebuild moves the rollups to the workspace's time zone; one survey's keeps theirs.
  const settings = options.surveyId ? found : { ...found, timeZone: found.workspaceTimeZone };
  if (!options.surveyId) await saveInsightsSettings(db, workspaceId, { timeZone: settings.timeZone });
  const surveyIds = options.surveyId ? [options.surveyId] : await surveysWithResponses(db, workspaceId);
  let count = 0;
  for (const surveyId of surveyIds) count += await rebuildSurvey(db, workspaceId, surveyId, settings, options);
  if (!options.surveyId) await saveInsightsSettings(db, workspaceId, { rebuiltAt: new Date() });
  return { responses: count };
}

async function rebuildSurvey(db: Db, workspaceId: string, surveyId: string, settings: RollupSettings, options: RebuildOptions): Promise<number> {
  const batchSize = options.batchSize ?? defaultBatchSize;
  // Under the survey's lock, alone: no save is half way through while the rollups are emptied.
  const runner = newId();
  const watermark = await db.transaction(async (tx) => {
    await lockSurveyRollups(tx, surveyId, 'exclusive');
    const latest = await latestResponseId(tx, workspaceId, surveyId);
    if (latest && !(await startRebuild(tx, workspaceId, surveyId, latest, runner))) throw new RebuildUnderwayError(surveyId);
    await deleteSurveyRollups(tx, workspaceId, surveyId);
    return latest;
  });
  if (!watermark) return 0;
  await options.afterStep?.();
  const definitions = await surveyVersionDefinitions(db, workspaceId, surveyId);
  let cursor: string | null = null;
  let read = 0;
  for (;;) {
    const after: string | null = cursor;
    const batch = await db.transaction(async (tx) => {
      await lockSurveyRollups(tx, surveyId, 'exclusive');
      const responses = await responseBatch(tx, workspaceId, surveyId, { after, upTo: watermark, limit: batchSize });
      if (responses.length === 0) {
        await finishRebuild(tx, workspaceId, surveyId, runner);
        return responses;
      }
      // Another rebuild took over after this one stalled past its lease: it counts from the start.
      if (!(await advanceRebuild(tx, workspaceId, surveyId, runner, responses.at(-1)!.id))) throw new RebuildUnderwayError(surveyId);
      await writeRollupRows(tx, rowsOf(responses, { workspaceId, surveyId, settings, definitions }));
      return responses;
    });
    if (batch.length === 0) return read;
    read += batch.length;
    cursor = batch.at(-1)!.id;
    // Let requests waiting for the database go first.
    await new Promise((resolve) => setImmediate(resolve));
    await options.afterStep?.();
  }
}

/** Another rebuild of the survey is under way (one at a time); try again when it is done. */
export class RebuildUnderwayError extends Error {
  constructor(readonly surveyId: string) {
    super(`Survey ${surveyId} is being rebuilt already; try again when that rebuild is done.`);
  }
}

function rowsOf(
  responses: Awaited<ReturnType<typeof responseBatch>>,
  context: { workspaceId: string; surveyId: string; settings: RollupSettings; definitions: Map<number, SurveyDefinition> },
): RollupRows {
  const { settings } = context;
  const rows = new RollupRows(context.workspaceId, context.surveyId);
  for (const response of responses) {
    const startedDay = dayIn(settings.timeZone, response.startedAt);
    rows.addStarted(response, startedDay);
    const definition = context.definitions.get(response.surveyVersion);
    if (definition && response.state === 'partial') rows.addStopped(stoppingPageOf(definition, response), startedDay, 1);
    if (response.state !== 'complete' || !response.completedAt || !definition) continue;
    const entries = rollupEntriesOf(definition, response, { segments: settings.segments, contactAttributes: response.contactAttributes });
    rows.addCompleted(entries, dayIn(settings.timeZone, response.completedAt));
  }
  return rows;
}
