import type { RouteDefinition } from '../../platform/http/route.js';
import type { JobDefinition } from '../../platform/jobs/job-queue.js';
import type { PlatformServices } from '../../platform/services.js';
import { respondSettingsRoutes } from '../settings/routes.js';
import { caseRoutes } from './routes.js';
import { slaEscalationJob } from './sla.js';

/** Cases: their routes, teams and settings, and the SLA escalation job. */
export function casesPart(services: PlatformServices): { routes: RouteDefinition[]; jobs: JobDefinition[] } {
  return { routes: [...caseRoutes(services), ...respondSettingsRoutes(services)], jobs: [slaEscalationJob(services)] };
}
