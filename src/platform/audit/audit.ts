import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import { insertAuditEntry } from './store.js';

/** Who did it, from where: taken from the request, so no handler invents it. */
export interface AuditActor {
  type: 'user' | 'api_key' | 'system';
  id: string | null;
  label: string;
  ip: string | null;
  requestId: string | null;
}

export function auditActorOf(context: { principal: Principal | null; request: FastifyRequest }): AuditActor {
  const { principal, request } = context;
  const where = { ip: request.ip, requestId: String(request.id) };
  if (!principal) return { type: 'system', id: null, label: 'anonymous', ...where };
  if (principal.type === 'user') return { type: 'user', id: principal.userId, label: principal.email, ...where };
  return { type: 'api_key', id: principal.keyId, label: `API key "${principal.name}"`, ...where };
}

export interface AuditEvent {
  workspaceId: string;
  /** Dotted verb, e.g. `member.role_changed`, `api_key.created`. */
  action: string;
  target?: { type: string; id: string };
  /** What changed; never secrets. */
  details?: Record<string, unknown>;
}

/** Writes one audit entry; call it inside the transaction that makes the change. */
export async function recordAudit(db: Db, actor: AuditActor, event: AuditEvent) {
  await insertAuditEntry(db, {
    workspaceId: event.workspaceId,
    id: newId(),
    actorType: actor.type,
    actorId: actor.id,
    actorLabel: actor.label,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    details: event.details ?? {},
    ip: actor.ip,
    requestId: actor.requestId,
  });
}
