import { z } from 'zod';
import { findSurvey } from '../../collect/surveys/store.js';
import { auditActorOf, recordAudit } from '../../platform/audit/audit.js';
import { newId } from '../../platform/db/ids.js';
import type { Db } from '../../platform/db/database.js';
import { invalidInput, notFound, type FieldProblem } from '../../platform/errors/app-error.js';
import { defineRoute } from '../../platform/http/route.js';
import { Id, WorkspaceParams } from '../../platform/http/schemas.js';
import type { PlatformServices } from '../../platform/services.js';
import { findMember } from '../../platform/workspaces/store.js';
import { RespondSettingsInput } from '../../engine/respond/settings.js';
import * as store from './store.js';

const TeamParams = WorkspaceParams.extend({ teamId: Id });
const TeamName = z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }).max(200);
const MemberIds = z.array(Id).max(500);

const shownTeam = (team: store.Team) => ({ id: team.id, name: team.name, leadUserId: team.leadUserId, memberUserIds: team.memberUserIds, createdAt: team.createdAt.toISOString() });

/** Names problems with the people a team lists: each must be a member of the workspace. */
async function checkPeople(db: Db, workspaceId: string, body: { leadUserId?: string | null | undefined; memberUserIds?: string[] | undefined }) {
  const problems: FieldProblem[] = [];
  if (body.leadUserId && !(await findMember(db, workspaceId, body.leadUserId))) problems.push({ path: 'body.leadUserId', key: 'field.notMemberOfWorkspace' });
  for (const [index, userId] of (body.memberUserIds ?? []).entries()) {
    if (!(await findMember(db, workspaceId, userId))) problems.push({ path: `body.memberUserIds.${index}`, key: 'field.notMemberOfWorkspace' });
  }
  if (new Set(body.memberUserIds ?? []).size !== (body.memberUserIds ?? []).length) problems.push({ path: 'body.memberUserIds', key: 'field.memberTwice' });
  if (problems.length) throw invalidInput(problems);
}

/** Frontline teams and the workspace's Respond settings (root causes, empowered actions, reply templates). */
export function respondSettingsRoutes({ db }: PlatformServices) {
  const read = { kind: 'workspace', permission: 'cases.read' } as const;
  const manage = { kind: 'workspace', permission: 'cases.manage' } as const;
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/respond-settings',
      summary: 'How the workspace runs its closed loop: team restriction, SLA, root causes, empowered actions, reply templates',
      tags: ['respond'],
      access: read,
      params: WorkspaceParams,
      handler: async ({ params }) => store.findRespondSettings(db, params.workspaceId),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/respond-settings',
      summary: 'Change the Respond settings; each list given replaces the one kept',
      tags: ['respond'],
      access: manage,
      params: WorkspaceParams,
      body: RespondSettingsInput,
      handler: async (context) => {
        const { params, body } = context;
        if (body.recoverySurveyId && !(await findSurvey(db, params.workspaceId, body.recoverySurveyId))) throw invalidInput([{ path: 'body.recoverySurveyId', key: 'field.notSurveyOfWorkspace' }]);
        await db.transaction(async (tx) => {
          await store.saveRespondSettings(tx, params.workspaceId, body);
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'respond_settings.updated', target: { type: 'workspace', id: params.workspaceId }, details: { changed: Object.keys(body) } });
        });
        return store.findRespondSettings(db, params.workspaceId);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/teams',
      summary: 'Frontline teams with their lead and members (in round-robin order)',
      tags: ['respond'],
      access: read,
      params: WorkspaceParams,
      handler: async ({ params }) => ({ items: (await store.listTeams(db, params.workspaceId)).map(shownTeam) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/teams',
      summary: 'Add a team',
      tags: ['respond'],
      access: manage,
      params: WorkspaceParams,
      body: z.object({ name: TeamName, leadUserId: Id.nullable().default(null), memberUserIds: MemberIds.default([]) }).strict(),
      status: 201,
      handler: async (context) => {
        const { params, body } = context;
        await checkPeople(db, params.workspaceId, body);
        const id = newId();
        await db.transaction(async (tx) => {
          await store.insertTeam(tx, { workspaceId: params.workspaceId, id, name: body.name, leadUserId: body.leadUserId }, body.memberUserIds);
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'team.created', target: { type: 'team', id }, details: { name: body.name } });
        });
        return shownTeam((await store.findTeam(db, params.workspaceId, id))!);
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/teams/:teamId',
      summary: 'Rename a team, change its lead or its members',
      tags: ['respond'],
      access: manage,
      params: TeamParams,
      body: z.object({ name: TeamName.optional(), leadUserId: Id.nullable().optional(), memberUserIds: MemberIds.optional() }).strict(),
      handler: async (context) => {
        const { params, body } = context;
        if (!(await store.findTeam(db, params.workspaceId, params.teamId))) throw notFound('team.notFound');
        await checkPeople(db, params.workspaceId, body);
        await db.transaction(async (tx) => {
          await store.updateTeam(tx, params.workspaceId, params.teamId, { ...(body.name !== undefined ? { name: body.name } : {}), ...(body.leadUserId !== undefined ? { leadUserId: body.leadUserId } : {}) });
          if (body.memberUserIds) await store.setTeamMembers(tx, params.workspaceId, params.teamId, body.memberUserIds);
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'team.updated', target: { type: 'team', id: params.teamId }, details: body });
        });
        return shownTeam((await store.findTeam(db, params.workspaceId, params.teamId))!);
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/teams/:teamId',
      summary: "Delete a team; its cases stay, out of any team's queue",
      tags: ['respond'],
      access: manage,
      params: TeamParams,
      handler: async (context) => {
        const { params } = context;
        await db.transaction(async (tx) => {
          if (!(await store.deleteTeam(tx, params.workspaceId, params.teamId))) throw notFound('team.notFound');
          await store.unqueueTeamCases(tx, params.workspaceId, params.teamId);
          await recordAudit(tx, auditActorOf(context), { workspaceId: params.workspaceId, action: 'team.deleted', target: { type: 'team', id: params.teamId } });
        });
      },
    }),
  ];
}
