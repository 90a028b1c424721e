import type { Config } from '../../platform/config/config.js';
import type { Db } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { recordEvent } from '../../platform/events/events.js';
import { findMember, listMembers } from '../../platform/workspaces/store.js';
import type { Assignment, CasePriority } from '../../engine/respond/rules.js';
import { findTeam, takeNextInTurn } from '../settings/store.js';
import { mailAssignee } from './case-mail.js';
import { addCaseEvent, insertCase, nextCaseNumber, type CaseRow } from './store.js';

/** Who did something to a case: a person, or Kuulo itself (a rule, the SLA job). */
export interface CaseActor {
  userId: string | null;
  label: string;
}
export const kuuloActor: CaseActor = { userId: null, label: 'Kuulo' };

export interface NewCase {
  workspaceId: string;
  title: string;
  priority: CasePriority;
  /** Hours until it is due; the workspace's default when absent. */
  slaHours: number;
  assign: Assignment;
  contactId: string | null;
  contactAttributes?: Record<string, unknown>;
  surveyId: string | null;
  responseIds: string[];
  ruleId: string | null;
  language: string | null;
  context: Record<string, unknown>;
  accountOwnerAttribute: string;
  actor: CaseActor;
}

/** Where an assignment lands: a team and/or a member, and how it was decided (for the timeline). */
export interface Placement {
  teamId: string | null;
  ownerUserId: string | null;
  how: string;
}

/**
 * Works out who gets a new case: a team's queue, its next member in turn, a named member, or the
 * contact's account owner (a contact attribute holding a member's email or id), falling back to a
 * team when the owner is not a member.
 */
export async function place(db: Db, workspaceId: string, assign: Assignment, contact: { attributes: Record<string, unknown>; attribute: string }): Promise<Placement> {
  switch (assign.kind) {
    case 'none':
      return { teamId: null, ownerUserId: null, how: 'unassigned' };
    case 'user': {
      const member = await findMember(db, workspaceId, assign.userId);
      return member ? { teamId: null, ownerUserId: member.userId, how: 'assigned to a member' } : { teamId: null, ownerUserId: null, how: 'the member named by the rule is no longer in the workspace' };
    }
    case 'team': {
      const team = await findTeam(db, workspaceId, assign.teamId);
      if (!team) return { teamId: null, ownerUserId: null, how: 'the team named by the rule no longer exists' };
      if (!assign.roundRobin) return { teamId: team.id, ownerUserId: null, how: `to the ${team.name} queue` };
      const next = await takeNextInTurn(db, workspaceId, team.id);
      return { teamId: team.id, ownerUserId: next, how: next ? `round-robin in ${team.name}` : `to the ${team.name} queue (the team has no members)` };
    }
    case 'account_owner': {
      const named = contact.attributes[contact.attribute];
      const wanted = typeof named === 'string' ? named.trim().toLowerCase() : '';
      const owner = wanted ? (await listMembers(db, workspaceId)).find((m) => m.email.toLowerCase() === wanted || m.userId === wanted) : undefined;
      if (owner) return { teamId: null, ownerUserId: owner.userId, how: `to the account owner (${owner.email})` };
      if (assign.fallbackTeamId) {
        const team = await findTeam(db, workspaceId, assign.fallbackTeamId);
        if (team) return { teamId: team.id, ownerUserId: null, how: `to the ${team.name} queue (no account owner found)` };
      }
      return { teamId: null, ownerUserId: null, how: 'unassigned (no account owner found)' };
    }
  }
}

/**
 * Opens a case in the caller's transaction: numbered, placed, due in `slaHours`, with an "opened"
 * entry on its timeline, a `case.opened` domain event, and a mail to its owner. Returns the case and
 * the mail to hand to the mail job once the transaction commits.
 */
export async function openCase(db: Db, config: Pick<Config, 'mail' | 'publicUrl'>, input: NewCase, now = new Date()): Promise<{ row: CaseRow; mailIds: string[] }> {
  const placement = await place(db, input.workspaceId, input.assign, { attributes: input.contactAttributes ?? {}, attribute: input.accountOwnerAttribute });
  const number = await nextCaseNumber(db, input.workspaceId);
  const row = await insertCase(db, {
    workspaceId: input.workspaceId,
    id: newId(),
    number,
    title: input.title,
    priority: input.priority,
    teamId: placement.teamId,
    ownerUserId: placement.ownerUserId,
    contactId: input.contactId,
    surveyId: input.surveyId,
    responseIds: input.responseIds,
    ruleId: input.ruleId,
    language: input.language,
    context: input.context,
    dueAt: new Date(now.getTime() + input.slaHours * 3_600_000),
    createdAt: now,
    updatedAt: now,
  });
  await addCaseEvent(db, { workspaceId: input.workspaceId, caseId: row.id, type: 'opened', actorUserId: input.actor.userId, actorLabel: input.actor.label, data: { how: placement.how, priority: row.priority, ruleId: input.ruleId }, at: now });
  await recordEvent(db, { workspaceId: input.workspaceId, type: 'case.opened', data: caseEventData(row) });
  const mailIds = placement.ownerUserId ? await mailAssignee(db, config, row, placement.ownerUserId) : [];
  return { row, mailIds };
}

/** What a case event tells webhooks about the case. */
export const caseEventData = (row: CaseRow) => ({
  caseId: row.id,
  number: row.number,
  title: row.title,
  status: row.status,
  priority: row.priority,
  teamId: row.teamId,
  ownerUserId: row.ownerUserId,
  contactId: row.contactId,
  surveyId: row.surveyId,
  responseIds: row.responseIds,
  ruleId: row.ruleId,
  dueAt: row.dueAt?.toISOString() ?? null,
  rootCause: row.rootCause,
  resolution: row.resolution,
});
