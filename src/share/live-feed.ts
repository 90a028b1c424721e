import type { Logger } from 'pino';
import { readResponseStored, responseStoredChannel, type ResponseStored } from '../collect/responses/events.js';
import type { Database } from '../platform/db/database.js';

/** What an open dashboard hears: which surveys got responses (or their comments analysed) since the last message. */
export interface LiveMessage {
  surveyIds: string[];
  complete: number;
  partial: number;
  /** Responses whose comments were analysed: what the text views and comment filters show. */
  analysed: number;
}

interface Subscriber {
  workspaceId: string;
  send(message: LiveMessage): void;
  end(): void;
}

/** At most one message per subscriber this often: a burst of responses is one refresh, not hundreds. */
export const liveIntervalMs = 500;

/**
 * The live feed behind open dashboards: one LISTEN for the whole node (started with the first
 * subscriber), fanned out to the subscribers of the response's workspace, each throttled.
 */
export function createLiveFeed(database: Database, log: Logger) {
  const subscribers = new Set<{ subscriber: Subscriber; pending: LiveMessage | null; timer: NodeJS.Timeout | null }>();
  let listening: Promise<(() => Promise<void>) | null> | null = null;

  const deliver = (event: ResponseStored) => {
    for (const entry of subscribers) {
      if (entry.subscriber.workspaceId !== event.workspaceId) continue;
      const message = (entry.pending ??= { surveyIds: [], complete: 0, partial: 0, analysed: 0 });
      if (!message.surveyIds.includes(event.surveyId)) message.surveyIds.push(event.surveyId);
      message[event.state] += 1;
      if (entry.timer) continue;
      const flush = () => {
        entry.timer = null;
        if (!entry.pending) return;
        entry.subscriber.send(entry.pending);
        entry.pending = null;
        entry.timer = setTimeout(flush, liveIntervalMs);
      };
      flush();
    }
  };

  const startListening = () =>
    (listening ??= database
      .listen(responseStoredChannel, (payload) => {
        const event = readResponseStored(payload);
        if (event) deliver(event);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'the live feed could not listen; dashboards will not update live');
        listening = null;
        return null;
      }));

  return {
    /** Adds an open dashboard; resolves to the way to remove it. */
    async subscribe(subscriber: Subscriber): Promise<() => void> {
      const entry = { subscriber, pending: null, timer: null };
      subscribers.add(entry);
      await startListening();
      return () => {
        if (entry.timer) clearTimeout(entry.timer);
        subscribers.delete(entry);
      };
    },
    /** Ends every open stream (so the server can close) and stops listening. */
    async close(): Promise<void> {
      for (const entry of subscribers) {
        if (entry.timer) clearTimeout(entry.timer);
        entry.subscriber.end();
      }
      subscribers.clear();
      const unlisten = await listening;
      listening = null;
      await unlisten?.();
    },
  };
}

export type LiveFeed = ReturnType<typeof createLiveFeed>;
