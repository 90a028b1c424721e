import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Permission } from '../auth/permissions.js';
import type { Principal, WorkspaceAccess } from '../auth/principal.js';
import { AppError } from '../errors/app-error.js';

/**
 * Who may call a route. `workspace` routes carry `:workspaceId` and name the one permission they need;
 * the route layer checks it before the handler runs, so no handler can forget.
 */
export type Access = { kind: 'public' } | { kind: 'user' } | { kind: 'workspace'; permission: Permission };

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  principal: Principal | null;
  /** Set on workspace routes: the caller's role and permissions there. */
  access: WorkspaceAccess | null;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteDefinition<P extends Schema | undefined = Schema | undefined, Q extends Schema | undefined = Schema | undefined, B extends Schema | undefined = Schema | undefined> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  tags: string[];
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** Documents the success body (OpenAPI); not checked at run time. `null`: the route answers 204, with no body. */
  response?: Schema | null;
  /** Success status; a handler returning undefined answers 204. */
  status?: number;
  /** Largest request body in bytes, when a route takes more than the server's 1 MB (uploads). */
  bodyLimit?: number;
  /** Also takes an HTML form post (urlencoded or multipart), as a mail client's one-click unsubscribe sends. */
  acceptsForms?: boolean;
  handler(context: RouteContext<Infer<P>, Infer<Q>, Infer<B>>): Promise<unknown>;
}

/** Declares a route; the identity function exists so TypeScript infers the handler's input types. */
export const defineRoute = <P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>(
  definition: RouteDefinition<P, Q, B>,
): RouteDefinition => definition as unknown as RouteDefinition;

/** The signed-in person behind a `user` or `workspace` route; API keys are refused with a clear message. */
export function userOf(context: { principal: Principal | null }): Extract<Principal, { type: 'user' }> {
  const principal = context.principal;
  if (!principal) throw new AppError('unauthenticated', 'auth.signInFirst');
  if (principal.type !== 'user') throw new AppError('forbidden', 'auth.peopleOnly');
  return principal;
}

/** The workspace access of a `workspace` route (always set there). */
export function accessOf(context: { access: WorkspaceAccess | null }): WorkspaceAccess {
  if (!context.access) throw new Error('accessOf() used on a route that is not a workspace route.');
  return context.access;
}
