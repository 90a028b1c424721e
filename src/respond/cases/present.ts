import { findContact } from '../../collect/contacts/store.js';
import { findSurvey } from '../../collect/surveys/store.js';
import type { Db } from '../../platform/db/database.js';
import { listMembers } from '../../platform/workspaces/store.js';
import { ResponseCondition, type ResponseTest } from '../../engine/respond/rules.js';
import { describeTest } from '../rules/evaluate.js';
import { findRule, type RuleRow } from '../rules/store.js';
import { listTeams } from '../settings/store.js';
import { isOpen } from './work.js';
import type { CaseEventRow, CaseRow } from './store.js';

/**
 * Seconds until a case is due (negative past it); null when it is finished, paused while waiting
 * for the customer, or has no due time.
 */
export function timeLeftSeconds(row: Pick<CaseRow, 'status' | 'dueAt' | 'slaPausedAt'>, now: Date): number | null {
  if (!row.dueAt || row.slaPausedAt || row.status === 'resolved' || row.status === 'closed') return null;
  return Math.round((row.dueAt.getTime() - now.getTime()) / 1000);
}

/**
 * Cases as the API shows them, with the names people read (team, owner, customer, survey, rule),
 * looked up once per page rather than once per case.
 */
export async function presentCases(db: Db, workspaceId: string, rows: readonly CaseRow[], now = new Date()) {
  if (rows.length === 0) return [];
  const teams = new Map((await listTeams(db, workspaceId)).map((team) => [team.id, team.name]));
  const members = new Map((await listMembers(db, workspaceId)).map((member) => [member.userId, member.name]));
  const lookup = async <T>(ids: (string | null)[], find: (id: string) => Promise<T | null>) => {
    const found = new Map<string, T>();
    for (const id of new Set(ids.filter((v): v is string => v !== null))) {
      const value = await find(id);
      if (value) found.set(id, value);
    }
    return found;
  };
  const contacts = await lookup(rows.map((r) => r.contactId), (id) => findContact(db, workspaceId, id));
  const surveys = await lookup(rows.map((r) => r.surveyId), (id) => findSurvey(db, workspaceId, id));
  const rules = await lookup(rows.map((r) => r.ruleId), (id) => findRule(db, workspaceId, id));
  return rows.map((row) => {
    const contact = row.contactId ? contacts.get(row.contactId) : undefined;
    const left = timeLeftSeconds(row, now);
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      status: row.status,
      priority: row.priority,
      teamId: row.teamId,
      teamName: row.teamId ? (teams.get(row.teamId) ?? null) : null,
      ownerUserId: row.ownerUserId,
      ownerName: row.ownerUserId ? (members.get(row.ownerUserId) ?? null) : null,
      contact: contact ? { id: contact.id, name: contact.name, email: contact.email, language: contact.language } : null,
      surveyId: row.surveyId,
      surveyName: row.surveyId ? (surveys.get(row.surveyId)?.name ?? null) : null,
      responseIds: row.responseIds,
      ruleId: row.ruleId,
      ruleName: row.ruleId ? (rules.get(row.ruleId)?.name ?? null) : null,
      language: row.language,
      context: withTests(row.context as Record<string, unknown>, row.ruleId ? rules.get(row.ruleId) : undefined),
      dueAt: row.dueAt?.toISOString() ?? null,
      timeLeftSeconds: left,
      isBreached: isOpen(row) && left !== null && left < 0,
      slaPausedAt: row.slaPausedAt?.toISOString() ?? null,
      escalationLevel: row.escalationLevel,
      firstRespondedAt: row.firstRespondedAt?.toISOString() ?? null,
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
      closedAt: row.closedAt?.toISOString() ?? null,
      isSlaMet: row.isSlaMet,
      rootCause: row.rootCause,
      resolution: row.resolution,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/**
 * The rule's tests that held, for the reader's screen to word in its own language: kept with the
 * case since they are; for a case opened before, found again among the rule's tests by the
 * English line each left, when every line is found.
 */
function withTests(context: Record<string, unknown>, rule: RuleRow | undefined): Record<string, unknown> {
  const reasons = context['reasons'];
  if (context['tests'] || !rule || rule.kind !== 'response' || !Array.isArray(reasons) || reasons.length === 0) return context;
  const condition = ResponseCondition.safeParse(rule.condition);
  if (!condition.success) return context;
  const tests = reasons.map((reason) => condition.data.tests.find((test) => describeTest(test) === reason));
  return tests.every((test): test is ResponseTest => test !== undefined) ? { ...context, tests } : context;
}

export const presentEvent = (event: CaseEventRow) => ({
  id: event.id,
  type: event.type,
  actorUserId: event.actorUserId,
  actorLabel: event.actorLabel,
  data: event.data,
  at: event.at.toISOString(),
});
