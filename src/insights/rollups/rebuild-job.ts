import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { defineJob } from '../../platform/jobs/job-queue.js';
import { rebuildRollups } from './rebuild.js';

/** Rebuilds a workspace's rollups from its responses, off the request path. */
export const rollupRebuildJob = (db: Db) =>
  defineJob({
    name: 'insights.rebuild-rollups',
    payload: z.object({ workspaceId: z.uuid() }).strict(),
    retry: { limit: 2, delaySeconds: 60, backoff: true },
    handler: async ({ workspaceId }, { log }) => {
      const { responses } = await rebuildRollups(db, workspaceId);
      log.info({ workspaceId, responses }, 'rollups rebuilt');
      return { responses };
    },
  });
