import type { RoomFactory } from '../platform/room.js';
import { casesPart } from './cases/index.js';
import { rulesPart } from './rules/index.js';

/** Respond: alert rules, follow-up cases, SLAs, replies to customers and frontline actions. */
export const respondRoom: RoomFactory = (services) => {
  const cases = casesPart(services);
  const rules = rulesPart(services);
  return {
    name: 'respond',
    routes: [...cases.routes, ...rules.routes],
    jobs: [...cases.jobs, ...rules.jobs],
    eventHandlers: [...rules.eventHandlers],
  };
};
