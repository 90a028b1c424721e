import type { RoomFactory } from '../platform/room.js';

/** Share: dashboards, live feed, digests, exports and webhooks. */
export const shareRoom: RoomFactory = () => ({ name: 'share', routes: [], jobs: [] });
