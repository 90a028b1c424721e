import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '../schema.js';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export async function insertEndpoint(db: Db, row: typeof webhookEndpoints.$inferInsert): Promise<EndpointRow> {
  const [created] = await db.insert(webhookEndpoints).values(row).returning();
  return created!;
}

export async function findEndpoint(db: Db, workspaceId: string, endpointId: string): Promise<EndpointRow | null> {
  const [row] = await db.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.id, endpointId))).limit(1);
  return row ?? null;
}

export async function listEndpoints(db: Db, workspaceId: string): Promise<EndpointRow[]> {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, workspaceId)).orderBy(webhookEndpoints.id);
}

export async function updateEndpoint(db: Db, workspaceId: string, endpointId: string, patch: Partial<Pick<EndpointRow, 'url' | 'description' | 'eventTypes' | 'isEnabled' | 'secret'>>): Promise<EndpointRow | null> {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.id, endpointId)))
    .returning();
  return row ?? null;
}

export async function deleteEndpoint(db: Db, workspaceId: string, endpointId: string): Promise<boolean> {
  const deleted = await db.delete(webhookEndpoints).where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.id, endpointId))).returning({ id: webhookEndpoints.id });
  return deleted.length > 0;
}

/** Enabled endpoints that want an event type (an empty list wants every type). */
export async function endpointsFor(db: Db, workspaceId: string, eventType: string): Promise<EndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.isEnabled, true), sql`(cardinality(${webhookEndpoints.eventTypes}) = 0 OR ${eventType} = ANY(${webhookEndpoints.eventTypes}))`));
}

/** Adds deliveries, skipping any whose message an endpoint already has; returns the message ids added. */
export async function insertDeliveries(db: Db, rows: (typeof webhookDeliveries.$inferInsert)[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const added = await db.insert(webhookDeliveries).values(rows).onConflictDoNothing().returning({ messageId: webhookDeliveries.messageId });
  return new Set(added.map((row) => row.messageId));
}

export async function findDelivery(db: Db, workspaceId: string, deliveryId: string): Promise<DeliveryRow | null> {
  const [row] = await db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.id, deliveryId))).limit(1);
  return row ?? null;
}

/** An endpoint's deliveries, newest first, a page at a time. */
export async function listDeliveries(db: Db, workspaceId: string, endpointId: string, page: { beforeId?: string; limit: number }): Promise<DeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.endpointId, endpointId), page.beforeId ? lt(webhookDeliveries.id, page.beforeId) : undefined))
    .orderBy(desc(webhookDeliveries.id))
    .limit(page.limit);
}

export async function listAttempts(db: Db, workspaceId: string, deliveryId: string) {
  return db
    .select()
    .from(webhookAttempts)
    .where(and(eq(webhookAttempts.workspaceId, workspaceId), eq(webhookAttempts.deliveryId, deliveryId)))
    .orderBy(webhookAttempts.attempt);
}

/** Records one attempt and where the delivery now stands. */
export async function recordAttempt(
  db: Db,
  delivery: Pick<DeliveryRow, 'workspaceId' | 'id' | 'attempts'>,
  attempt: { statusCode: number | null; error: string | null; durationMs: number; status: 'delivered' | 'retrying' | 'failed' },
): Promise<void> {
  const number = delivery.attempts + 1;
  await db.transaction(async (tx) => {
    await tx.insert(webhookAttempts).values({ workspaceId: delivery.workspaceId, deliveryId: delivery.id, attempt: number, statusCode: attempt.statusCode, error: attempt.error, durationMs: attempt.durationMs });
    await tx
      .update(webhookDeliveries)
      .set({
        attempts: number,
        status: attempt.status,
        lastStatusCode: attempt.statusCode,
        lastError: attempt.error,
        lastAttemptAt: new Date(),
        ...(attempt.status === 'delivered' ? { deliveredAt: new Date() } : {}),
      })
      .where(and(eq(webhookDeliveries.workspaceId, delivery.workspaceId), eq(webhookDeliveries.id, delivery.id)));
  });
}

/** Starts a delivery over (a resend): its attempts so far stay in the log. */
export async function restartDelivery(db: Db, workspaceId: string, deliveryId: string): Promise<void> {
  await db.update(webhookDeliveries).set({ status: 'pending' }).where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.id, deliveryId)));
}
