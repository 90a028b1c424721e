import type { RoomFactory } from '../platform/room.js';
import { contactImportJob } from './contacts/csv-import.js';
import { contactRoutes } from './contacts/routes.js';
import { budgetRoutes } from './invitations/budget-routes.js';
import { invitationEventRoutes } from './invitations/event-routes.js';
import { invitationPublicRoutes } from './invitations/public-routes.js';
import { recipientImport } from './invitations/recipient-import.js';
import { distributionRoutes } from './invitations/routes.js';
import { invitationJobs } from './invitations/send-job.js';
import { templateRoutes } from './invitations/template-routes.js';
import { responseRoutes } from './responses/routes.js';
import { surveyPageRoutes } from './responses/survey-page.js';
import { createPublishedSurveys } from './surveys/published-surveys.js';
import { surveyRoutes } from './surveys/routes.js';
import { widgetRoutes } from './widget/routes.js';

/** Collect: surveys and their distributions (link, QR code, email, website widget, API), contacts, imported reviews and behaviour events. */
export const collectRoom: RoomFactory = (services) => {
  const published = createPublishedSurveys(services.db);
  const sender = invitationJobs(services);
  const importJob = contactImportJob(services.db, recipientImport(services.db, services.jobs, sender));
  return {
    name: 'collect',
    routes: [
      ...surveyRoutes(services),
      ...responseRoutes(services, published),
      ...surveyPageRoutes(),
      ...widgetRoutes(services),
      ...contactRoutes(services, importJob),
      ...distributionRoutes(services, sender, importJob),
      ...templateRoutes(services),
      ...budgetRoutes(services),
      ...invitationEventRoutes(services, sender),
      ...invitationPublicRoutes(services),
    ],
    jobs: [importJob, sender.sendJob, sender.dueJob],
    close: async () => sender.close(),
  };
};
