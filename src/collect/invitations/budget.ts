import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { checkBudget, ContactBudget, budgetLookbackDays, defaultContactBudget, type BudgetVerdict, type Priority, type Touch } from '../../engine/invitations/budget.js';
import type { Db } from '../../platform/db/database.js';
import { collectSettings, contactTouches, surveys } from '../schema.js';
import { insertTouches } from './store.js';

/**
 * The contact budget as the server applies it: the workspace's rule and survey priorities, the
 * touches that count, and a verdict for many contacts at once (a send judges a batch in one query).
 */

export interface BudgetSettings {
  budget: ContactBudget;
  surveyPriorities: Record<string, Priority>;
}

export async function findBudgetSettings(db: Db, workspaceId: string): Promise<BudgetSettings> {
  const [row] = await db.select({ budget: collectSettings.contactBudget, priorities: collectSettings.surveyPriorities }).from(collectSettings).where(eq(collectSettings.workspaceId, workspaceId)).limit(1);
  const parsed = ContactBudget.safeParse(row?.budget);
  return { budget: parsed.success ? parsed.data : defaultContactBudget, surveyPriorities: (row?.priorities as Record<string, Priority> | undefined) ?? {} };
}

export async function saveBudgetSettings(db: Db, workspaceId: string, settings: BudgetSettings): Promise<void> {
  const values = { contactBudget: settings.budget, surveyPriorities: settings.surveyPriorities };
  await db
    .insert(collectSettings)
    .values({ workspaceId, ...values })
    .onConflictDoUpdate({ target: collectSettings.workspaceId, set: { ...values, updatedAt: new Date() } });
}

export const priorityOf = (settings: BudgetSettings, surveyId: string): Priority => settings.surveyPriorities[surveyId] ?? 'normal';

/** The touches of these contacts that the budget can still count, with the survey names a reason quotes. */
export async function recentTouches(db: Db, workspaceId: string, contactIds: readonly string[], settings: BudgetSettings, now: Date): Promise<Map<string, Touch[]>> {
  const byContact = new Map<string, Touch[]>();
  const days = budgetLookbackDays(settings.budget);
  if (!settings.budget.isEnabled || contactIds.length === 0 || days === 0) return byContact;
  const rows = await db
    .select({ contactId: contactTouches.contactId, at: contactTouches.at, channel: contactTouches.channel, priority: contactTouches.priority, surveyName: surveys.name })
    .from(contactTouches)
    .leftJoin(surveys, and(eq(surveys.workspaceId, contactTouches.workspaceId), eq(surveys.id, contactTouches.surveyId)))
    .where(and(eq(contactTouches.workspaceId, workspaceId), inArray(contactTouches.contactId, [...contactIds]), gt(contactTouches.at, new Date(now.getTime() - days * 86_400_000))));
  for (const row of rows) {
    const list = byContact.get(row.contactId) ?? [];
    list.push({ at: row.at, channel: row.channel, priority: row.priority, surveyName: row.surveyName });
    byContact.set(row.contactId, list);
  }
  return byContact;
}

/** May this one contact be asked now for this survey? */
export async function judgeContact(db: Db, workspaceId: string, contact: { id: string; attributes: unknown }, surveyId: string, now = new Date()): Promise<BudgetVerdict & { priority: Priority }> {
  const settings = await findBudgetSettings(db, workspaceId);
  const priority = priorityOf(settings, surveyId);
  const touches = await recentTouches(db, workspaceId, [contact.id], settings, now);
  return { ...checkBudget(settings.budget, { attributes: (contact.attributes ?? {}) as Record<string, unknown> }, touches.get(contact.id) ?? [], priority, now), priority };
}

/** Records that someone was asked (a personal link issued, the widget shown to a verified visitor). */
export async function recordTouch(db: Db, touch: { workspaceId: string; contactId: string; channel: string; surveyId: string; priority: Priority; sourceId?: string; at?: Date }): Promise<void> {
  await insertTouches(db, [{ workspaceId: touch.workspaceId, contactId: touch.contactId, channel: touch.channel, surveyId: touch.surveyId, priority: touch.priority, sourceId: touch.sourceId ?? null, at: touch.at ?? new Date() }]);
}

/** A contact's asks, newest first, for the contact's page. */
export async function listTouches(db: Db, workspaceId: string, contactId: string) {
  return db
    .select({ at: contactTouches.at, channel: contactTouches.channel, priority: contactTouches.priority, surveyId: contactTouches.surveyId, surveyName: sql<string | null>`${surveys.name}` })
    .from(contactTouches)
    .leftJoin(surveys, and(eq(surveys.workspaceId, contactTouches.workspaceId), eq(surveys.id, contactTouches.surveyId)))
    .where(and(eq(contactTouches.workspaceId, workspaceId), eq(contactTouches.contactId, contactId)))
    .orderBy(desc(contactTouches.at))
    .limit(100);
}
