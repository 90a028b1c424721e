import { z } from 'zod';
import type { PublishedSurveys } from '../../collect/surveys/published-surveys.js';
import { findingsOfResponse } from '../../insights/comments/queries.js';
import { defineJob } from '../../platform/jobs/job-queue.js';
import type { PlatformServices } from '../../platform/services.js';
import { completedResponseOf, judgeResponse } from './judge.js';

/** Judges one past response by one rule, when someone asks for a replay. */
export function replayJob(services: PlatformServices, published: PublishedSurveys) {
  return defineJob({
    name: 'respond.replay-rule',
    payload: z.object({ workspaceId: z.uuid(), ruleId: z.uuid(), responseId: z.uuid() }).strict(),
    retry: { limit: 3, delaySeconds: 30, backoff: true },
    handler: async ({ workspaceId, ruleId, responseId }) => {
      const response = await completedResponseOf(services.db, workspaceId, responseId);
      if (!response) return { skipped: true };
      const comments = await findingsOfResponse(services.db, workspaceId, responseId);
      return judgeResponse(services, published, response, { phase: 'replay', comments, onlyRuleId: ruleId, ignoreActiveFrom: true });
    },
  });
}

export type ReplayJob = ReturnType<typeof replayJob>;
