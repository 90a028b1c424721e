import { createPublishedSurveys } from '../collect/surveys/published-surveys.js';
import type { RoomFactory } from '../platform/room.js';
import { backfillJob, commentAnalysisHandler } from './comments/jobs.js';
import { commentRoutes } from './comments/routes.js';
import { modelRoutes } from './comments/model-routes.js';
import { topicRoutes } from './comments/topic-routes.js';
import { trainingJobs } from './comments/training-job.js';
import { rollupRebuildJob } from './rollups/rebuild-job.js';
import { insightsRoutes } from './routes.js';

/** Insights: the metric engine (NPS, CSAT, CES, CLI), rollups, trends, significance and text analytics. */
export const insightsRoom: RoomFactory = (services) => {
  const rebuildJob = rollupRebuildJob(services.db);
  const published = createPublishedSurveys(services.db);
  const backfill = backfillJob(services.db, published, () => services.jobs);
  const training = trainingJobs(services.db, () => services.jobs, backfill);
  return {
    name: 'insights',
    routes: [...insightsRoutes(services, rebuildJob), ...commentRoutes(services.db, services.jobs, backfill), ...topicRoutes(services.db, services.jobs, backfill), ...modelRoutes(services.db, services.jobs, training.train)],
    jobs: [rebuildJob, backfill, training.train, training.nightly],
    eventHandlers: [commentAnalysisHandler(services.db, published, services.events)],
  };
};
