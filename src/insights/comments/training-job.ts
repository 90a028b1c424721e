import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { defineJob, type JobDefinition, type JobQueue } from '../../platform/jobs/job-queue.js';
import { sentimentLanguages } from '../text/language-tools.js';
import { decodeModel } from '../text/model-file.js';
import type { SentimentModelMeta } from '../text/sentiment.js';
import { startBackfill, type BackfillJob } from './jobs.js';
import { trainWorkspaceModel, type TrainingReport } from './learning.js';
import { insertModel, modelsInUse } from './models-store.js';
import { labelledComments, workspacesWithComments } from './store.js';

/**
 * Retraining each workspace's sentiment models: every night for every workspace with comments, and
 * when an analyst asks. A model that measures better replaces the one in use, and the history is
 * analysed again with it.
 */

/** The newest labelled comments a training reads per language. */
const mostComments = 50_000;

export async function trainWorkspace(db: Db, workspaceId: string, now = new Date()): Promise<{ reports: TrainingReport[]; switched: boolean }> {
  const inUse = await modelsInUse(db, workspaceId);
  const reports: TrainingReport[] = [];
  let switched = false;
  for (const lang of sentimentLanguages) {
    const rows = await labelledComments(db, workspaceId, lang, mostComments);
    const currentRow = inUse.find((row) => row.lang === lang);
    const current = currentRow ? decodeModel<SentimentModelMeta>(await currentRow.weights()) : null;
    const { report, weights } = await trainWorkspaceModel(lang, rows, current, now);
    reports.push(report);
    if (!weights) continue;
    await insertModel(db, { workspaceId, id: newId(), lang, weights, report, isInUse: report.decision === 'in use' });
    switched ||= report.decision === 'in use';
  }
  return { reports, switched };
}

export type TrainingJob = JobDefinition<z.ZodObject<{ workspaceId: z.ZodUUID }>>;

export function trainingJobs(db: Db, jobs: () => JobQueue, backfill: BackfillJob): { train: TrainingJob; nightly: JobDefinition } {
  const train: TrainingJob = defineJob({
    name: 'insights.train-sentiment',
    payload: z.object({ workspaceId: z.uuid() }).strict(),
    retry: { limit: 2, delaySeconds: 300, backoff: true },
    handler: async ({ workspaceId }) => {
      const { reports, switched } = await trainWorkspace(db, workspaceId);
      if (switched) {
        const { backfill: row, isNew } = await startBackfill(db, workspaceId);
        if (isNew) await jobs().send(backfill, { workspaceId, backfillId: row.id }, { singletonKey: row.id });
      }
      return { reports: reports.map((r) => ({ lang: r.lang, decision: r.decision, reason: r.reason })) };
    },
  });
  const nightly = defineJob({
    name: 'insights.train-sentiment-nightly',
    payload: z.object({}).loose(),
    cron: '30 2 * * *',
    handler: async () => {
      const workspaces = await workspacesWithComments(db);
      for (const workspaceId of workspaces) await jobs().send(train, { workspaceId }, { singletonKey: workspaceId });
      return { workspaces: workspaces.length };
    },
  });
  return { train, nightly };
}
