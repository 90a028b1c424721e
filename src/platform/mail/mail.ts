import { and, desc, eq, lt } from 'drizzle-orm';
import { connect, type Socket } from 'node:net';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { MailPurpose } from '../../engine/mail.js';
import type { Config } from '../config/config.js';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { mailMessages } from '../db/schema.js';
import { defineJob, type JobQueue } from '../jobs/job-queue.js';

/**
 * Mail, built once for every room that sends it (case replies, invitations, digests): a room
 * queues a message in the transaction of the change that asks for it (`queueMail`), and, once that
 * commits, hands it to the job queue (`sendQueuedMail`). The job sends it over SMTP with retries,
 * or, without `SMTP_URL` (the embedded default), leaves it in the outbox the admin app shows, so
 * every flow works on a laptop with no mail server.
 */

export type MailRow = typeof mailMessages.$inferSelect;

export interface OutgoingMail {
  workspaceId: string;
  purpose: MailPurpose;
  to: string;
  subject: string;
  text: string;
  html?: string;
  from?: string;
  replyTo?: string;
  headers?: Record<string, string>;
}

/** Attempts per message: the first and five retries, waiting 1, 2, 4, 8 and 16 minutes. */
export const maxMailAttempts = 6;

/** Keeps a message to send; call in the transaction of the change it belongs to. Returns its id. */
export async function queueMail(db: Db, mail: OutgoingMail, config: Pick<Config, 'mail'>): Promise<string> {
  const id = newId();
  await db.insert(mailMessages).values({
    workspaceId: mail.workspaceId,
    id,
    purpose: mail.purpose,
    toAddress: mail.to,
    fromAddress: mail.from ?? config.mail.from,
    replyTo: mail.replyTo ?? null,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html ?? null,
    headers: mail.headers ?? {},
  });
  return id;
}

export async function findMail(db: Db, workspaceId: string, messageId: string): Promise<MailRow | null> {
  const [row] = await db.select().from(mailMessages).where(and(eq(mailMessages.workspaceId, workspaceId), eq(mailMessages.id, messageId))).limit(1);
  return row ?? null;
}

/**
 * The SMTP transport of the server, or null without `SMTP_URL`. `pooled` keeps a few connections
 * open for bulk mail (invitations) instead of one per message.
 */
export function createMailTransport(config: Pick<Config, 'mail'>, options: { pooled?: boolean } = {}) {
  if (!config.mail.smtpUrl) return null;
  const url = new URL(config.mail.smtpUrl);
  if (options.pooled) {
    // nodemailer reads its options from the URL's query, so a pool keeps whatever else the URL says.
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
    if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '4');
  }
  const transport = nodemailer.createTransport(url.toString());
  (transport.transporter as unknown as { getSocket: SocketFactory }).getSocket = openWithoutNagle;
  return transport;
}
export type MailTransport = NonNullable<ReturnType<typeof createMailTransport>>;

type SocketFactory = (options: { host?: string; port?: number; secure?: boolean; connectionTimeout?: number }, callback: (error: Error | null, socket?: { connection: Socket }) => void) => void;

/**
 * Opens each SMTP connection with TCP_NODELAY. nodemailer leaves Nagle's algorithm on, so the end
 * of every message waits for the server's delayed ACK (about 40 ms on Linux) and one connection
 * sends at most about 22 mails a second however fast both ends are. nodemailer still speaks TLS
 * over this socket: at once for smtps://, after STARTTLS otherwise.
 */
const openWithoutNagle: SocketFactory = (options, callback) => {
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = connect({ host: options.host ?? 'localhost', port, noDelay: true });
  const timer = setTimeout(() => socket.destroy(Object.assign(new Error(`Connection timeout to ${options.host}:${port}`), { code: 'ETIMEDOUT' })), options.connectionTimeout ?? 120_000);
  const settle = (error: Error | null) => {
    clearTimeout(timer);
    socket.off('error', settle);
    socket.off('connect', connected);
    callback(error, error ? undefined : { connection: socket });
  };
  const connected = () => settle(null);
  socket.once('connect', connected);
  socket.once('error', settle);
};


/** The Message-ID of a message Kuulo sends: the same on every attempt, so a receiver can drop a repeat. */
export const messageIdOf = (id: string, config: Pick<Config, 'publicUrl'>) => `<${id}@${new URL(config.publicUrl).hostname || 'kuulo.invalid'}>`;

/**
 * What an SMTP failure means: `permanent` (a 5xx answer: the address or the message is refused,
 * trying again will not help) or `temporary` (a 4xx answer, a lost connection: try later).
 */
export function classifySmtpFailure(error: unknown): { kind: 'permanent' | 'temporary'; problem: string } {
  const problem = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return { kind: typeof code === 'number' && code >= 500 && code < 600 ? 'permanent' : 'temporary', problem };
}

export const mailSendJob = (db: Db, config: Config) => {
  const transport = createMailTransport(config);
  return defineJob({
    name: 'platform.mail-send',
    payload: z.object({ workspaceId: z.uuid(), messageId: z.uuid() }).strict(),
    retry: { limit: maxMailAttempts - 1, delaySeconds: 60, backoff: true },
    handler: async ({ workspaceId, messageId }, { isLastAttempt }) => {
      const message = await findMail(db, workspaceId, messageId);
      if (!message || message.status === 'sent' || message.status === 'outbox') return { skipped: true };
      const where = and(eq(mailMessages.workspaceId, workspaceId), eq(mailMessages.id, messageId));
      if (!transport) {
        await db.update(mailMessages).set({ status: 'outbox' }).where(where);
        return { outbox: true };
      }
      try {
        const info = await transport.sendMail({
          // The same Message-ID on every attempt: a receiver can drop a repeat after a lost answer.
          messageId: messageIdOf(message.id, config),
          from: message.fromAddress,
          to: message.toAddress,
          ...(message.replyTo ? { replyTo: message.replyTo } : {}),
          subject: message.subject,
          text: message.textBody,
          ...(message.htmlBody ? { html: message.htmlBody } : {}),
          headers: message.headers as Record<string, string>,
        });
        await db.update(mailMessages).set({ status: 'sent', sentAt: new Date(), attempts: message.attempts + 1, lastError: null }).where(where);
        return { accepted: info.accepted };
      } catch (error) {
        const problem = error instanceof Error ? error.message : String(error);
        await db
          .update(mailMessages)
          .set({ status: isLastAttempt ? 'failed' : 'queued', attempts: message.attempts + 1, lastError: problem.slice(0, 1000) })
          .where(where);
        if (isLastAttempt) return { failed: problem };
        throw error;
      }
    },
  });
};

export type MailSendJob = ReturnType<typeof mailSendJob>;

/** Hands queued messages to the job queue; call after the transaction that queued them commits. */
export async function sendQueuedMail(jobs: JobQueue, job: MailSendJob, workspaceId: string, messageIds: readonly string[]): Promise<void> {
  for (const messageId of messageIds) await jobs.send(job, { workspaceId, messageId }, { singletonKey: messageId });
}

/** The workspace's mail, newest first, a page at a time. */
export async function listMail(db: Db, workspaceId: string, page: { status?: string; beforeId?: string; limit: number }): Promise<MailRow[]> {
  return db
    .select()
    .from(mailMessages)
    .where(and(eq(mailMessages.workspaceId, workspaceId), page.status ? eq(mailMessages.status, page.status) : undefined, page.beforeId ? lt(mailMessages.id, page.beforeId) : undefined))
    .orderBy(desc(mailMessages.id))
    .limit(page.limit);
}
