import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Authenticator, Principal, WorkspaceAccess } from '../auth/principal.js';
import { AppError, type FieldProblem } from '../errors/app-error.js';
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
        if (route.access.kind !== 'public' && !principal) throw new AppError('unauthenticated', 'Sign in, or send an API key as a Bearer token.');
        if (unsafeMethods.has(route.method)) checkCsrf(request, principal, route);

        const problems: FieldProblem[] = [];
        const params = parse(route.params, request.params, 'params', problems);
        let access: WorkspaceAccess | null = null;
        if (route.access.kind === 'workspace' && principal) {
          const workspaceId = (request.params as Record<string, string>).workspaceId ?? '';
          const found = uuidPattern.test(workspaceId) ? await options.authenticator.accessTo(principal, workspaceId) : null;
          if (!found) throw new AppError('not_found', 'The workspace was not found.');
          if (!found.permissions.includes(route.access.permission)) {
            throw new AppError('forbidden', `This needs the permission "${route.access.permission}", which your ${found.role ? `role (${found.role})` : 'API key'} does not have.`);
          }
          access = found;
        }
        const query = parse(route.query, request.query, 'query', problems);
        const body = parse(route.body, request.body, 'body', problems);
        if (problems.length > 0) {
          // An id that is not even well formed names nothing: answer as for any unknown id.
          if (problems.every((p) => p.path.startsWith('params.'))) throw new AppError('not_found', `Nothing was found at ${request.url}.`);
          throw new AppError('invalid_input', describe(problems), { errors: problems });
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
    throw new AppError('csrf_failed', `Requests from ${origin} are not accepted here.`);
  }
  if (principal?.type !== 'user') {
    if (origin && route.tags.includes('session') && !isSameOrigin(origin, request)) {
      throw new AppError('csrf_failed', `Sign-in from ${origin} is not accepted.`);
    }
    return;
  }
  const header = request.headers['x-csrf-token'];
  if (header !== principal.csrfToken) {
    throw new AppError('csrf_failed', 'The x-csrf-token header is missing or does not match your session. Reload the page and try again.');
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
  const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const at = [part, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: [...at, key].join('.'), problem: 'is not a known field' });
    } else {
      problems.push({ path: at.join('.'), problem: isMissing(issue, value) ? 'is required' : issue.message });
    }
  }
  return undefined;
}

/** Zod says "expected string, received undefined"; people say "is required". */
function isMissing(issue: z.core.$ZodIssue, root: unknown): boolean {
  if (issue.code !== 'invalid_type') return false;
  let value: unknown = root;
  for (const key of issue.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value === undefined;
}

function describe(problems: FieldProblem[]): string {
  const first = problems[0];
  if (!first) return 'The request has invalid values.';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more; see errors)` : '';
  return `${first.path}: ${first.problem}${more}`;
}
