import type { RouteDefinition } from '../../platform/http/route.js';
import type { JobDefinition } from '../../platform/jobs/job-queue.js';
import type { PlatformServices } from '../../platform/services.js';

/** Cases: their routes, teams and settings, and the SLA escalation job. */
export function casesPart(_services: PlatformServices): { routes: RouteDefinition[]; jobs: JobDefinition[] } {
  return { routes: [], jobs: [] };
}
