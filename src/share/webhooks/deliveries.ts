import { z } from 'zod';
import type { Config } from '../../platform/config/config.js';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { defineEventHandler } from '../../platform/events/events.js';
import { defineJob, type JobQueue } from '../../platform/jobs/job-queue.js';
import { postWebhook } from './send.js';
import { webhookHeaders } from './signing.js';
import { endpointsFor, findDelivery, findEndpoint, insertDeliveries, recordAttempt } from './store.js';

/**
 * Attempts per delivery: the first and seven retries, waiting 30 s, 1, 2, 4, 8, 16 and 32 min
 * (the first wait is `KUULO_WEBHOOK_RETRY_SECONDS`), so a receiver has about an hour to come back.
 */
export const maxAttempts = 8;

/** The job that delivers one event to one endpoint, with its own retries: a broken endpoint delays nothing else. */
export const webhookDeliveryJob = (db: Db, config: Config) =>
  defineJob({
    name: 'share.webhook-delivery',
    payload: z.object({ workspaceId: z.uuid(), deliveryId: z.uuid() }).strict(),
    retry: { limit: maxAttempts - 1, delaySeconds: config.webhooks.firstRetrySeconds, backoff: true },
    handler: async ({ workspaceId, deliveryId }, { isLastAttempt }) => {
      const delivery = await findDelivery(db, workspaceId, deliveryId);
      if (!delivery || delivery.status === 'delivered' || delivery.status === 'failed') return { skipped: true };
      const endpoint = await findEndpoint(db, workspaceId, delivery.endpointId);
      if (!endpoint || !endpoint.isEnabled) {
        await recordAttempt(db, delivery, { statusCode: null, error: endpoint ? 'the endpoint is turned off' : 'the endpoint was deleted', durationMs: 0, status: 'failed' });
        return { skipped: true };
      }
      const body = JSON.stringify(delivery.payload);
      const timestamp = Math.floor(Date.now() / 1000);
      const startedAt = performance.now();
      const outcome = await postWebhook(endpoint.url, webhookHeaders(endpoint.secret, { id: delivery.messageId, timestamp, body }), body, { allowPrivate: config.webhooks.allowPrivateAddresses });
      const durationMs = Math.round(performance.now() - startedAt);
      if (outcome.ok) {
        await recordAttempt(db, delivery, { statusCode: outcome.statusCode, error: null, durationMs, status: 'delivered' });
        return { statusCode: outcome.statusCode };
      }
      await recordAttempt(db, delivery, { statusCode: outcome.statusCode, error: outcome.error, durationMs, status: isLastAttempt ? 'failed' : 'retrying' });
      // Failing the job is what makes the queue try again later.
      if (!isLastAttempt) throw new Error(`webhook ${endpoint.url} ${outcome.error}`);
      return { failed: outcome.error };
    },
  });

export type WebhookDeliveryJob = ReturnType<typeof webhookDeliveryJob>;

/** An event as receivers get it: `{type, timestamp, data}`, the Standard Webhooks payload shape. */
export interface WebhookEvent {
  type: string;
  data: Record<string, unknown>;
}

/** The event types endpoints can ask for. */
export const webhookEventTypes = ['response.completed', 'response.analysed', 'alert.triggered', 'case.opened', 'case.assigned', 'case.escalated', 'case.action_taken', 'case.closed', 'case.reopened', 'contact.unsubscribed', 'webhook.test'] as const;

/**
 * Sends an event to every enabled endpoint of the workspace that wants its type: one delivery
 * row and one job each. Call it after the change it reports is committed.
 */
export async function emitWebhookEvent(
  db: Db,
  jobs: JobQueue,
  job: WebhookDeliveryJob,
  workspaceId: string,
  event: WebhookEvent,
  options: {
    /** To this endpoint only, whatever types it wants (a test). */
    onlyEndpointId?: string;
    /** The domain event this reports: its deliveries are made once, however often it is handled. */
    eventId?: string;
  } = {},
): Promise<string[]> {
  const only = options.onlyEndpointId ? await findEndpoint(db, workspaceId, options.onlyEndpointId) : null;
  const endpoints = options.onlyEndpointId ? (only?.isEnabled ? [only] : []) : await endpointsFor(db, workspaceId, event.type);
  const payload = { type: event.type, timestamp: new Date().toISOString(), data: event.data };
  // A domain event's message id is derived from it and the endpoint, so handling it twice delivers once.
  const messageIdFor = (endpointId: string) => (options.eventId ? `msg_${options.eventId.replaceAll('-', '')}_${endpointId.slice(-12)}` : `msg_${newId().replaceAll('-', '')}`);
  const rows = endpoints.map((endpoint) => ({ workspaceId, id: newId(), endpointId: endpoint.id, messageId: messageIdFor(endpoint.id), eventType: event.type, payload }));
  const fresh = await insertDeliveries(db, rows);
  for (const row of rows.filter((r) => fresh.has(r.messageId))) await jobs.send(job, { workspaceId, deliveryId: row.id });
  return rows.filter((r) => fresh.has(r.messageId)).map((row) => row.id);
}

/** Domain events that go out to webhooks as they are (their data is the message's `data`). */
export const webhookEventHandler = (db: Db, jobs: JobQueue, job: WebhookDeliveryJob) =>
  defineEventHandler(db, {
    name: 'share.webhook-events',
    types: webhookEventTypes.filter((type) => type !== 'webhook.test'),
    handle: async (event) => ({ deliveries: (await emitWebhookEvent(db, jobs, job, event.workspaceId, { type: event.type, data: event.data }, { eventId: event.id })).length }),
  });
