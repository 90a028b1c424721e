import { z } from 'zod';
import { createPublishedSurveys } from '../../collect/surveys/published-surveys.js';
import { defineEventHandler, type EventHandler } from '../../platform/events/events.js';
import type { RouteDefinition } from '../../platform/http/route.js';
import type { JobDefinition } from '../../platform/jobs/job-queue.js';
import type { PlatformServices } from '../../platform/services.js';
import { completedResponseOf, judgeResponse } from './judge.js';
import { metricCheckJob } from './metric-check.js';
import { replayJob } from './replay-job.js';
import { ruleRoutes } from './routes.js';

/** What `response.completed` carries that the judge reads. */
const CompletedData = z
  .object({
    surveyId: z.uuid(),
    surveyName: z.string(),
    responseId: z.uuid(),
    surveyVersion: z.number().int(),
    channel: z.string(),
    language: z.string(),
    contactId: z.uuid().nullable(),
    answers: z.record(z.string(), z.unknown()),
    hidden: z.record(z.string(), z.unknown()),
    completedAt: z.string(),
  })
  .loose();

/** What `response.analysed` carries that the judge reads. */
const AnalysedData = z
  .object({
    responseId: z.uuid(),
    comments: z.array(z.object({ sentiment: z.string().nullable(), intents: z.array(z.string()), topics: z.array(z.object({ id: z.string(), name: z.string() })) }).loose()),
  })
  .loose();

/** Alert rules: their routes, the handler that judges each completed response, the metric check and replays. */
export function rulesPart(services: PlatformServices): { routes: RouteDefinition[]; jobs: JobDefinition[]; eventHandlers: EventHandler[] } {
  const published = createPublishedSurveys(services.db);
  const replay = replayJob(services, published);
  const judge = defineEventHandler(services.db, {
    name: 'respond.judge-response',
    types: ['response.completed'],
    handle: async (event) => {
      const data = CompletedData.parse(event.data);
      return judgeResponse(services, published, { ...data, workspaceId: event.workspaceId, completedAt: new Date(data.completedAt) });
    },
  });
  // Rules on what the comments say are judged once the analysis has stored them.
  const judgeAnalysed = defineEventHandler(services.db, {
    name: 'respond.judge-analysed',
    types: ['response.analysed'],
    handle: async (event) => {
      const data = AnalysedData.parse(event.data);
      const response = await completedResponseOf(services.db, event.workspaceId, data.responseId);
      if (!response) return { skipped: true };
      return judgeResponse(services, published, response, { phase: 'analysed', comments: data.comments });
    },
  });
  return { routes: ruleRoutes(services, replay, services.jobs), jobs: [replay, metricCheckJob(services)], eventHandlers: [judge, judgeAnalysed] };
}
