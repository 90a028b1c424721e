import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { cases, respondSettings, teamMembers, teams } from '../schema.js';
import { isUiLocale } from '../../engine/i18n/locales.js';
import { findWorkspace } from '../../platform/workspaces/store.js';
import { defaultRespondSettings, startingRespondSettings, EmpoweredAction, ReplyTemplate, RootCause, type RespondSettings, type RespondSettingsInput } from '../../engine/respond/settings.js';

/**
 * A workspace's Respond settings; the starting ones, in the workspace's language, until it saves
 * its own. Lists stored as null are the starting ones.
 */
export async function findRespondSettings(db: Db, workspaceId: string): Promise<RespondSettings> {
  const [row] = await db.select().from(respondSettings).where(eq(respondSettings.workspaceId, workspaceId)).limit(1);
  if (row?.rootCauses && row.actions && row.replyTemplates) return settingsOf(row, defaultRespondSettings);
  const workspace = await findWorkspace(db, workspaceId);
  const starting = startingRespondSettings(isUiLocale(workspace?.defaultLocale) ? workspace.defaultLocale : 'en');
  return row ? settingsOf(row, starting) : starting;
}

function settingsOf(row: typeof respondSettings.$inferSelect, starting: RespondSettings): RespondSettings {
  return {
    restrictAgentsToTeams: row.restrictAgentsToTeams,
    accountOwnerAttribute: row.accountOwnerAttribute,
    defaultSlaHours: row.defaultSlaHours,
    rootCauses: row.rootCauses ? RootCause.array().parse(row.rootCauses) : starting.rootCauses,
    actions: row.actions ? EmpoweredAction.array().parse(row.actions) : starting.actions,
    replyTemplates: row.replyTemplates ? ReplyTemplate.array().parse(row.replyTemplates) : starting.replyTemplates,
    recoverySurveyId: row.recoverySurveyId,
  };
}

export async function saveRespondSettings(db: Db, workspaceId: string, input: RespondSettingsInput): Promise<void> {
  const values = { ...input, updatedAt: new Date() };
  await db.insert(respondSettings).values({ workspaceId, ...values }).onConflictDoUpdate({ target: respondSettings.workspaceId, set: values });
}

export type TeamRow = typeof teams.$inferSelect;
export interface Team extends TeamRow {
  memberUserIds: string[];
}

export async function listTeams(db: Db, workspaceId: string): Promise<Team[]> {
  const rows = await db.select().from(teams).where(eq(teams.workspaceId, workspaceId)).orderBy(asc(teams.name));
  const members = await db.select().from(teamMembers).where(eq(teamMembers.workspaceId, workspaceId)).orderBy(asc(teamMembers.createdAt), asc(teamMembers.userId));
  return rows.map((team) => ({ ...team, memberUserIds: members.filter((m) => m.teamId === team.id).map((m) => m.userId) }));
}

export async function findTeam(db: Db, workspaceId: string, teamId: string): Promise<Team | null> {
  const [row] = await db.select().from(teams).where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, teamId))).limit(1);
  if (!row) return null;
  const members = await db
    .select()
    .from(teamMembers)
    .where(and(eq(teamMembers.workspaceId, workspaceId), eq(teamMembers.teamId, teamId)))
    .orderBy(asc(teamMembers.createdAt), asc(teamMembers.userId));
  return { ...row, memberUserIds: members.map((m) => m.userId) };
}

export async function insertTeam(db: Db, row: { workspaceId: string; id: string; name: string; leadUserId: string | null }, memberUserIds: readonly string[]): Promise<void> {
  await db.insert(teams).values(row);
  await setTeamMembers(db, row.workspaceId, row.id, memberUserIds);
}

export async function updateTeam(db: Db, workspaceId: string, teamId: string, patch: { name?: string; leadUserId?: string | null }): Promise<void> {
  if (Object.keys(patch).length) await db.update(teams).set(patch).where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, teamId)));
}

export async function setTeamMembers(db: Db, workspaceId: string, teamId: string, userIds: readonly string[]): Promise<void> {
  await db.delete(teamMembers).where(and(eq(teamMembers.workspaceId, workspaceId), eq(teamMembers.teamId, teamId)));
  // Kept in the order given: round-robin hands cases out in it.
  const base = Date.now();
  if (userIds.length) await db.insert(teamMembers).values(userIds.map((userId, index) => ({ workspaceId, teamId, userId, createdAt: new Date(base + index) })));
}

export async function deleteTeam(db: Db, workspaceId: string, teamId: string): Promise<boolean> {
  await db.delete(teamMembers).where(and(eq(teamMembers.workspaceId, workspaceId), eq(teamMembers.teamId, teamId)));
  const deleted = await db.delete(teams).where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, teamId))).returning({ id: teams.id });
  return deleted.length > 0;
}

/** The teams a member belongs to or leads. */
export async function teamIdsOf(db: Db, workspaceId: string, userId: string): Promise<string[]> {
  const member = await db.select({ id: teamMembers.teamId }).from(teamMembers).where(and(eq(teamMembers.workspaceId, workspaceId), eq(teamMembers.userId, userId)));
  const lead = await db.select({ id: teams.id }).from(teams).where(and(eq(teams.workspaceId, workspaceId), eq(teams.leadUserId, userId)));
  return [...new Set([...member, ...lead].map((row) => row.id))];
}

/** Takes the next member of a team in turn (round-robin); null for a team without members. */
export async function takeNextInTurn(db: Db, workspaceId: string, teamId: string): Promise<string | null> {
  const [row] = await db
    .update(teams)
    .set({ roundRobinCount: sql`${teams.roundRobinCount} + 1` })
    .where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, teamId)))
    .returning({ count: teams.roundRobinCount });
  if (!row) return null;
  const team = await findTeam(db, workspaceId, teamId);
  if (!team || team.memberUserIds.length === 0) return null;
  return team.memberUserIds[(row.count - 1) % team.memberUserIds.length]!;
}

export async function teamsByIds(db: Db, workspaceId: string, teamIds: readonly string[]): Promise<TeamRow[]> {
  if (teamIds.length === 0) return [];
  return db.select().from(teams).where(and(eq(teams.workspaceId, workspaceId), inArray(teams.id, [...teamIds])));
}

/** Takes a deleted team's cases out of its queue (they keep their owner). */
export async function unqueueTeamCases(db: Db, workspaceId: string, teamId: string): Promise<void> {
  await db.update(cases).set({ teamId: null }).where(and(eq(cases.workspaceId, workspaceId), eq(cases.teamId, teamId)));
}
