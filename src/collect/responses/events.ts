import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { notify } from '../../platform/db/notify.js';

/**
 * "A response was stored" (partial or complete), or "its comments were analysed" (analysed):
 * announced on a database channel in the transaction that stores it, so open dashboards (on this
 * node or any other) hear of it once it is committed, and never of one that was rolled back.
 */
export const responseStoredChannel = 'kuulo_response_stored';

const ResponseStored = z.object({ workspaceId: z.string(), surveyId: z.string(), state: z.enum(['partial', 'complete', 'analysed']) }).strict();
export type ResponseStored = z.infer<typeof ResponseStored>;

export const announceResponseStored = (db: Db, event: ResponseStored) => notify(db, responseStoredChannel, JSON.stringify(event));

/** The event in a notification's payload, or null for anything else. */
export function readResponseStored(payload: string): ResponseStored | null {
  try {
    const parsed = ResponseStored.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
