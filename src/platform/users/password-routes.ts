import { z } from 'zod';
import { PasswordChangedSchema, PasswordResetRequestedSchema, PasswordResetUsableSchema, SessionSchema } from '../../engine/accounts.js';
import { auditActorOf } from '../audit/audit.js';
import { hashToken } from '../auth/secrets.js';
import { AppError } from '../errors/app-error.js';
import { defineRoute, userOf } from '../http/route.js';
import { Email, Password } from '../http/schemas.js';
import type { PlatformServices } from '../services.js';
import { changePassword, completePasswordReset, requestPasswordReset } from './passwords.js';
import { checkCredentials, limitAttemptsFrom } from './sign-in.js';
import { isPasswordResetUsable, unsafeFindUserById } from './store.js';

const Token = z.string({ error: 'is required' }).min(16, { error: 'is not a reset link' }).max(200, { error: 'is not a reset link' });

/** Changing your password, and the "forgot password" link for when you cannot. */
export function passwordRoutes(services: PlatformServices) {
  const { db } = services;
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/me/password',
      summary: 'Change your password; signs out your other sessions',
      tags: ['session'],
      access: { kind: 'user' },
      body: z.object({ currentPassword: z.string({ error: 'is required' }).max(256), newPassword: Password }).strict(),
      response: PasswordChangedSchema,
      handler: async (context) => {
        const me = userOf(context);
        const user = await unsafeFindUserById(db, me.userId);
        if (!user) throw new AppError('unauthenticated', 'account.gone');
        try {
          await checkCredentials(services, user.email, context.body.currentPassword, context.request.ip);
        } catch (error) {
          // A wrong current password is a form error, not a lost session.
          if (error instanceof AppError && error.code === 'invalid_credentials') {
            throw new AppError('invalid_input', 'account.currentPasswordWrong', { errors: [{ path: 'body.currentPassword', key: 'field.isWrong' }] });
          }
          throw error;
        }
        await changePassword(db, { userId: user.id, newPassword: context.body.newPassword, keepSessionHash: me.sessionTokenHash, actor: auditActorOf(context) });
        return { changed: true as const };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/password-reset',
      summary: 'Forgot password: mails a single-use link, valid for an hour, when the address has an account (the answer is the same either way)',
      tags: ['session'],
      access: { kind: 'public' },
      body: z.object({ email: Email }).strict(),
      response: PasswordResetRequestedSchema,
      status: 202,
      handler: async ({ body, request }) => {
        limitAttemptsFrom(services, request.ip);
        await requestPasswordReset(services, body.email, request.log);
        return { accepted: true as const };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/password-reset/check',
      summary: 'Whether a reset link can still be used, before the page asks for a new password',
      tags: ['session'],
      access: { kind: 'public' },
      body: z.object({ token: Token }).strict(),
      response: PasswordResetUsableSchema,
      handler: async ({ body }) => ({ usable: await isPasswordResetUsable(db, hashToken(body.token)) }),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/password-reset/complete',
      summary: 'Set a new password with a reset link; signs out every session and signs in here',
      tags: ['session'],
      access: { kind: 'public' },
      body: z.object({ token: Token, password: Password }).strict(),
      response: SessionSchema,
      handler: async (context) => {
        const { ip, requestId } = auditActorOf(context);
        return completePasswordReset(services, { token: context.body.token, newPassword: context.body.password, actor: { ip, requestId }, request: context.request, reply: context.reply });
      },
    }),
  ];
}
