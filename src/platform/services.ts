import type { Logger } from 'pino';
import type { RateLimiter } from './auth/rate-limit.js';
import type { Config } from './config/config.js';
import type { Database, Db } from './db/database.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { MailSendJob } from './mail/mail.js';

/** What the platform gives every room: built once in main.ts, passed to route and job factories. */
export interface PlatformServices {
  config: Config;
  log: Logger;
  database: Database;
  db: Db;
  jobs: JobQueue;
  /** The job that sends queued mail (see mail/mail.ts): rooms queue, then hand their messages to it. */
  mailJob: MailSendJob;
  /** Domain events (see events/events.ts): after a change that recorded some commits, ask for them to go out now. */
  events: { dispatchSoon(): Promise<void> };
  /** Slow password and setup-token guessing: strict per account, generous per address (offices share one). */
  signInLimits: { perEmail: RateLimiter; perIp: RateLimiter };
  /** Reset links mailed per address: a few an hour, so nobody can flood someone's inbox. */
  passwordResetLimits: RateLimiter;
  /** The token that lets the first person set Kuulo up; null once anyone has an account. */
  setup: { token: string | null };
  sessionCookieName: string;
  /** Signs personal survey links (and other tokens that travel through customers' hands). */
  linkSigningKey: Buffer;
}
