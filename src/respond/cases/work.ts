import type { Config } from '../../platform/config/config.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, invalidInput } from '../../platform/errors/app-error.js';
import { recordEvent } from '../../platform/events/events.js';
import { findMember } from '../../platform/workspaces/store.js';
import type { CasePriority } from '../../engine/respond/rules.js';
import { findRespondSettings, findTeam } from '../settings/store.js';
import { mailAssignee } from './case-mail.js';
import { caseEventData, type CaseActor } from './open-case.js';
import { addCaseEvent, updateCase, type CaseRow, type CaseStatus } from './store.js';

/**
 * What people do to a case, each a change plus its line on the timeline, in the caller's
 * transaction. Functions take the clock as a parameter, so SLA arithmetic is tested exactly.
 */

export interface CaseChange {
  status?: Exclude<CaseStatus, 'closed'>;
  priority?: CasePriority;
  teamId?: string | null;
  ownerUserId?: string | null;
  title?: string;
}

export const isOpen = (row: CaseRow) => row.status !== 'resolved' && row.status !== 'closed';

/** Whether a case finished (resolved or closed) by its due time; null when it had none. */
export const slaMetAt = (row: CaseRow, at: Date): boolean | null => (row.dueAt ? at.getTime() <= row.dueAt.getTime() : null);

/** The SLA clock stops while the case waits for the customer and runs on, with the pause added to the due time, after. */
function slaAcross(row: CaseRow, to: CaseStatus, now: Date): Partial<CaseRow> {
  if (to === 'waiting_for_customer' && !row.slaPausedAt) return { slaPausedAt: now };
  if (to !== 'waiting_for_customer' && row.slaPausedAt) {
    const paused = now.getTime() - row.slaPausedAt.getTime();
    return { slaPausedAt: null, dueAt: row.dueAt ? new Date(row.dueAt.getTime() + paused) : null };
  }
  return {};
}

export async function changeCase(db: Db, config: Pick<Config, 'mail' | 'publicUrl'>, row: CaseRow, change: CaseChange, actor: CaseActor, now = new Date()): Promise<{ row: CaseRow; mailIds: string[] }> {
  if (row.status === 'closed') throw new AppError('conflict', 'case.closedReopenFirst', { params: { number: row.number } });
  const patch: Partial<CaseRow> = {};
  const events: { type: string; data: Record<string, unknown> }[] = [];
  const mailIds: string[] = [];

  if (change.title !== undefined && change.title !== row.title) {
    // The title is the person's own now: the rule's headline parts no longer describe it.
    const { headline: _headline, ...context } = row.context as Record<string, unknown>;
    Object.assign(patch, { title: change.title, context });
  }
  if (change.status && change.status !== row.status) {
    Object.assign(patch, slaAcross(row, change.status, now));
    patch.status = change.status;
    if (change.status === 'resolved') {
      patch.resolvedAt = now;
      patch.isSlaMet = row.isSlaMet ?? slaMetAt({ ...row, ...patch }, now);
    } else if (row.status === 'resolved') patch.resolvedAt = null;
    events.push({ type: 'status', data: { from: row.status, to: change.status } });
  }
  if (change.priority && change.priority !== row.priority) {
    patch.priority = change.priority;
    events.push({ type: 'priority', data: { from: row.priority, to: change.priority } });
  }
  const teamChanges = change.teamId !== undefined && change.teamId !== row.teamId;
  const ownerChanges = change.ownerUserId !== undefined && change.ownerUserId !== row.ownerUserId;
  if (teamChanges || ownerChanges) {
    const teamId = change.teamId !== undefined ? change.teamId : row.teamId;
    const ownerUserId = change.ownerUserId !== undefined ? change.ownerUserId : row.ownerUserId;
    const team = teamId ? await findTeam(db, row.workspaceId, teamId) : null;
    if (teamId && !team) throw invalidInput([{ path: 'body.teamId', key: 'field.notTeamOfWorkspace' }]);
    const owner = ownerUserId ? await findMember(db, row.workspaceId, ownerUserId) : null;
    if (ownerUserId && !owner) throw invalidInput([{ path: 'body.ownerUserId', key: 'field.notMemberOfWorkspace' }]);
    Object.assign(patch, { teamId, ownerUserId });
    events.push({ type: 'assigned', data: { teamId, teamName: team?.name ?? null, ownerUserId, ownerName: owner?.name ?? null, how: 'by hand' } });
  }
  if (events.length === 0 && patch.title === undefined) return { row, mailIds };

  const updated = await updateCase(db, row.workspaceId, row.id, { ...patch, updatedAt: now });
  for (const event of events) await addCaseEvent(db, { workspaceId: row.workspaceId, caseId: row.id, type: event.type, actorUserId: actor.userId, actorLabel: actor.label, data: event.data, at: now });
  if (ownerChanges && updated.ownerUserId && updated.ownerUserId !== actor.userId) mailIds.push(...(await mailAssignee(db, config, updated, updated.ownerUserId)));
  if (teamChanges || ownerChanges) await recordEvent(db, { workspaceId: row.workspaceId, type: 'case.assigned', data: caseEventData(updated) });
  return { row: updated, mailIds };
}

export async function addNote(db: Db, row: CaseRow, text: string, actor: CaseActor, now = new Date()): Promise<void> {
  await addCaseEvent(db, { workspaceId: row.workspaceId, caseId: row.id, type: 'note', actorUserId: actor.userId, actorLabel: actor.label, data: { text }, at: now });
  await updateCase(db, row.workspaceId, row.id, { updatedAt: now });
}

/**
 * Work done for the customer (a reply, an action taken for them) moves a new case in progress. Only
 * a reply is an answer the customer gets from us, so the first reply, and nothing else, is the
 * case's first response: a goodwill credit booked without a word to them is not.
 */
export async function markWorkedFor(db: Db, row: CaseRow, now: Date, work: 'reply' | 'action'): Promise<CaseRow> {
  const patch: Partial<CaseRow> = { updatedAt: now };
  if (work === 'reply' && !row.firstRespondedAt) patch.firstRespondedAt = now;
  if (row.status === 'new') {
    patch.status = 'in_progress';
    await addCaseEvent(db, { workspaceId: row.workspaceId, caseId: row.id, type: 'status', actorUserId: null, actorLabel: 'Kuulo', data: { from: 'new', to: 'in_progress' }, at: now });
  }
  return updateCase(db, row.workspaceId, row.id, patch);
}

export interface Closing {
  rootCause: string;
  resolution: string;
}

/** Closes a case: it needs one of the workspace's root causes and a resolution. */
export async function closeCase(db: Db, row: CaseRow, closing: Closing, actor: CaseActor, now = new Date(), path = 'body'): Promise<CaseRow> {
  if (row.status === 'closed') throw new AppError('conflict', 'case.alreadyClosed', { params: { number: row.number } });
  const settings = await findRespondSettings(db, row.workspaceId);
  const cause = settings.rootCauses.find((c) => c.id === closing.rootCause);
  if (!cause) throw invalidInput([{ path: `${path}.rootCause`, key: 'field.mustBeRootCause', params: { causes: settings.rootCauses.map((c) => c.id).join(', ') } }]);
  const resumed = slaAcross(row, 'closed', now);
  const resolvedAt = row.resolvedAt ?? now;
  const updated = await updateCase(db, row.workspaceId, row.id, {
    ...resumed,
    status: 'closed',
    closedAt: now,
    resolvedAt,
    isSlaMet: row.isSlaMet ?? slaMetAt({ ...row, ...resumed }, resolvedAt),
    rootCause: cause.id,
    resolution: closing.resolution,
    updatedAt: now,
  });
  await addCaseEvent(db, { workspaceId: row.workspaceId, caseId: row.id, type: 'closed', actorUserId: actor.userId, actorLabel: actor.label, data: { rootCause: cause.id, rootCauseLabel: cause.label, resolution: closing.resolution }, at: now });
  await recordEvent(db, { workspaceId: row.workspaceId, type: 'case.closed', data: caseEventData(updated) });
  return updated;
}

/** Opens a closed or resolved case again, due anew from now when its due time has passed. */
export async function reopenCase(db: Db, row: CaseRow, reason: string, actor: CaseActor, now = new Date()): Promise<CaseRow> {
  if (isOpen(row)) throw new AppError('conflict', 'case.isOpen', { params: { number: row.number } });
  const settings = await findRespondSettings(db, row.workspaceId);
  const isDueAgain = !row.dueAt || row.dueAt.getTime() <= now.getTime();
  const updated = await updateCase(db, row.workspaceId, row.id, {
    status: 'in_progress',
    closedAt: null,
    resolvedAt: null,
    rootCause: null,
    resolution: null,
    escalationLevel: 0,
    ...(isDueAgain ? { dueAt: new Date(now.getTime() + settings.defaultSlaHours * 3_600_000) } : {}),
    updatedAt: now,
  });
  await addCaseEvent(db, { workspaceId: row.workspaceId, caseId: row.id, type: 'reopened', actorUserId: actor.userId, actorLabel: actor.label, data: { reason }, at: now });
  await recordEvent(db, { workspaceId: row.workspaceId, type: 'case.reopened', data: caseEventData(updated) });
  return updated;
}
