import { z } from 'zod';
import { auditActorOf, recordAudit } from '../audit/audit.js';
import { apiKeyScopes } from '../auth/permissions.js';
import { AppError, notFound } from '../errors/app-error.js';
import { accessOf, defineRoute, userOf } from '../http/route.js';
import { Id, WorkspaceParams } from '../http/schemas.js';
import type { PlatformServices } from '../services.js';
import { mintApiKey } from './api-keys.js';
import * as store from './store.js';

const ApiKey = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

const apiKeyView = (row: store.ApiKeyRow) => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  scopes: row.scopes,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

export function apiKeyRoutes({ db }: PlatformServices) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/api-keys',
      summary: 'List the workspace\'s API keys (never their secrets)',
      tags: ['api-keys'],
      access: { kind: 'workspace', permission: 'apiKeys.manage' },
      params: WorkspaceParams,
      response: z.object({ items: z.array(ApiKey) }),
      handler: async ({ params }) => ({ items: (await store.listApiKeys(db, params.workspaceId)).map(apiKeyView) }),
    }),

    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/api-keys',
      summary: 'Create an API key; its secret is in this answer only',
      tags: ['api-keys'],
      access: { kind: 'workspace', permission: 'apiKeys.manage' },
      params: WorkspaceParams,
      body: z
        .object({
          name: z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }).max(100, { error: 'must be at most 100 characters' }),
          scopes: z
            .array(z.enum(apiKeyScopes, { error: `must be one of ${apiKeyScopes.join(', ')}` }), { error: 'must be a list of scopes' })
            .min(1, { error: 'must name at least one scope' }),
        })
        .strict(),
      response: z.object({ apiKey: ApiKey, secret: z.string() }),
      status: 201,
      handler: async (context) => {
        const user = userOf(context);
        const { permissions } = accessOf(context);
        const beyond = context.body.scopes.filter((scope) => !permissions.includes(scope));
        if (beyond.length > 0) throw new AppError('forbidden', 'apiKey.scopesBeyondYours', { params: { scopes: beyond.join(', ') } });
        const minted = mintApiKey();
        const row = await db.transaction(async (tx) => {
          const created = await store.insertApiKey(tx, {
            workspaceId: context.params.workspaceId,
            id: minted.id,
            name: context.body.name,
            prefix: minted.prefix,
            secretHash: minted.secretHash,
            scopes: [...new Set(context.body.scopes)],
            createdByUserId: user.userId,
          });
          await recordAudit(tx, auditActorOf(context), {
            workspaceId: context.params.workspaceId,
            action: 'api_key.created',
            target: { type: 'api_key', id: created.id },
            details: { name: created.name, scopes: created.scopes, prefix: created.prefix },
          });
          return created;
        });
        return { apiKey: apiKeyView(row), secret: minted.token };
      },
    }),

    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/api-keys/:keyId',
      summary: 'Revoke an API key; it stops working at once',
      tags: ['api-keys'],
      access: { kind: 'workspace', permission: 'apiKeys.manage' },
      params: WorkspaceParams.extend({ keyId: Id }),
      response: null,
      handler: async (context) => {
        const { workspaceId, keyId } = context.params;
        await db.transaction(async (tx) => {
          const key = await store.findApiKey(tx, workspaceId, keyId);
          if (!key) throw notFound('apiKey.notFound');
          if (!(await store.revokeApiKey(tx, workspaceId, keyId))) return;
          await recordAudit(tx, auditActorOf(context), { workspaceId, action: 'api_key.revoked', target: { type: 'api_key', id: keyId }, details: { name: key.name, prefix: key.prefix } });
        });
      },
    }),
  ];
}
