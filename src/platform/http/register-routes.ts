import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Authenticator, Principal, WorkspaceAccess } from '../auth/principal.js';
import { AppError, fieldProblemsFrom, invalidFields, type FieldProblem } from '../errors/app-error.js';
import { rememberReaderLocale } from './reader-locale.js';
import type { RouteDefinition } from './route.js';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RouteRegistration {
  authenticator: Authenticator;
  sessionCookieName: string;
}

/**
 * Registers routes so that every one takes the same four steps: authenticate, validate,
 * authorize, run. Input errors from params, query and body are reported together.
 */
export function registerRoutes(app: FastifyInstance, routes: RouteDefinition[], options: RouteRegistration) {
  for (const route of routes) {
    if (route.access.kind === 'workspace' && !route.url.includes(':workspaceId')) {
      throw new Error(`${route.method} ${route.url}: a workspace route needs :workspaceId in its URL.`);
    }
    app.route({
      method: route.method,
      url: route.url,
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      ...(route.acceptsForms ? { config: { acceptsForms: true } } : {}),
      handler: async (request, reply) => {
        const principal = await authenticate(request, route, options);
        if (principal?.type === 'user') rememberReaderLocale(request, principal.locale);
        if (route.access.kind !== 'public' && !principal) throw new AppError('unauthenticated', 'auth.required');
        if (unsafeMethods.has(route.method)) checkCsrf(request, principal, route);

        const problems: FieldProblem[] = [];
        const params = parse(route.params, request.params, 'params', problems);
        let access: WorkspaceAccess | null = null;
        if (route.access.kind === 'workspace' && principal) {
          const workspaceId = (request.params as Record<string, string>).workspaceId ?? '';
          const found = uuidPattern.test(workspaceId) ? await options.authenticator.accessTo(principal, workspaceId) : null;
          if (!found) throw new AppError('not_found', 'workspace.notFound');
          if (!found.permissions.includes(route.access.permission)) {
            const permission = route.access.permission;
            throw found.role
              ? new AppError('forbidden', 'auth.roleLacksPermission', { params: { permission, role: found.role } })
              : new AppError('forbidden', 'auth.apiKeyLacksPermission', { params: { permission } });
          }
          access = found;
        }
        const query = parse(route.query, request.query, 'query', problems);
        const body = parse(route.body, request.body, 'body', problems);
        if (problems.length > 0) {
          // An id that is not even well formed names nothing: answer as for any unknown id.
          if (problems.every((p) => p.path.startsWith('params.'))) throw new AppError('not_found', 'http.nothingAt', { params: { url: request.url } });
          throw invalidFields(problems);
        }

        const result = await route.handler({ params, query, body, principal, access, request, reply } as never);
        if (reply.sent) return reply;
        if (result === undefined) return reply.code(204).send();
        return reply.code(route.status ?? reply.statusCode).send(result);
      },
    });
  }
}

async function authenticate(request: FastifyRequest, route: RouteDefinition, options: RouteRegistration): Promise<Principal | null> {
  const credentials = { authorization: request.headers.authorization, sessionToken: request.cookies[options.sessionCookieName] };
  if (route.access.kind !== 'public') return options.authenticator.authenticate(credentials);
  // A public route serves everyone: a stale or foreign credential must not turn it into a 401.
  return options.authenticator.authenticate(credentials).catch(() => null);
}

/**
 * Cookie-authenticated writes must carry the session's CSRF token in `x-csrf-token`, and
 * browsers must not post to sign-in or setup from another origin. API keys are not sent by
 * browsers on their own, so they need neither.
 */
function checkCsrf(request: FastifyRequest, principal: Principal | null, route: RouteDefinition) {
  const origin = request.headers.origin;
  if (origin && route.access.kind !== 'public' && !isSameOrigin(origin, request)) {
    throw new AppError('csrf_failed', 'csrf.foreignOrigin', { params: { origin } });
  }
  if (principal?.type !== 'user') {
    if (origin && route.tags.includes('session') && !isSameOrigin(origin, request)) {
      throw new AppError('csrf_failed', 'csrf.foreignSignIn', { params: { origin } });
    }
    return;
  }
  const header = request.headers['x-csrf-token'];
  if (header !== principal.csrfToken) {
    throw new AppError('csrf_failed', 'csrf.tokenMissing');
  }
}

function isSameOrigin(origin: string, request: FastifyRequest): boolean {
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function parse(schema: z.ZodType | undefined, value: unknown, part: string, problems: FieldProblem[]): unknown {
  if (!schema) return undefined;
  const input = value ?? (part === 'body' ? undefined : {});
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  problems.push(...fieldProblemsFrom(result.error.issues, part, input));
  return undefined;
}
