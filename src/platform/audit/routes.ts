import { z } from 'zod';
import { defineRoute } from '../http/route.js';
import { Id, WorkspaceParams } from '../http/schemas.js';
import type { PlatformServices } from '../services.js';
import { listAuditEntries } from './store.js';

const AuditEntry = z.object({
  id: Id,
  createdAt: z.string(),
  actor: z.object({ type: z.string(), id: z.string().nullable(), label: z.string() }),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export function auditRoutes({ db }: PlatformServices) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/audit-log',
      summary: 'Who changed what in the workspace, newest first',
      tags: ['audit'],
      access: { kind: 'workspace', permission: 'audit.read' },
      params: WorkspaceParams,
      query: z
        .object({
          limit: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(200, { error: 'must be at most 200' }).default(50),
          before: Id.optional(),
        })
        .strict(),
      response: z.object({ items: z.array(AuditEntry), nextCursor: z.string().nullable() }),
      handler: async ({ params, query }) => {
        const rows = await listAuditEntries(db, params.workspaceId, { limit: query.limit + 1, beforeId: query.before });
        const page = rows.slice(0, query.limit);
        return {
          items: page.map((row) => ({
            id: row.id,
            createdAt: row.createdAt.toISOString(),
            actor: { type: row.actorType, id: row.actorId, label: row.actorLabel },
            action: row.action,
            targetType: row.targetType,
            targetId: row.targetId,
            details: row.details as Record<string, unknown>,
          })),
          nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
        };
      },
    }),
  ];
}
