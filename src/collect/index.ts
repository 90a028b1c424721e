import type { RoomFactory } from '../platform/room.js';
import { contactImportJob } from './contacts/csv-import.js';
import { contactRoutes } from './contacts/routes.js';
import { responseRoutes } from './responses/routes.js';
import { surveyPageRoutes } from './responses/survey-page.js';
import { createPublishedSurveys } from './surveys/published-surveys.js';
import { surveyRoutes } from './surveys/routes.js';
import { widgetRoutes } from './widget/routes.js';

/** Collect: surveys and their distributions (link, QR code, email, website widget, API), contacts, imported reviews and behaviour events. */
export const collectRoom: RoomFactory = (services) => {
  const published = createPublishedSurveys(services.db);
  const importJob = contactImportJob(services.db);
  return {
    name: 'collect',
    routes: [...surveyRoutes(services), ...responseRoutes(services, published), ...surveyPageRoutes(), ...widgetRoutes(services), ...contactRoutes(services, importJob)],
    jobs: [importJob],
  };
};
