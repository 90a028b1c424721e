import { sql } from 'drizzle-orm';
import type { Db } from './database.js';

/**
 * Sends a notification to the `Database.listen` handlers of `channel`. Inside a transaction it is
 * delivered only if and when the transaction commits, so no one hears of a change that was undone.
 */
export async function notify(db: Db, channel: string, payload: string): Promise<void> {
  await db.execute(sql`SELECT pg_notify(${channel}, ${payload})`);
}
