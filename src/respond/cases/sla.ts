import { z } from 'zod';
import type { Config } from '../../platform/config/config.js';
import type { Db } from '../../platform/db/database.js';
import { recordEvent } from '../../platform/events/events.js';
import { defineJob } from '../../platform/jobs/job-queue.js';
import { sendQueuedMail } from '../../platform/mail/mail.js';
import type { PlatformServices } from '../../platform/services.js';
import { casePriorities, type CasePriority } from '../../engine/respond/rules.js';
import { findTeam } from '../settings/store.js';
import { mailAssignee } from './case-mail.js';
import { caseEventData, kuuloActor } from './open-case.js';
import { addCaseEvent, findCase, unsafeListBreachedCases, updateCase, type CaseRow } from './store.js';
import { isOpen } from './work.js';

/** One step more urgent: low → normal → high → urgent (which stays). */
export const raisedPriority = (priority: string): CasePriority => casePriorities[Math.min(casePriorities.indexOf(priority as CasePriority) + 1, casePriorities.length - 1)] ?? 'high';

/**
 * Escalates one open case past its due time, in the caller's transaction: to its team's lead (the
 * owner keeps it when the team has none), one priority step up, with a line on the timeline, mail
 * to the lead and the previous owner, and `case.escalated` for webhooks. A case escalates once
 * until it is reopened. Returns the mail to send, or null when the case no longer needs it.
 */
export async function escalateCase(db: Db, config: Pick<Config, 'mail' | 'publicUrl'>, row: CaseRow, now: Date): Promise<string[] | null> {
  if (!isOpen(row) || row.slaPausedAt || !row.dueAt || row.dueAt.getTime() >= now.getTime() || row.escalationLevel > 0) return null;
  const team = row.teamId ? await findTeam(db, row.workspaceId, row.teamId) : null;
  const lead = team?.leadUserId ?? null;
  const ownerUserId = lead ?? row.ownerUserId;
  const priority = raisedPriority(row.priority);
  const updated = await updateCase(db, row.workspaceId, row.id, { ownerUserId, priority, escalationLevel: row.escalationLevel + 1, updatedAt: now });
  const overdueMinutes = Math.round((now.getTime() - row.dueAt.getTime()) / 60_000);
  await addCaseEvent(db, {
    workspaceId: row.workspaceId,
    caseId: row.id,
    type: 'escalated',
    actorUserId: kuuloActor.userId,
    actorLabel: kuuloActor.label,
    data: { fromOwnerUserId: row.ownerUserId, toOwnerUserId: ownerUserId, priorityFrom: row.priority, priorityTo: priority, overdueMinutes, to: lead ? 'team lead' : 'owner' },
    at: now,
  });
  await recordEvent(db, { workspaceId: row.workspaceId, type: 'case.escalated', data: { ...caseEventData(updated), overdueMinutes } });
  const told = new Set([ownerUserId, row.ownerUserId].filter((id): id is string => id !== null));
  const mailIds: string[] = [];
  for (const userId of told) mailIds.push(...(await mailAssignee(db, config, updated, userId, 'escalated')));
  return mailIds;
}

/** Escalates every breached case, each in its own transaction; `now` is a parameter so tests control the clock. */
export async function escalateBreached(services: Pick<PlatformServices, 'db' | 'config' | 'jobs' | 'mailJob' | 'events'>, now = new Date()): Promise<number> {
  const { db } = services;
  let escalated = 0;
  for (;;) {
    const due = await unsafeListBreachedCases(db, now, 100);
    let progressed = false;
    for (const candidate of due) {
      const mailIds = await db.transaction(async (tx: Db) => {
        const row = await findCase(tx, candidate.workspaceId, candidate.id, { forUpdate: true });
        return row ? escalateCase(tx, services.config, row, now) : null;
      });
      if (mailIds === null) continue;
      progressed = true;
      escalated++;
      await sendQueuedMail(services.jobs, services.mailJob, candidate.workspaceId, mailIds);
    }
    if (due.length < 100 || !progressed) break;
  }
  if (escalated) await services.events.dispatchSoon();
  return escalated;
}

export const slaEscalationJob = (services: Pick<PlatformServices, 'db' | 'config' | 'jobs' | 'mailJob' | 'events'>) =>
  defineJob({
    name: 'respond.sla-escalation',
    payload: z.object({}).loose(),
    cron: '* * * * *',
    retry: { limit: 1, delaySeconds: 30, backoff: false },
    handler: async () => ({ escalated: await escalateBreached(services) }),
  });
