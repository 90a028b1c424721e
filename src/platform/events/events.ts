import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { domainEvents } from '../db/schema.js';
import { defineJob, type JobDefinition, type JobQueue } from '../jobs/job-queue.js';

/**
 * Domain events: a change records what happened (`recordEvent`, in its own transaction); the
 * dispatcher job hands each event to every handler that wants its type, one job per handler and
 * event (so one slow or failing handler holds up nothing else), and marks it dispatched. It runs
 * right after a change asks for it and every minute besides, so an event recorded just before a
 * crash still goes out. Handlers may see an event twice (after a crash mid-dispatch): they are
 * written to be idempotent.
 */

export interface DomainEvent {
  workspaceId: string;
  id: string;
  type: string;
  data: Record<string, unknown>;
  createdAt: Date;
}

export async function recordEvent(db: Db, event: { workspaceId: string; type: string; data: Record<string, unknown> }): Promise<string> {
  const id = newId();
  await db.insert(domainEvents).values({ workspaceId: event.workspaceId, id, type: event.type, data: event.data });
  return id;
}

const HandlerPayload = z.object({ workspaceId: z.uuid(), eventId: z.uuid() }).strict();

/** A room's reaction to some event types; it runs as a job of its own per event. */
export interface EventHandler {
  types: readonly string[];
  job: JobDefinition<typeof HandlerPayload>;
}

export function defineEventHandler(db: Db, options: { name: string; types: readonly string[]; handle: (event: DomainEvent) => Promise<unknown> }): EventHandler {
  return {
    types: options.types,
    job: defineJob({
      name: options.name,
      payload: HandlerPayload,
      handler: async ({ workspaceId, eventId }) => {
        const [row] = await db.select().from(domainEvents).where(and(eq(domainEvents.workspaceId, workspaceId), eq(domainEvents.id, eventId))).limit(1);
        if (!row) return { skipped: true };
        return options.handle({ ...row, data: row.data as Record<string, unknown> });
      },
    }),
  };
}

/** Events handed on per dispatcher run; the next run (right away, or within the minute) takes the rest. */
const batchSize = 200;

export function eventDispatchJob(db: Db, jobs: JobQueue, handlers: readonly EventHandler[]) {
  return defineJob({
    name: 'platform.dispatch-events',
    payload: z.object({}).loose(),
    cron: '* * * * *',
    retry: { limit: 2, delaySeconds: 10, backoff: true },
    handler: async () => {
      let dispatched = 0;
      for (;;) {
        const waiting = await db.select().from(domainEvents).where(isNull(domainEvents.dispatchedAt)).orderBy(asc(domainEvents.createdAt)).limit(batchSize);
        if (waiting.length === 0) return { dispatched };
        for (const event of waiting) {
          for (const handler of handlers) {
            if (handler.types.includes(event.type)) await jobs.send(handler.job, { workspaceId: event.workspaceId, eventId: event.id }, { singletonKey: event.id });
          }
        }
        await db
          .update(domainEvents)
          .set({ dispatchedAt: sql`now()` })
          .where(inArray(domainEvents.id, waiting.map((event) => event.id)));
        dispatched += waiting.length;
      }
    },
  });
}

export type EventDispatchJob = ReturnType<typeof eventDispatchJob>;
