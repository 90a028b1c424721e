import { and, asc, count, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { alertFirings, alertRules, responseScores, responseTags } from '../schema.js';

export type RuleRow = typeof alertRules.$inferSelect;
export type FiringRow = typeof alertFirings.$inferSelect;

export async function listRules(db: Db, workspaceId: string): Promise<(RuleRow & { firings: number; lastFiredAt: Date | null })[]> {
  const rules = await db.select().from(alertRules).where(eq(alertRules.workspaceId, workspaceId)).orderBy(asc(alertRules.createdAt), asc(alertRules.id));
  const stats = await db
    .select({ ruleId: alertFirings.ruleId, firings: count(), lastFiredAt: max(alertFirings.firedAt) })
    .from(alertFirings)
    .where(eq(alertFirings.workspaceId, workspaceId))
    .groupBy(alertFirings.ruleId);
  const byRule = new Map(stats.map((s) => [s.ruleId, s]));
  return rules.map((rule) => ({ ...rule, firings: Number(byRule.get(rule.id)?.firings ?? 0), lastFiredAt: byRule.get(rule.id)?.lastFiredAt ?? null }));
}

/** The enabled rules of a kind: what the evaluator judges responses (or metrics) with. */
export async function enabledRules(db: Db, workspaceId: string, kind: 'response' | 'metric'): Promise<RuleRow[]> {
  return db
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.workspaceId, workspaceId), eq(alertRules.kind, kind), eq(alertRules.isEnabled, true)))
    .orderBy(asc(alertRules.createdAt), asc(alertRules.id));
}

/** Every enabled metric rule across workspaces: the scheduled check's sweep. */
export async function unsafeAllEnabledMetricRules(db: Db): Promise<RuleRow[]> {
  return db.select().from(alertRules).where(and(eq(alertRules.kind, 'metric'), eq(alertRules.isEnabled, true)));
}

export async function findRule(db: Db, workspaceId: string, ruleId: string): Promise<RuleRow | null> {
  const [row] = await db.select().from(alertRules).where(and(eq(alertRules.workspaceId, workspaceId), eq(alertRules.id, ruleId))).limit(1);
  return row ?? null;
}

export async function insertRule(db: Db, row: typeof alertRules.$inferInsert): Promise<RuleRow> {
  const [created] = await db.insert(alertRules).values(row).returning();
  return created!;
}

export async function updateRule(db: Db, workspaceId: string, ruleId: string, patch: Partial<typeof alertRules.$inferInsert>): Promise<RuleRow | null> {
  const [row] = await db
    .update(alertRules)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(alertRules.workspaceId, workspaceId), eq(alertRules.id, ruleId)))
    .returning();
  return row ?? null;
}

export async function deleteRule(db: Db, workspaceId: string, ruleId: string): Promise<boolean> {
  const deleted = await db.delete(alertRules).where(and(eq(alertRules.workspaceId, workspaceId), eq(alertRules.id, ruleId))).returning({ id: alertRules.id });
  return deleted.length > 0;
}

/**
 * Claims a rule's firing on a subject (a response, a metric's window); false when it already fired
 * there, so a retried or repeated judgement acts once.
 */
export async function claimFiring(db: Db, row: typeof alertFirings.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(alertFirings).values(row).onConflictDoNothing().returning({ subject: alertFirings.subject });
  return inserted.length > 0;
}

export async function setFiringCase(db: Db, workspaceId: string, ruleId: string, subject: string, caseId: string): Promise<void> {
  await db.update(alertFirings).set({ caseId }).where(and(eq(alertFirings.workspaceId, workspaceId), eq(alertFirings.ruleId, ruleId), eq(alertFirings.subject, subject)));
}

export async function listFirings(db: Db, workspaceId: string, ruleId: string, limit: number): Promise<FiringRow[]> {
  return db
    .select()
    .from(alertFirings)
    .where(and(eq(alertFirings.workspaceId, workspaceId), eq(alertFirings.ruleId, ruleId)))
    .orderBy(desc(alertFirings.firedAt))
    .limit(limit);
}

export async function upsertResponseScores(db: Db, row: typeof responseScores.$inferInsert): Promise<void> {
  await db
    .insert(responseScores)
    .values(row)
    .onConflictDoUpdate({ target: [responseScores.workspaceId, responseScores.responseId], set: { nps: row.nps, csat: row.csat, ces: row.ces, contactId: row.contactId, completedAt: row.completedAt } });
}

export async function addResponseTag(db: Db, row: typeof responseTags.$inferInsert): Promise<void> {
  await db.insert(responseTags).values(row).onConflictDoNothing();
}

/** The tags rules put on these responses, by response id (in tag order). */
export async function tagsOfResponses(db: Db, workspaceId: string, responseIds: readonly string[]): Promise<Map<string, string[]>> {
  const tags = new Map<string, string[]>();
  if (responseIds.length === 0) return tags;
  const rows = await db
    .select({ responseId: responseTags.responseId, tag: responseTags.tag })
    .from(responseTags)
    .where(and(eq(responseTags.workspaceId, workspaceId), inArray(responseTags.responseId, [...responseIds])))
    .orderBy(asc(responseTags.tag));
  for (const row of rows) tags.set(row.responseId, [...(tags.get(row.responseId) ?? []), row.tag]);
  return tags;
}
