import { responseBatches, surveysWithResponses, surveyVersionDefinitions } from '../../collect/responses/history.js';
import type { Db } from '../../platform/db/database.js';
import { rollupEntriesOf, stoppingPageOf } from './entries.js';
import { writeRollupRows } from './record.js';
import { dayIn, RollupRows } from './rows.js';
import { deleteSurveyRollups, findRollupSettings, lockSurveyRollups, saveInsightsSettings } from './store.js';

/** Rows kept in memory before a rebuild writes them: the distinct keys of many responses, not the responses. */
const flushAt = 20_000;

/**
 * Recomputes a workspace's rollups from its raw responses, one survey per transaction: after a
 * change of time zone or segments, or to check the incremental path. Each survey's lock keeps new
 * responses to that survey waiting until its rollups are whole again, so nothing is lost or
 * counted twice. Returns how many responses were read.
 */
export async function rebuildRollups(db: Db, workspaceId: string, options: { surveyId?: string; onSurveyDone?: (surveyId: string) => void } = {}): Promise<{ responses: number }> {
  const found = await findRollupSettings(db, workspaceId);
  if (!found) return { responses: 0 };
  // A whole rebuild moves the rollups to the workspace's time zone; one survey's keeps theirs.
  const settings = options.surveyId ? found : { ...found, timeZone: found.workspaceTimeZone };
  if (!options.surveyId) await saveInsightsSettings(db, workspaceId, { timeZone: settings.timeZone });
  const surveyIds = options.surveyId ? [options.surveyId] : await surveysWithResponses(db, workspaceId);
  let count = 0;
  for (const surveyId of surveyIds) {
    count += await db.transaction(async (tx) => {
      await lockSurveyRollups(tx, surveyId, 'exclusive');
      await deleteSurveyRollups(tx, workspaceId, surveyId);
      const definitions = await surveyVersionDefinitions(tx, workspaceId, surveyId);
      let rows = new RollupRows(workspaceId, surveyId);
      let read = 0;
      for await (const batch of responseBatches(tx, workspaceId, surveyId)) {
        for (const response of batch) {
          read += 1;
          const startedDay = dayIn(settings.timeZone, response.startedAt);
          rows.addStarted(response, startedDay);
          const definition = definitions.get(response.surveyVersion);
          if (definition && response.state === 'partial') rows.addStopped(stoppingPageOf(definition, response), startedDay, 1);
          if (response.state !== 'complete' || !response.completedAt || !definition) continue;
          const entries = rollupEntriesOf(definition, response, { segments: settings.segments, contactAttributes: response.contactAttributes });
          rows.addCompleted(entries, dayIn(settings.timeZone, response.completedAt));
        }
        if (rows.size >= flushAt) {
          await writeRollupRows(tx, rows);
          rows = new RollupRows(workspaceId, surveyId);
        }
      }
      await writeRollupRows(tx, rows);
      return read;
    });
    options.onSurveyDone?.(surveyId);
  }
  if (!options.surveyId) await saveInsightsSettings(db, workspaceId, { rebuiltAt: new Date() });
  return { responses: count };
}
