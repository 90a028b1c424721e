import { z } from 'zod';
import { auditActorOf, recordAudit } from '../../platform/audit/audit.js';
import { newId } from '../../platform/db/ids.js';
import { invalidInput, notFound } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import { problemWithUrl } from './address-guard.js';
import { emitWebhookEvent, webhookEventTypes, type WebhookDeliveryJob } from './deliveries.js';
import { newWebhookSecret } from './signing.js';
import * as store from './store.js';

const Url = z
  .string({ error: 'is required' })
  .max(2000)
  .superRefine((text, context) => {
    const problem = problemWithUrl(text);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
const EventTypes = z.array(z.enum(webhookEventTypes, { error: `must be one of ${webhookEventTypes.join(', ')}` })).max(50);
const EndpointParams = WorkspaceParams.extend({ endpointId: Id });

/** An endpoint as the API shows it: never the secret, except once when it is made. */
const shown = (endpoint: store.EndpointRow) => ({
  id: endpoint.id,
  url: endpoint.url,
  description: endpoint.description,
  eventTypes: endpoint.eventTypes,
  isEnabled: endpoint.isEnabled,
  createdAt: endpoint.createdAt.toISOString(),
});

const shownDelivery = (delivery: store.DeliveryRow) => ({
  id: delivery.id,
  messageId: delivery.messageId,
  eventType: delivery.eventType,
  status: delivery.status,
  attempts: delivery.attempts,
  lastStatusCode: delivery.lastStatusCode,
  lastError: delivery.lastError,
  lastAttemptAt: delivery.lastAttemptAt?.toISOString() ?? null,
  deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
  createdAt: delivery.createdAt.toISOString(),
});

/** Webhook endpoints, their secrets, a test message, and the delivery log with resend. */
export function webhookRoutes({ db, jobs }: PlatformServices, deliveryJob: WebhookDeliveryJob) {
  const load = async (workspaceId: string, endpointId: string) => {
    const endpoint = await store.findEndpoint(db, workspaceId, endpointId);
    if (!endpoint) throw notFound('webhook.notFound');
    return endpoint;
  };
  const access = { kind: 'workspace', permission: 'share.manage' } as const;

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/webhooks',
      summary: 'Webhook endpoints of the workspace',
      tags: ['webhooks'],
      access,
      params: WorkspaceParams,
      handler: async ({ params }) => ({ items: (await store.listEndpoints(db, params.workspaceId)).map(shown), eventTypes: webhookEventTypes }),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/webhooks',
      summary: 'Add a webhook endpoint; its signing secret is in this answer only',
      tags: ['webhooks'],
      access,
      params: WorkspaceParams,
      body: z.object({ url: Url, description: z.string().max(500).default(''), eventTypes: EventTypes.default([]) }).strict(),
      status: 201,
      handler: async (context) => {
        const { params, body } = context;
        const endpoint = await db.transaction(async (tx) => {
          const created = await store.insertEndpoint(tx, { workspaceId: params.workspaceId, id: newId(), ...body, secret: newWebhookSecret() });
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'webhook.created', target: { type: 'webhook', id: created.id }, details: { url: created.url } });
          return created;
        });
        return { ...shown(endpoint), secret: endpoint.secret };
      },
    }),

    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/webhooks/:endpointId',
      summary: 'Change a webhook endpoint: its address, description, event types, or turn it off',
      tags: ['webhooks'],
      access,
      params: EndpointParams,
      body: z.object({ url: Url.optional(), description: z.string().max(500).optional(), eventTypes: EventTypes.optional(), isEnabled: z.boolean().optional() }).strict(),
      handler: async (context) => {
        const { params, body } = context;
        await load(params.workspaceId, params.endpointId);
        const updated = await db.transaction(async (tx) => {
          const row = await store.updateEndpoint(tx, params.workspaceId, params.endpointId, body);
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'webhook.updated', target: { type: 'webhook', id: params.endpointId }, details: body });
          return row!;
        });
        return shown(updated);
      },
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/webhooks/:endpointId',
      summary: 'Delete a webhook endpoint; deliveries on their way to it stop',
      tags: ['webhooks'],
      access,
      params: EndpointParams,
      handler: async (context) => {
        const { params } = context;
        await db.transaction(async (tx) => {
          if (!(await store.deleteEndpoint(tx, params.workspaceId, params.endpointId))) throw notFound('webhook.notFound');
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'webhook.deleted', target: { type: 'webhook', id: params.endpointId } });
        });
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/webhooks/:endpointId/rotate-secret',
      summary: 'Replace the signing secret at once; the new one is in this answer only',
      tags: ['webhooks'],
      access,
      params: EndpointParams,
      handler: async (context) => {
        const { params } = context;
        await load(params.workspaceId, params.endpointId);
        const secret = newWebhookSecret();
        const updated = await db.transaction(async (tx) => {
          const row = await store.updateEndpoint(tx, params.workspaceId, params.endpointId, { secret });
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'webhook.secret_rotated', target: { type: 'webhook', id: params.endpointId } });
          return row!;
        });
        return { ...shown(updated), secret };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/webhooks/:endpointId/test',
      summary: 'Send a webhook.test event to this endpoint now; its delivery shows in the log',
      tags: ['webhooks'],
      access,
      params: EndpointParams,
      status: 202,
      handler: async ({ params }) => {
        const endpoint = await load(params.workspaceId, params.endpointId);
        if (!endpoint.isEnabled) throw invalidInput([{ path: 'params.endpointId', key: 'field.endpointTurnedOff' }]);
        const [deliveryId] = await emitWebhookEvent(db, jobs, deliveryJob, params.workspaceId, { type: 'webhook.test', data: { endpointId: endpoint.id } }, { onlyEndpointId: endpoint.id });
        return { deliveryId };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/webhooks/:endpointId/deliveries',
      summary: "The endpoint's delivery log, newest first",
      tags: ['webhooks'],
      access,
      params: EndpointParams,
      query: z.object({ before: Id.optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }).strict(),
      handler: async ({ params, query }) => {
        await load(params.workspaceId, params.endpointId);
        const rows = await store.listDeliveries(db, params.workspaceId, params.endpointId, { ...(query.before ? { beforeId: query.before } : {}), limit: query.limit });
        return { items: rows.map(shownDelivery), next: rows.length === query.limit ? rows.at(-1)!.id : null };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/webhooks/:endpointId/deliveries/:deliveryId',
      summary: 'One delivery: what was sent and each attempt (answer code, error, time taken)',
      tags: ['webhooks'],
      access,
      params: EndpointParams.extend({ deliveryId: Id }),
      handler: async ({ params }) => {
        const delivery = await store.findDelivery(db, params.workspaceId, params.deliveryId);
        if (!delivery || delivery.endpointId !== params.endpointId) throw notFound('webhook.deliveryNotFound');
        const attempts = await store.listAttempts(db, params.workspaceId, delivery.id);
        return {
          ...shownDelivery(delivery),
          payload: delivery.payload,
          attemptLog: attempts.map((a) => ({ attempt: a.attempt, statusCode: a.statusCode, error: a.error, durationMs: a.durationMs, at: a.at.toISOString() })),
        };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/webhooks/:endpointId/deliveries/:deliveryId/resend',
      summary: 'Send a delivery again (same message id, so receivers can tell), with a fresh round of retries',
      tags: ['webhooks'],
      access,
      params: EndpointParams.extend({ deliveryId: Id }),
      status: 202,
      handler: async ({ params }) => {
        const delivery = await store.findDelivery(db, params.workspaceId, params.deliveryId);
        if (!delivery || delivery.endpointId !== params.endpointId) throw notFound('webhook.deliveryNotFound');
        await store.restartDelivery(db, params.workspaceId, delivery.id);
        await jobs.send(deliveryJob, { workspaceId: params.workspaceId, deliveryId: delivery.id });
        return { deliveryId: delivery.id };
      },
    }),
  ];
}
