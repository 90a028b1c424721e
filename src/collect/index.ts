import type { RoomFactory } from '../platform/room.js';

/** Collect: surveys and their distributions (link, QR code, email, website widget, API), contacts, imported reviews and behaviour events. */
export const collectRoom: RoomFactory = () => ({ name: 'collect', routes: [], jobs: [] });
