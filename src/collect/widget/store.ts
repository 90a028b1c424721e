import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { collectSettings, surveys } from '../schema.js';

export interface CollectSettingsRow {
  widgetCooldownDays: number;
  identitySecret: string | null;
  identitySecretCreatedAt: Date | null;
  requireVerifiedIdentity: boolean;
}

export async function findCollectSettings(db: Db, workspaceId: string): Promise<CollectSettingsRow> {
  const [row] = await db.select().from(collectSettings).where(eq(collectSettings.workspaceId, workspaceId)).limit(1);
  return {
    widgetCooldownDays: row?.widgetCooldownDays ?? 14,
    identitySecret: row?.identitySecret ?? null,
    identitySecretCreatedAt: row?.identitySecretCreatedAt ?? null,
    requireVerifiedIdentity: row?.requireVerifiedIdentity ?? false,
  };
}

export async function saveCollectSettings(db: Db, workspaceId: string, values: Partial<CollectSettingsRow>) {
  await db
    .insert(collectSettings)
    .values({ workspaceId, ...values })
    .onConflictDoUpdate({ target: collectSettings.workspaceId, set: { ...values, updatedAt: new Date() } });
}

/** Published surveys of a workspace; the caller keeps those whose widget is on and which take answers. */
export async function listPublishedSurveys(db: Db, workspaceId: string) {
  return db
    .select()
    .from(surveys)
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.status, 'published'), isNotNull(surveys.latestVersion)));
}
