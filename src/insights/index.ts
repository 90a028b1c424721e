import type { RoomFactory } from '../platform/room.js';
import { rollupRebuildJob } from './rollups/rebuild-job.js';
import { insightsRoutes } from './routes.js';

/** Insights: the metric engine (NPS, CSAT, CES, CLI), rollups, trends, significance and text analytics. */
export const insightsRoom: RoomFactory = (services) => {
  const rebuildJob = rollupRebuildJob(services.db);
  return { name: 'insights', routes: insightsRoutes(services, rebuildJob), jobs: [rebuildJob] };
};
