import { describe, expect, it } from 'vitest';
import { ApiAgent, setUpKuulo } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { parseApiKey } from './api-keys.js';

describe.each(testDatabases())('API keys on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const keys = (path = '') => `/api/v1/workspaces/${t.workspaceId}/api-keys${path}`;


  it('shows the secret once, stores only its hash, and works as a Bearer token within its scopes', async () => {
    const created = await t.admin.post(keys(), { name: 'CRM sync', scopes: ['workspace.read', 'audit.read'] });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^kuulo_[0-9a-f]{32}_[\w-]{43}$/);
    expect(secret.startsWith(created.body.apiKey.prefix)).toBe(true);

    const listed = await t.admin.get(keys());
    expect(JSON.stringify(listed.body)).not.toContain(parseApiKey(secret).secret);
    const stored = await t.kuulo.services.database.execute('SELECT secret_hash FROM api_keys');
    expect(JSON.stringify(stored.rows)).not.toContain(parseApiKey(secret).secret);

    const system = new ApiAgent(t.kuulo, { apiKey: secret });
    expect((await system.get(`/api/v1/workspaces/${t.workspaceId}`)).status).toBe(200);
    // A key may only do what its scopes say, and never manages members or keys.
    expect((await system.get(`/api/v1/workspaces/${t.workspaceId}/members`)).status).toBe(403);
    expect((await system.post(keys(), { name: 'escalate', scopes: ['audit.read'] })).status).toBe(403);
    expect((await system.get('/api/v1/session')).status).toBe(403);
    // No CSRF token is needed: browsers never send a Bearer key on their own.
    expect((await system.get(`/api/v1/workspaces/${t.workspaceId}/audit-log`)).status).toBe(200);

    const keyId = created.body.apiKey.id;
    expect((await t.admin.delete(keys(`/${keyId}`))).status).toBe(204);
    const revoked = await system.get(`/api/v1/workspaces/${t.workspaceId}`);
    expect(revoked.status).toBe(401);
    expect(revoked.body.detail).toContain('revoked');
    expect((await t.admin.get(keys())).body.items[0].revokedAt).not.toBeNull();

    const audit = (await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/audit-log`)).body.items.map((e: { action: string }) => e.action);
    expect(audit.slice(0, 2)).toEqual(['api_key.revoked', 'api_key.created']);
  });

  it('rejects unknown scopes and malformed or forged keys with a clear message', async () => {
    const bad = await t.admin.post(keys(), { name: 'x', scopes: ['everything'] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('body.scopes.0');
    const forged = new ApiAgent(t.kuulo, { apiKey: `kuulo_${'0'.repeat(32)}_${'a'.repeat(43)}` });
    expect((await forged.get(`/api/v1/workspaces/${t.workspaceId}`)).status).toBe(401);
    const notOurs = new ApiAgent(t.kuulo, { apiKey: 'sk_live_123' });
    const answer = await notOurs.get(`/api/v1/workspaces/${t.workspaceId}`);
    expect(answer.status).toBe(401);
    expect(answer.body.detail).toContain('not a Kuulo API key');
  });
});
