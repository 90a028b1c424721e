import type { RouteDefinition } from './http/route.js';
import type { EventHandler } from './events/events.js';
import type { JobDefinition } from './jobs/job-queue.js';
import type { PlatformServices } from './services.js';

/** What a room (collect, insights, share, respond) hands to main.ts: its routes and its jobs. */
export interface Room {
  name: string;
  routes: RouteDefinition[];
  jobs: JobDefinition[];
  /** Its reactions to domain events, each run as a job per event. */
  eventHandlers?: EventHandler[];
  /** Ends what the room keeps open (live streams), before the server closes. */
  close?: () => Promise<void>;
}

export type RoomFactory = (services: PlatformServices) => Room;
