import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { defineRoute } from '../../platform/http/route.js';
import { WorkspaceParams } from '../../platform/http/schemas.js';
import type { JobQueue } from '../../platform/jobs/job-queue.js';
import { sentimentLanguages } from '../text/language-tools.js';
import { genericModelQuality, genericSentimentModels } from '../text/models.js';
import { minHeldBackComments, minTrainingComments, type TrainingReport } from './learning.js';
import { listModelReports } from './models-store.js';
import { countLabelled } from './store.js';
import type { TrainingJob } from './training-job.js';

/** Which sentiment model a workspace uses per language, how each measured, and training on demand. */
export function modelRoutes(db: Db, jobs: JobQueue, train: TrainingJob) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/insights/text/models',
      summary: 'The sentiment model in use per language (generic or the workspace’s own), its measured accuracy, and the latest trainings',
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.read' },
      params: WorkspaceParams,
      handler: async ({ params }) => {
        const reports = await listModelReports(db, params.workspaceId);
        const labelled = await countLabelled(db, params.workspaceId);
        const quality = genericModelQuality();
        return {
          minimum: { training: minTrainingComments, heldBack: minHeldBackComments },
          languages: sentimentLanguages.map((lang) => {
            const own = reports.find((r) => r.lang === lang && r.isInUse);
            const generic = genericSentimentModels().get(lang)!.meta;
            return {
              lang,
              labelledComments: labelled.get(lang) ?? 0,
              inUse: own ? { kind: 'workspace', id: own.id, trainedAt: own.trainedAt.toISOString(), report: own.report as TrainingReport } : { kind: 'generic' },
              generic: { trainedOn: generic.trainedOn, measured: quality[lang] ?? [] },
              latest: reports.filter((r) => r.lang === lang).slice(0, 5).map((r) => ({ id: r.id, trainedAt: r.trainedAt.toISOString(), isInUse: r.isInUse, report: r.report as TrainingReport })),
            };
          }),
        };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/insights/text/models/train',
      summary: "Trains the workspace's sentiment models now (they are also trained every night)",
      tags: ['insights'],
      access: { kind: 'workspace', permission: 'insights.manage' },
      params: WorkspaceParams,
      body: z.object({}).strict().optional(),
      status: 202,
      handler: async ({ params }) => {
        await jobs.send(train, { workspaceId: params.workspaceId }, { singletonKey: params.workspaceId });
        return { queued: true };
      },
    }),
  ];
}
