import { z } from 'zod';
import { InvitationPreviewSchema, MemberInvitationSchema, SessionSchema } from '../../engine/accounts.js';
import { auditActorOf } from '../audit/audit.js';
import { hashPassword } from '../auth/secrets.js';
import { AppError, fieldProblemsFrom } from '../errors/app-error.js';
import { defineRoute, userOf } from '../http/route.js';
import { Email, Id, Locale, Password, PersonName, WorkspaceParams } from '../http/schemas.js';
import type { PlatformServices } from '../services.js';
import { checkCredentials, limitAttemptsFrom, sessionView, startSession } from '../users/sign-in.js';
import { unsafeFindUserByEmail } from '../users/store.js';
import { acceptInvitation, invitationGone, invitationView, inviteMember, previewInvitation, resendInvitation, revokeInvitation } from './invitations.js';
import { actorRoleOf, RoleInput } from './routes.js';
import * as store from './store.js';

const InvitationParams = WorkspaceParams.extend({ invitationId: Id });
const Token = z.string({ error: 'is required' }).min(16, { error: 'is not an invitation link' }).max(200, { error: 'is not an invitation link' });

export function invitationRoutes(services: PlatformServices) {
  const { db } = services;
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/invitations',
      summary: 'Invitations not yet accepted or revoked (expired ones too, to resend)',
      tags: ['members'],
      access: { kind: 'workspace', permission: 'members.read' },
      params: WorkspaceParams,
      response: z.object({ items: z.array(MemberInvitationSchema) }),
      handler: async ({ params }) => ({ items: (await store.listOpenInvitations(db, params.workspaceId)).map((row) => invitationView(row)) }),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/invitations',
      summary: 'Invite someone by email: they get a link, valid for 7 days, to join with the given role',
      tags: ['members'],
      access: { kind: 'workspace', permission: 'members.manage' },
      params: WorkspaceParams,
      body: z.object({ email: Email, role: RoleInput, name: PersonName.optional(), locale: Locale.optional() }).strict(),
      response: MemberInvitationSchema,
      status: 201,
      handler: async (context) => {
        const me = userOf(context);
        return inviteMember(services, {
          workspaceId: context.params.workspaceId,
          ...context.body,
          inviter: { actor: auditActorOf(context), actorRole: actorRoleOf(context), userId: me.userId, name: me.name },
        });
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/invitations/:invitationId/resend',
      summary: 'Mail the invitation again with a new link and a new week; the old link stops working',
      tags: ['members'],
      access: { kind: 'workspace', permission: 'members.manage' },
      params: InvitationParams,
      response: MemberInvitationSchema,
      handler: async (context) => resendInvitation(services, { ...context.params, actor: auditActorOf(context) }),
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/invitations/:invitationId',
      summary: 'Revoke an invitation: its link stops working',
      tags: ['members'],
      access: { kind: 'workspace', permission: 'members.manage' },
      params: InvitationParams,
      response: null,
      handler: async (context) => {
        await revokeInvitation(db, { ...context.params, actor: auditActorOf(context) });
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/invitations/preview',
      summary: 'What an invitation link is for (workspace, inviter, whether it can still be used)',
      tags: ['session'],
      access: { kind: 'public' },
      body: z.object({ token: Token }).strict(),
      response: InvitationPreviewSchema,
      handler: async ({ body, request }) => {
        limitAttemptsFrom(services, request.ip);
        return previewInvitation(db, body.token);
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      summary: 'Accept an invitation: a new account with the chosen name and password, or an existing one confirmed by its password; signs in',
      tags: ['session'],
      access: { kind: 'public' },
      body: z.object({ token: Token, name: PersonName.optional(), password: z.string({ error: 'is required' }).min(1, { error: 'is required' }).max(256) }).strict(),
      response: SessionSchema,
      handler: async (context) => {
        const { body, request, reply } = context;
        const preview = await previewInvitation(db, body.token);
        if (preview.state !== 'pending') throw invitationGone(preview.state);
        let existingAccount = await unsafeFindUserByEmail(db, preview.email);
        let newAccount: { name: string; passwordHash: string } | null = null;
        if (existingAccount) {
          existingAccount = await checkCredentials(services, preview.email, body.password, request.ip);
        } else {
          const password = Password.safeParse(body.password);
          if (!password.success) throw new AppError('invalid_input', 'invitation.passwordTooShort', { errors: fieldProblemsFrom(password.error.issues, 'body.password') });
          const name = body.name ?? preview.name;
          if (!name) throw new AppError('invalid_input', 'invitation.nameMissing', { errors: [{ path: 'body.name', key: 'field.required' }] });
          newAccount = { name, passwordHash: await hashPassword(password.data) };
        }
        const { ip, requestId } = auditActorOf(context);
        const { user } = await acceptInvitation(db, { token: body.token, newAccount, existingAccount, actor: { ip, requestId } });
        const csrfToken = await startSession(services, db, user, request, reply);
        request.log.info({ userId: user.id }, 'invitation accepted');
        return sessionView(db, user, csrfToken);
      },
    }),
  ];
}
