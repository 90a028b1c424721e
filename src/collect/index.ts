import type { RoomFactory } from '../platform/room.js';
import { responseRoutes } from './responses/routes.js';
import { surveyPageRoutes } from './responses/survey-page.js';
import { surveyRoutes } from './surveys/routes.js';

/** Collect: surveys and their distributions (link, QR code, email, website widget, API), contacts, imported reviews and behaviour events. */
export const collectRoom: RoomFactory = (services) => ({
  name: 'collect',
  routes: [...surveyRoutes(services), ...responseRoutes(services), ...surveyPageRoutes()],
  jobs: [],
});
