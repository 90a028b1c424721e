import { and, eq, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { defineJob, type JobQueue } from '../../platform/jobs/job-queue.js';
import { createMailTransport } from '../../platform/mail/mail.js';
import type { PlatformServices } from '../../platform/services.js';
import { distributions, invitations } from '../schema.js';
import { claimDueInvitations, claimDueReminders, failInterruptedSends } from './claim.js';
import { createRateLimiter, deliver, type DeliveryOutcome } from './deliver.js';

/** Invitations claimed at once: at most 200, and no more than a minute's worth at the configured rate, so a claim never outlives the ten minutes after which an unfinished one counts as interrupted. */
const batchSizeFor = (ratePerSecond: number) => (ratePerSecond > 0 ? Math.max(1, Math.min(200, Math.floor(ratePerSecond * 60))) : 200);
/** A send job hands over to a fresh one after this long, so one big distribution does not hold a worker. */
const sliceMs = 5 * 60_000;

/**
 * The invitation sender: one job per workspace drains its due invitations and reminders batch by
 * batch; a job every minute wakes it for scheduled sends, delayed triggers and reminders.
 */
export function invitationJobs(services: Pick<PlatformServices, 'db' | 'config' | 'linkSigningKey' | 'jobs'>, clock: () => Date = () => new Date()) {
  const { db, config, linkSigningKey } = services;
  const transport = createMailTransport(config, { pooled: true });
  const throttle = createRateLimiter(config.mail.ratePerSecond);
  const batchSize = batchSizeFor(config.mail.ratePerSecond);

  /** Sends what is due in a workspace now; returns when nothing is left or the slice is used up. */
  async function sendDue(workspaceId: string, deadline = Date.now() + sliceMs) {
    const total: DeliveryOutcome & { skipped: number; reminders: number; isDone: boolean } = { sent: 0, failed: 0, bounced: 0, retried: 0, skipped: 0, reminders: 0, isDone: false };
    await failInterruptedSends(db, workspaceId, clock());
    while (Date.now() < deadline) {
      const { claimed, skipped } = await claimDueInvitations(db, workspaceId, clock(), batchSize);
      const reminders = claimed.length < batchSize ? await claimDueReminders(db, workspaceId, clock(), batchSize - claimed.length) : [];
      if (claimed.length === 0 && reminders.length === 0 && skipped === 0) {
        total.isDone = true;
        break;
      }
      const outcome = await deliver(db, { config, linkSigningKey, transport, throttle, now: clock }, [...claimed, ...reminders]);
      total.sent += outcome.sent - reminders.length;
      total.reminders += reminders.length;
      total.failed += outcome.failed;
      total.bounced += outcome.bounced;
      total.retried += outcome.retried;
      total.skipped += skipped;
    }
    await finishDistributions(db, workspaceId);
    return total;
  }

  const sendJob = defineJob({
    name: 'collect.invitations-send',
    payload: z.object({ workspaceId: z.uuid() }).strict(),
    retry: { limit: 5, delaySeconds: 30, backoff: true },
    handler: async ({ workspaceId }) => {
      const total = await sendDue(workspaceId);
      if (!total.isDone) await services.jobs.send(sendJob, { workspaceId });
      return total;
    },
  });

  const dueJob = defineJob({
    name: 'collect.invitations-due',
    payload: z.object({}).passthrough(),
    cron: '* * * * *',
    handler: async () => {
      const workspaceIds = await workspacesWithDueMail(db, clock());
      for (const workspaceId of workspaceIds) await services.jobs.send(sendJob, { workspaceId }, { singletonKey: workspaceId });
      return { workspaces: workspaceIds.length };
    },
  });

  return { sendJob, dueJob, sendDue, close: () => transport?.close() };
}
export type InvitationJobs = ReturnType<typeof invitationJobs>;

/** Starts sending a workspace's due invitations now (after a send, an added recipient, an event). */
export const wakeSender = (jobs: JobQueue, sender: Pick<InvitationJobs, 'sendJob'>, workspaceId: string) => jobs.send(sender.sendJob, { workspaceId });

async function workspacesWithDueMail(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ workspaceId: invitations.workspaceId })
    .from(invitations)
    .where(or(and(eq(invitations.status, 'queued'), lte(invitations.dueAt, now)), and(eq(invitations.status, 'sent'), lte(invitations.nextReminderAt, now)), and(eq(invitations.status, 'sending'), lte(invitations.dueAt, new Date(now.getTime() - 10 * 60_000)))));
  return rows.map((row) => row.workspaceId);
}

/** A scheduled distribution is sending once its time comes, and sent when nothing of it waits any more. */
async function finishDistributions(db: Db, workspaceId: string) {
  await db.execute(sql`
    update ${distributions} set status = 'sending', started_at = coalesce(started_at, now()), updated_at = now()
    where workspace_id = ${workspaceId}::uuid and status = 'scheduled' and scheduled_at <= now()`);
  await db.execute(sql`
    update ${distributions} as d set status = 'sent', updated_at = now()
    where d.workspace_id = ${workspaceId}::uuid and d.status = 'sending'
      and not exists (select 1 from ${invitations} i where i.workspace_id = d.workspace_id and i.distribution_id = d.id and i.status in ('queued', 'sending'))`);
}
