import type { RoomFactory } from '../platform/room.js';
import { createLiveFeed } from './live-feed.js';
import { shareRoutes } from './routes.js';

/** Share: dashboards, live feed, digests, exports and webhooks. */
export const shareRoom: RoomFactory = (services) => {
  const feed = createLiveFeed(services.database, services.log.child({ part: 'live-feed' }));
  return { name: 'share', routes: shareRoutes(feed), jobs: [], close: () => feed.close() };
};
