import type { RoomFactory } from '../platform/room.js';

/** Respond: alert rules, follow-up cases, SLAs, replies to customers and frontline actions. */
export const respondRoom: RoomFactory = () => ({ name: 'respond', routes: [], jobs: [] });
