import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, workspaces } from '../platform/db/schema.js';

/** Where a workspace's events go: an address, the events it wants, and the secret its messages are signed with. */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    /** Event types it receives; empty: every type. */
    eventTypes: text('event_types').array().notNull().default(sql`'{}'::text[]`),
    /** `whsec_` + base64 of the key (the Standard Webhooks form). */
    secret: text('secret').notNull(),
    isEnabled: boolean('is_enabled').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/** One event on its way to one endpoint: what was sent, how each attempt went. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    endpointId: uuid('endpoint_id').notNull(),
    /** The message id (`webhook-id`), the same on every attempt so receivers can drop repeats. */
    messageId: text('message_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').notNull(),
    /** pending → delivered, or → failed after the last retry. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('webhook_deliveries_endpoint_idx').on(t.workspaceId, t.endpointId, t.id),
    // One delivery per message and endpoint: an event handled twice is delivered once.
    uniqueIndex('webhook_deliveries_message_key').on(t.workspaceId, t.endpointId, t.messageId),
  ],
);

/** Each attempt at a delivery, for the delivery log. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    deliveryId: uuid('delivery_id').notNull(),
    attempt: integer('attempt').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.deliveryId, t.attempt] })],
);
