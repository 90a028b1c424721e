import type { EventHandler } from '../../platform/events/events.js';
import type { RouteDefinition } from '../../platform/http/route.js';
import type { JobDefinition } from '../../platform/jobs/job-queue.js';
import type { PlatformServices } from '../../platform/services.js';

/** Alert rules: their routes, the job that judges each completed response, and the metric check. */
export function rulesPart(_services: PlatformServices): { routes: RouteDefinition[]; jobs: JobDefinition[]; eventHandlers: EventHandler[] } {
  return { routes: [], jobs: [], eventHandlers: [] };
}
