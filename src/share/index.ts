import type { RoomFactory } from '../platform/room.js';
import { createLiveFeed } from './live-feed.js';
import { shareRoutes } from './routes.js';
import { webhookDeliveryJob, webhookEventHandler } from './webhooks/deliveries.js';
import { webhookRoutes } from './webhooks/routes.js';

/** Share: dashboards, live feed, digests, exports and webhooks. */
export const shareRoom: RoomFactory = (services) => {
  const feed = createLiveFeed(services.database, services.log.child({ part: 'live-feed' }));
  const deliveryJob = webhookDeliveryJob(services.db, services.config);
  return {
    name: 'share',
    routes: [...shareRoutes(feed), ...webhookRoutes(services, deliveryJob)],
    jobs: [deliveryJob],
    eventHandlers: [webhookEventHandler(services.db, services.jobs, deliveryJob)],
    close: () => feed.close(),
  };
};
