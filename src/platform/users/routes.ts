import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { SessionAnswerSchema, SessionSchema as Session, UserSchema as User } from '../../engine/accounts.js';
import { auditActorOf } from '../audit/audit.js';
import { equalSecrets, hashPassword } from '../auth/secrets.js';
import { AppError } from '../errors/app-error.js';
import { defineRoute, userOf } from '../http/route.js';
import { Email, Locale, Password, PersonName, TimeZone } from '../http/schemas.js';
import type { PlatformServices } from '../services.js';
import { createWorkspace } from '../workspaces/workspaces.js';
import { checkCredentials, clearSessionCookie, principalAsUser, sessionView, startSession, userView } from './sign-in.js';
import { countUsers, createUser, deleteSession, updateUser } from './store.js';


export function userRoutes(services: PlatformServices) {
  const { db } = services;
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/setup',
      summary: 'Whether Kuulo still waits for its first administrator',
      tags: ['session'],
      access: { kind: 'public' },
      response: z.object({ needed: z.boolean() }),
      handler: async () => ({ needed: services.setup.token !== null && (await countUsers(db)) === 0 }),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/setup',
      summary: 'First run: create the first administrator and workspace, with the setup token from the server log',
      tags: ['session'],
      access: { kind: 'public' },
      body: z
        .object({ token: z.string({ error: 'is required' }).min(1, { error: 'is required' }), name: PersonName, email: Email, password: Password, workspaceName: PersonName, locale: Locale.optional(), timezone: TimeZone.optional() })
        .strict(),
      response: Session,
      status: 201,
      handler: async (context) => {
        const { body, request, reply } = context;
        const limit = services.signInLimits.perIp.hit(request.ip);
        if (!limit.isAllowed) throw new AppError('rate_limited', 'setup.tooManyAttempts', { retryAfterSeconds: limit.retryAfterSeconds });
        const expected = services.setup.token;
        if (expected === null) throw new AppError('setup_done', 'setup.alreadyDone');
        if (!equalSecrets(body.token, expected)) throw new AppError('setup_token_invalid', 'setup.tokenWrong');
        const passwordHash = await hashPassword(body.password);
        const result = await db.transaction(async (tx) => {
          await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('kuulo.setup'))`);
          if ((await countUsers(tx)) > 0) throw new AppError('setup_done', 'setup.alreadyDone');
          const user = await createUser(tx, { email: body.email, name: body.name, passwordHash, locale: body.locale ?? null, isInstanceAdmin: true });
          const actor = { ...auditActorOf(context), type: 'user' as const, id: user.id, label: user.email };
          await createWorkspace(tx, { name: body.workspaceName, timezone: body.timezone, defaultLocale: body.locale, ownerUserId: user.id, actor });
          const csrfToken = await startSession(services, tx, user, request, reply);
          return { user, csrfToken };
        });
        services.setup.token = null;
        request.log.info({ userId: result.user.id }, 'first administrator created');
        return sessionView(db, result.user, result.csrfToken);
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/session',
      summary: 'Sign in with email and password; sets the session cookie',
      tags: ['session'],
      access: { kind: 'public' },
      body: z.object({ email: Email, password: z.string({ error: 'is required' }).min(1, { error: 'is required' }).max(256) }).strict(),
      response: Session,
      handler: async ({ body, request, reply }) => {
        const user = await checkCredentials(services, body.email, body.password, request.ip);
        const csrfToken = await startSession(services, db, user, request, reply);
        request.log.info({ userId: user.id }, 'signed in');
        return sessionView(db, user, csrfToken);
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/session',
      summary: 'The signed-in person, their workspaces and the CSRF token for writes; `{ "user": null }` when nobody is signed in',
      tags: ['session'],
      access: { kind: 'public' },
      response: SessionAnswerSchema,
      handler: async (context) => {
        // Signed out is a normal state of a browser, not an error: the app asks this on every load.
        if (!context.principal) return { user: null };
        const user = userOf(context);
        return sessionView(db, principalAsUser(user), user.csrfToken);
      },
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/v1/session',
      summary: 'Sign out',
      tags: ['session'],
      access: { kind: 'user' },
      response: null,
      handler: async (context) => {
        await deleteSession(db, userOf(context).sessionTokenHash);
        clearSessionCookie(services, context.reply);
      },
    }),

    defineRoute({
      method: 'PATCH',
      url: '/api/v1/me',
      summary: 'Change your name or language',
      tags: ['session'],
      access: { kind: 'user' },
      body: z.object({ name: PersonName.optional(), locale: Locale.nullable().optional() }).strict(),
      response: User,
      handler: async (context) => {
        const updated = await updateUser(db, userOf(context).userId, context.body);
        if (!updated) throw new AppError('unauthenticated', 'account.gone');
        return userView(updated);
      },
    }),

  ];
}
