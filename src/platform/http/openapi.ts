import { z } from 'zod';
import type { RouteDefinition } from './route.js';

/** OpenAPI 3.1, built from the same zod schemas the routes validate with, so the two never drift. */
export function buildOpenApi(routes: readonly RouteDefinition[], info: { version: string; serverUrl: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...objectFields(route.params).map(([name, schema]) => ({ name, in: 'path', required: true, schema })),
      ...objectFields(route.query).map(([name, schema, isRequired]) => ({ name, in: 'query', required: isRequired, schema })),
    ];
    const operation: Record<string, unknown> = {
      summary: route.summary,
      tags: route.tags,
      operationId: `${route.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[^a-zA-Z0-9]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      security: route.access.kind === 'public' ? [] : route.access.kind === 'user' ? [{ session: [] }] : [{ session: [] }, { apiKey: [] }],
      ...(route.access.kind === 'workspace' ? { 'x-permission': route.access.permission } : {}),
      parameters,
      responses: {
        [String(route.status ?? (route.response || route.method === 'GET' ? 200 : 204))]: route.response
          ? { description: 'Success', content: { 'application/json': { schema: toSchema(route.response, 'output') } } }
          : { description: 'Success, no content' },
        default: { description: 'Problem Details (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    };
    if (route.body) operation.requestBody = { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } };
    (paths[path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Kuulo API', version: info.version, description: 'Voice of the Customer: collect feedback, find insights, share them and close the loop.' },
    servers: [{ url: info.serverUrl }],
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'kuulo_session', description: 'Browser session; writes also need the x-csrf-token header.' },
        apiKey: { type: 'http', scheme: 'bearer', description: 'A workspace API key, "kuulo_…".' },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code', 'detail', 'messageKey', 'requestId'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string' },
            detail: { type: 'string', description: 'For people, in the reader\'s language (their own, else Accept-Language, else English).' },
            messageKey: { type: 'string', description: 'What detail says, as a stable key, such as survey.notFound.' },
            params: { type: 'object', additionalProperties: { type: ['string', 'number'] }, description: 'The values detail names, by placeholder.' },
            requestId: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, problem: { type: 'string' } } } },
          },
        },
      },
    },
  };
}

function toSchema(schema: z.ZodType, io: 'input' | 'output') {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

function objectFields(schema: z.ZodType | undefined): [string, unknown, boolean][] {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, field]) => [name, field, json.required?.includes(name) ?? false]);
}
