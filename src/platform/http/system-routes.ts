import { z } from 'zod';
import { uiLocales } from '../../engine/i18n/locales.js';
import { apiKeyScopes, permissionsByRole, roles } from '../auth/permissions.js';
import { AppError } from '../errors/app-error.js';
import type { PlatformServices } from '../services.js';
import { docsCss, renderDocsPage } from './docs-page.js';
import { buildOpenApi } from './openapi.js';
import { defineRoute, type RouteDefinition } from './route.js';

/** Health, readiness, metadata and the API's own documentation. `allRoutes` is read when asked, so it lists every room's routes. */
export function systemRoutes({ database, config }: PlatformServices, version: string, allRoutes: () => readonly RouteDefinition[]) {
  let openApi: ReturnType<typeof buildOpenApi> | undefined;
  const document = () => (openApi ??= buildOpenApi(allRoutes(), { version, serverUrl: config.publicUrl }));
  return [
    defineRoute({
      method: 'GET',
      url: '/health',
      summary: 'Liveness: the process answers',
      tags: ['system'],
      access: { kind: 'public' },
      response: z.object({ status: z.literal('ok') }),
      handler: async () => ({ status: 'ok' as const }),
    }),

    defineRoute({
      method: 'GET',
      url: '/ready',
      summary: 'Readiness: the database answers',
      tags: ['system'],
      access: { kind: 'public' },
      response: z.object({ status: z.literal('ready'), database: z.enum(['embedded', 'postgres']) }),
      handler: async () => {
        try {
          await database.execute('SELECT 1');
        } catch (error) {
          throw new AppError('not_ready', 'system.databaseDown', { cause: error });
        }
        return { status: 'ready' as const, database: database.kind };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/v1/meta',
      summary: 'Version, languages, roles and what each may do, and the scopes an API key can have',
      tags: ['system'],
      access: { kind: 'public' },
      response: z.object({
        version: z.string(),
        locales: z.array(z.string()),
        roles: z.array(z.string()),
        permissionsByRole: z.record(z.string(), z.array(z.string())),
        apiKeyScopes: z.array(z.string()),
      }),
      handler: async () => ({ version, locales: uiLocales, roles, permissionsByRole, apiKeyScopes }),
    }),

    defineRoute({
      method: 'GET',
      url: '/api/openapi.json',
      summary: 'This API as an OpenAPI 3.1 document',
      tags: ['system'],
      access: { kind: 'public' },
      handler: async () => document(),
    }),

    defineRoute({
      method: 'GET',
      url: '/api/docs',
      summary: 'This API as a readable page',
      tags: ['system'],
      access: { kind: 'public' },
      handler: async ({ reply }) => reply.type('text/html; charset=utf-8').send(renderDocsPage(document() as never)),
    }),

    defineRoute({
      method: 'GET',
      url: '/api/docs.css',
      summary: 'Style of the API page',
      tags: ['system'],
      access: { kind: 'public' },
      handler: async ({ reply }) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(docsCss),
    }),
  ];
}
