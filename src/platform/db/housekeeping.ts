import { z } from 'zod';
import { defineJob } from '../jobs/job-queue.js';
import type { Database } from './database.js';

/**
 * Nightly care for the database. Both kinds drop expired sessions and password reset links; the embedded database also
 * gets the VACUUM ANALYZE that a server's autovacuum would do, and a checkpoint that lets it
 * recycle its write-ahead log.
 */
export function housekeepingJob(database: Database, cron: string) {
  return defineJob({
    name: 'platform.housekeeping',
    payload: z.object({}).loose(),
    cron,
    retry: { limit: 1, delaySeconds: 600, backoff: false },
    handler: async (_payload, { log }) => runHousekeeping(database, log),
  });
}

export async function runHousekeeping(database: Database, log?: { info(o: object, m: string): void }) {
  const started = Date.now();
  const expired = await database.execute('DELETE FROM sessions WHERE expires_at < now()');
  // A reset link past its hour can never be used again, spent or not.
  const expiredResets = await database.execute('DELETE FROM password_resets WHERE expires_at < now()');
  if (database.kind === 'embedded') {
    await database.execute('VACUUM ANALYZE');
    await database.execute('CHECKPOINT');
  }
  const result = { expiredSessions: expired.rowCount, expiredResetLinks: expiredResets.rowCount, vacuumed: database.kind === 'embedded', ms: Date.now() - started };
  log?.info(result, 'housekeeping done');
  return result;
}
