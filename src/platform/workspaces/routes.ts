import { z } from 'zod';
import { MemberSchema, WorkspaceSchema, WorkspaceSummarySchema } from '../../engine/accounts.js';
import { isUiLocale } from '../../engine/i18n/locales.js';
import { auditActorOf } from '../audit/audit.js';
import { permissionsByRole, roles, type Role } from '../auth/permissions.js';
import { AppError, notFound } from '../errors/app-error.js';
import { accessOf, defineRoute, userOf } from '../http/route.js';
import { Email, Id, Locale, Password, PersonName, TimeZone, WorkspaceParams } from '../http/schemas.js';
import type { PlatformServices } from '../services.js';
import * as store from './store.js';
import { addMember, changeMemberRole, createWorkspace, removeMember, updateWorkspaceSettings } from './workspaces.js';

export const RoleInput = z.enum(roles, { error: `must be one of ${roles.join(', ')}` });
const WorkspaceName = z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }).max(120, { error: 'must be at most 120 characters' });

const Workspace = WorkspaceSchema;
const Member = MemberSchema;
const MemberParams = WorkspaceParams.extend({ userId: Id });

const workspaceView = (row: store.WorkspaceRow, access: { role: Role | null; permissions: readonly string[] }) => ({
  id: row.id,
  name: row.name,
  timezone: row.timezone,
  defaultLocale: isUiLocale(row.defaultLocale) ? row.defaultLocale : 'en',
  createdAt: row.createdAt.toISOString(),
  role: access.role,
  permissions: [...access.permissions],
});

const memberView = (row: { userId: string; email: string; name: string; role: string; createdAt: Date }) => ({ ...row, role: row.role as Role, createdAt: row.createdAt.toISOString() });

/** The acting member's role; API keys never manage members, so this route always has one. */
export const actorRoleOf = (context: { access: { role: Role | null } | null }): Role => {
  const role = context.access?.role;
  if (!role) throw new AppError('forbidden', 'member.notForApiKeys');
  return role;
};

export function workspaceRoutes({ db }: PlatformServices) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces',
      summary: 'List the workspaces you belong to',
      tags: ['workspaces'],
      access: { kind: 'user' },
      response: z.object({ items: z.array(WorkspaceSummarySchema) }),
      handler: async (context) => ({ items: (await store.unsafeListWorkspacesOfUser(db, userOf(context).userId)).map((w) => ({ ...w, role: w.role as Role })) }),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces',
      summary: 'Create a workspace (instance administrators); you become its owner',
      tags: ['workspaces'],
      access: { kind: 'user' },
      body: z.object({ name: WorkspaceName, timezone: TimeZone.optional(), defaultLocale: Locale.optional() }).strict(),
      response: Workspace,
      status: 201,
      handler: async (context) => {
        const user = userOf(context);
        if (!user.isInstanceAdmin) throw new AppError('forbidden', 'workspace.createNeedsAdmin');
        const workspace = await db.transaction((tx) => createWorkspace(tx, { ...context.body, ownerUserId: user.userId, actor: auditActorOf(context) }));
        return workspaceView(workspace, { role: 'owner', permissions: permissionsByRole.owner });
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId',
      summary: 'A workspace, with your role and permissions in it',
      tags: ['workspaces'],
      access: { kind: 'workspace', permission: 'workspace.read' },
      params: WorkspaceParams,
      response: Workspace,
      handler: async (context) => {
        const workspace = await store.findWorkspace(db, context.params.workspaceId);
        if (!workspace) throw notFound('workspace.notFound');
        return workspaceView(workspace, accessOf(context));
      },
    }),

    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId',
      summary: 'Change a workspace\'s name, time zone or default language',
      tags: ['workspaces'],
      access: { kind: 'workspace', permission: 'workspace.manage' },
      params: WorkspaceParams,
      body: z.object({ name: WorkspaceName.optional(), timezone: TimeZone.optional(), defaultLocale: Locale.optional() }).strict(),
      response: Workspace,
      handler: async (context) => {
        const workspace = await updateWorkspaceSettings(db, { workspaceId: context.params.workspaceId, patch: context.body, actor: auditActorOf(context) });
        return workspaceView(workspace, accessOf(context));
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/members',
      summary: 'List the members of a workspace',
      tags: ['members'],
      access: { kind: 'workspace', permission: 'members.read' },
      params: WorkspaceParams,
      response: z.object({ items: z.array(Member) }),
      handler: async (context) => ({ items: (await store.listMembers(db, context.params.workspaceId)).map(memberView) }),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/members',
      summary: 'Add a member directly; a new email gets an account with the given initial password (people are better invited: POST …/invitations)',
      tags: ['members'],
      access: { kind: 'workspace', permission: 'members.manage' },
      params: WorkspaceParams,
      body: z.object({ email: Email, name: PersonName, role: RoleInput, password: Password.optional() }).strict(),
      response: Member,
      status: 201,
      handler: async (context) =>
        memberView(await addMember(db, { ...context.body, workspaceId: context.params.workspaceId, actorRole: actorRoleOf(context), actor: auditActorOf(context) })),
    }),

    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/members/:userId',
      summary: 'Change a member\'s role',
      tags: ['members'],
      access: { kind: 'workspace', permission: 'members.manage' },
      params: MemberParams,
      body: z.object({ role: RoleInput }).strict(),
      response: Member,
      handler: async (context) =>
        memberView(await changeMemberRole(db, { ...context.params, role: context.body.role, actorRole: actorRoleOf(context), actor: auditActorOf(context) })),
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/members/:userId',
      summary: 'Remove a member from a workspace',
      tags: ['members'],
      access: { kind: 'workspace', permission: 'members.manage' },
      params: MemberParams,
      response: null,
      handler: async (context) => {
        await removeMember(db, { ...context.params, actorRole: actorRoleOf(context), actor: auditActorOf(context) });
      },
    }),
  ];
}
