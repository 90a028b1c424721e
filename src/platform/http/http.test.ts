import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiAgent, setUpKuulo } from '../../../test/api-agent.js';
import { buildTestKuulo, type TestKuulo } from '../../../test/kuulo.js';

describe('the HTTP edge', () => {
  let kuulo: TestKuulo;
  let admin: ApiAgent;
  let workspaceId: string;

  beforeAll(async () => {
    kuulo = await buildTestKuulo({ kind: 'embedded', dataDir: null });
    ({ admin, workspaceId } = await setUpKuulo(kuulo));
  });
  afterAll(() => kuulo?.close());

  it('answers /health and /ready, with a request id on every answer', async () => {
    const health = await admin.get('/health');
    expect(health.body).toEqual({ status: 'ok' });
    expect(health.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await admin.get('/ready')).body).toEqual({ status: 'ready', database: 'embedded' });
    const traced = await admin.request('GET', '/health', undefined, { 'x-request-id': 'trace-abc-123' });
    expect(traced.headers['x-request-id']).toBe('trace-abc-123');
  });

  it('reports broken requests as Problem Details with a stable code, never a 500', async () => {
    const cases = [
      { payload: '{"email": ', type: 'application/json', status: 400, code: 'invalid_json' },
      { payload: 'email=a', type: 'application/x-www-form-urlencoded', status: 415, code: 'unsupported_media_type' },
      { payload: JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024) }), type: 'application/json', status: 413, code: 'payload_too_large' },
    ];
    for (const c of cases) {
      const response = await kuulo.app.inject({ method: 'POST', url: '/api/v1/session', payload: c.payload, headers: { 'content-type': c.type } });
      expect(response.statusCode, c.code).toBe(c.status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json();
      expect(problem).toMatchObject({ status: c.status, code: c.code, type: `urn:kuulo:problem:${c.code}` });
      expect(problem.requestId).toBe(response.headers['x-request-id']);
    }
    const unknown = await admin.get('/api/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('route_not_found');
    const badId = await admin.get('/api/v1/workspaces/not-a-uuid/members');
    expect(badId.status).toBe(404);
  });

  it('survives random bodies on every write route with a 4xx', async () => {
    const writes = kuulo.routes.filter((route) => route.method !== 'GET' && !route.url.includes('/session') && !route.url.includes('/me/password'));
    const errors: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), fc.jsonValue(), async (route, body) => {
        const url = route.url.replace(':workspaceId', workspaceId).replace(/:(\w+)/g, '00000000-0000-7000-8000-000000000000');
        const response = await admin.request(route.method, url, body ?? {});
        if (response.status >= 500) errors.push(`${route.method} ${url} ${JSON.stringify(body)} → ${response.status}`);
        return response.status < 500;
      }),
      { numRuns: 150 },
    );
    expect(errors).toEqual([]);
  });

  it('documents every route in /api/openapi.json and on a readable page', async () => {
    const document = (await admin.get('/api/openapi.json')).body;
    expect(document.openapi).toBe('3.1.0');
    for (const route of kuulo.routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(document.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    }
    const members = document.paths['/api/v1/workspaces/{workspaceId}/members'].post;
    expect(members['x-permission']).toBe('members.manage');
    expect(members.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['email', 'role']));
    const page = await admin.get('/api/docs');
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('/api/v1/workspaces/{workspaceId}/api-keys');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('serves the admin app\'s pages with a strict CSP and answers unknown API paths with JSON', async () => {
    const page = await kuulo.app.inject({ method: 'GET', url: '/w/123/settings', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('lists languages, roles, permissions and API key scopes for the admin app', async () => {
    const meta = (await admin.get('/api/v1/meta')).body;
    expect(meta.locales).toEqual(['en', 'fi', 'pl']);
    expect(meta.roles).toEqual(['owner', 'admin', 'manager', 'analyst', 'agent', 'viewer']);
    expect(meta.permissionsByRole.viewer).not.toContain('members.manage');
    expect(meta.apiKeyScopes).not.toContain('apiKeys.manage');
  });
});
