import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { checkBudget, type Touch } from '../../engine/invitations/budget.js';
import { DistributionInput } from '../../engine/invitations/distributions.js';
import type { Db } from '../../platform/db/database.js';
import { arrayLiteral } from '../../platform/db/array-literal.js';
import { contacts, invitations } from '../schema.js';
import { settingsOf, surveyStatus } from '../surveys/surveys.js';
import * as surveyStore from '../surveys/store.js';
import { findBudgetSettings, priorityOf, recentTouches } from './budget.js';
import { insertTouches, type DistributionRow, type InvitationRow } from './store.js';
import { distributions } from '../schema.js';

/**
 * Claiming invitations to send: in one short transaction, a batch of due invitations is judged —
 * can this person get mail at all, is the survey open, does the contact budget allow it — and each
 * is either skipped with its reason or marked `sending` with its touch recorded. Committed before
 * any mail goes, so a restart never sends a claimed invitation twice.
 */

export interface Claimed {
  invitation: InvitationRow;
  kind: 'invitation' | 'reminder';
  contact: { id: string; email: string; name: string | null; language: string | null; attributes: Record<string, unknown> };
  distribution: DistributionRow;
  settings: DistributionInput;
}

type ContactRow = typeof contacts.$inferSelect;

/** Why this contact cannot get a survey mail at all, or null. */
export function unreachableReason(contact: ContactRow | undefined): string | null {
  if (!contact) return 'the contact was deleted';
  if (!contact.email) return 'no email address';
  if (contact.unsubscribedAt) return 'unsubscribed';
  if (contact.emailStatus === 'bounced') return `the address bounced${contact.emailStatusReason ? ` (${contact.emailStatusReason})` : ''}`;
  if (contact.emailStatus === 'complained') return 'the recipient marked a mail as spam';
  return null;
}

async function loadShared(db: Db, workspaceId: string, rows: InvitationRow[]) {
  const contactIds = [...new Set(rows.map((row) => row.contactId).filter((id): id is string => id !== null))];
  const contactRows = contactIds.length ? await db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, contactIds))) : [];
  const distributionIds = [...new Set(rows.map((row) => row.distributionId))];
  const distributionRows = await db.select().from(distributions).where(and(eq(distributions.workspaceId, workspaceId), inArray(distributions.id, distributionIds)));
  const surveyStatuses = new Map<string, string>();
  for (const surveyId of new Set(rows.map((row) => row.surveyId))) {
    const survey = await surveyStore.findSurvey(db, workspaceId, surveyId);
    const settings = survey ? settingsOf(survey) : null;
    const count = survey && settings?.responseLimit !== null ? await surveyStore.countCompleteResponses(db, workspaceId, surveyId) : 0;
    surveyStatuses.set(surveyId, survey && settings ? surveyStatus(survey, settings, count) : 'deleted');
  }
  return { contactsById: new Map(contactRows.map((row) => [row.id, row])), distributionsById: new Map(distributionRows.map((row) => [row.id, row])), surveyStatuses };
}

const surveyProblem: Record<string, string> = { closed: 'the survey is closed', draft: 'the survey is not published', not_yet_open: 'the survey is not open yet', full: 'the survey has all the responses it needs', deleted: 'the survey was deleted' };

export async function claimDueInvitations(db: Db, workspaceId: string, now: Date, limit: number): Promise<{ claimed: Claimed[]; skipped: number }> {
  return db.transaction(async (tx) => {
    // One claimer per workspace at a time: the budget counts what the claimer before it sent.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kuulo.invitations.${workspaceId}`}))`);
    const rows = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.status, 'queued'), lte(invitations.dueAt, now)))
      .orderBy(invitations.dueAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return { claimed: [], skipped: 0 };
    const { contactsById, distributionsById, surveyStatuses } = await loadShared(tx, workspaceId, rows);
    const budget = await findBudgetSettings(tx, workspaceId);
    const touches = await recentTouches(tx, workspaceId, [...contactsById.keys()], budget, now);
    const skips: { id: string; status: string; reason: string }[] = [];
    const claimed: Claimed[] = [];
    const newTouches: Parameters<typeof insertTouches>[1] = [];
    for (const row of rows) {
      const distribution = distributionsById.get(row.distributionId);
      if (!distribution || distribution.status === 'cancelled' || distribution.status === 'paused') {
        skips.push({ id: row.id, status: 'cancelled', reason: distribution?.status === 'paused' ? 'the trigger was paused' : 'the distribution was cancelled' });
        continue;
      }
      const contact = row.contactId ? contactsById.get(row.contactId) : undefined;
      const status = surveyStatuses.get(row.surveyId) ?? 'deleted';
      const unreachable = unreachableReason(contact) ?? (status !== 'open' ? surveyProblem[status]! : null);
      if (unreachable || !contact) {
        skips.push({ id: row.id, status: 'skipped', reason: unreachable ?? 'the contact was deleted' });
        continue;
      }
      const priority = priorityOf(budget, row.surveyId);
      const own = touches.get(contact.id) ?? [];
      const verdict = checkBudget(budget.budget, { attributes: contact.attributes as Record<string, unknown> }, own, priority, now);
      if (!verdict.isAllowed) {
        skips.push({ id: row.id, status: 'skipped', reason: `${verdict.reason}; may be asked from ${verdict.nextAllowedAt.toISOString().slice(0, 10)}` });
        continue;
      }
      const touch: Touch = { at: now, channel: 'email', priority, surveyName: null };
      touches.set(contact.id, [...own, touch]);
      newTouches.push({ workspaceId, contactId: contact.id, at: now, channel: 'email', surveyId: row.surveyId, priority, sourceId: row.id });
      claimed.push({
        invitation: { ...row, email: contact.email, status: 'sending' },
        kind: 'invitation',
        contact: { id: contact.id, email: contact.email!, name: contact.name, language: row.language ?? contact.language, attributes: contact.attributes as Record<string, unknown> },
        distribution,
        settings: DistributionInput.parse(distribution.settings),
      });
    }
    if (skips.length) {
      await tx.execute(sql`
        update ${invitations} as i set status = v.status, skip_reason = v.reason
        from (select unnest(${arrayLiteral(skips.map((s) => s.id))}::uuid[]) as id, unnest(${arrayLiteral(skips.map((s) => s.status))}::text[]) as status, unnest(${arrayLiteral(skips.map((s) => s.reason))}::text[]) as reason) as v
        where i.workspace_id = ${workspaceId}::uuid and i.id = v.id`);
    }
    if (claimed.length) {
      await tx
        .update(invitations)
        .set({ status: 'sending', dueAt: now, attempts: sql`${invitations.attempts} + 1` })
        .where(and(eq(invitations.workspaceId, workspaceId), inArray(invitations.id, claimed.map((c) => c.invitation.id))));
      for (const c of claimed) c.invitation.attempts += 1;
      await insertTouches(tx, newTouches);
    }
    return { claimed, skipped: skips.length };
  });
}

/**
 * Claims due reminders: each is counted (and its next one set) before it goes, so a reminder is
 * sent at most once. Those that must not go (answered meanwhile, survey closed, link expired,
 * unsubscribed) stop their reminders instead.
 */
export async function claimDueReminders(db: Db, workspaceId: string, now: Date, limit: number): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.status, 'sent'), lte(invitations.nextReminderAt, now), sql`${invitations.completedAt} is null`))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return [];
    const { contactsById, distributionsById, surveyStatuses } = await loadShared(tx, workspaceId, rows);
    const claimed: Claimed[] = [];
    const counted: { id: string; remindersSent: number; next: Date | null }[] = [];
    for (const row of rows) {
      const distribution = distributionsById.get(row.distributionId);
      const settings = distribution ? DistributionInput.parse(distribution.settings) : null;
      const contact = row.contactId ? contactsById.get(row.contactId) : undefined;
      const expiresAt = row.sentAt ? row.sentAt.getTime() + (settings?.linkValidDays ?? 0) * 86_400_000 : 0;
      const goes = distribution && settings && contact && distribution.status !== 'cancelled' && !unreachableReason(contact) && surveyStatuses.get(row.surveyId) === 'open' && expiresAt > now.getTime() && row.remindersSent < settings.reminders.maxReminders;
      const remindersSent = goes ? row.remindersSent + 1 : row.remindersSent;
      const next = goes && remindersSent < settings!.reminders.maxReminders ? new Date(now.getTime() + settings!.reminders.afterDays * 86_400_000) : null;
      counted.push({ id: row.id, remindersSent, next });
      if (goes) {
        claimed.push({
          invitation: { ...row, remindersSent, nextReminderAt: next },
          kind: 'reminder',
          contact: { id: contact.id, email: contact.email!, name: contact.name, language: row.language ?? contact.language, attributes: contact.attributes as Record<string, unknown> },
          distribution,
          settings,
        });
      }
    }
    await tx.execute(sql`
      update ${invitations} as i set reminders_sent = v.reminders_sent, next_reminder_at = v.next_reminder_at
      from (select unnest(${arrayLiteral(counted.map((c) => c.id))}::uuid[]) as id,
                   unnest(${arrayLiteral(counted.map((c) => String(c.remindersSent)))}::int[]) as reminders_sent,
                   unnest(${arrayLiteral(counted.map((c) => c.next?.toISOString() ?? null))}::timestamptz[]) as next_reminder_at) as v
      where i.workspace_id = ${workspaceId}::uuid and i.id = v.id`);
    return claimed;
  });
}

/** Invitations left `sending` by a server that stopped mid-send: they may or may not have gone, so they are not sent again. */
export async function failInterruptedSends(db: Db, workspaceId: string, now: Date): Promise<void> {
  await db
    .update(invitations)
    .set({ status: 'failed', lastError: 'interrupted while sending: the server stopped before the mail server answered, so it is not sent again' })
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.status, 'sending'), lte(invitations.dueAt, new Date(now.getTime() - 10 * 60_000))));
}
