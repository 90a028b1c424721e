import { describe, expect, it } from 'vitest';
import { ApiAgent, setUpKuulo } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';

describe.each(testDatabases())('workspaces, members and roles on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const members = (path = '') => `/api/v1/workspaces/${t.workspaceId}/members${path}`;

  async function addAndSignIn(email: string, role: string) {
    const added = await t.admin.post(members(), { email, name: email.split('@')[0], role, password: 'initial password 1' });
    expect(added.status).toBe(201);
    const agent = new ApiAgent(t.kuulo, { ip: `10.1.0.${Math.floor(Math.random() * 250)}` });
    expect((await agent.signIn(email, 'initial password 1')).status).toBe(200);
    return { agent, userId: added.body.userId as string };
  }


  it('shows the workspace with the caller\'s role and permissions, and saves its settings', async () => {
    const shown = await t.admin.get(`/api/v1/workspaces/${t.workspaceId}`);
    expect(shown.body).toMatchObject({ id: t.workspaceId, name: 'Acme Oy', timezone: 'UTC', role: 'owner' });
    expect(shown.body.permissions).toContain('members.manage');
    const saved = await t.admin.patch(`/api/v1/workspaces/${t.workspaceId}`, { timezone: 'Europe/Helsinki', defaultLocale: 'fi' });
    expect(saved.body).toMatchObject({ timezone: 'Europe/Helsinki', defaultLocale: 'fi' });
    const bad = await t.admin.patch(`/api/v1/workspaces/${t.workspaceId}`, { timezone: 'Mars/Olympus', colour: 'red' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'body.timezone', problem: 'must be an IANA time zone such as Europe/Helsinki' },
        { path: 'body.colour', problem: 'is not a known field' },
      ]),
    );
  });

  it('lets each role do what it may and no more', async () => {
    const { agent: viewer } = await addAndSignIn('ville.viewer@example.com', 'viewer');
    expect((await viewer.get(`/api/v1/workspaces/${t.workspaceId}`)).status).toBe(200);
    const denied = await viewer.patch(`/api/v1/workspaces/${t.workspaceId}`, { name: 'Mine now' });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toContain('workspace.manage');
    expect((await viewer.get(members())).status).toBe(403);

    const { agent: agent } = await addAndSignIn('anna.agent@example.com', 'agent');
    expect((await agent.get(members())).status).toBe(200);
    expect((await agent.get(`/api/v1/workspaces/${t.workspaceId}/audit-log`)).status).toBe(403);
    expect((await agent.get(`/api/v1/workspaces/${t.workspaceId}/api-keys`)).status).toBe(403);
  });

  it('lets an t.admin manage members but not owners, and keeps at least one owner', async () => {
    const { agent: otherAdmin } = await addAndSignIn('adam.admin@example.com', 'admin');
    const { userId: analystId } = await addAndSignIn('aapo.analyst@example.com', 'analyst');
    expect((await otherAdmin.patch(members(`/${analystId}`), { role: 'manager' })).body.role).toBe('manager');
    const promote = await otherAdmin.patch(members(`/${analystId}`), { role: 'owner' });
    expect(promote.status).toBe(403);

    const ownerId = (await t.admin.get('/api/v1/session')).body.user.id;
    const demoteSelf = await t.admin.patch(members(`/${ownerId}`), { role: 'admin' });
    expect(demoteSelf.status).toBe(409);
    expect(demoteSelf.body.code).toBe('last_owner');
    expect((await otherAdmin.delete(members(`/${ownerId}`))).status).toBe(403);

    const duplicate = await t.admin.post(members(), { email: 'AAPO.analyst@example.com', name: 'Aapo', role: 'viewer' });
    expect(duplicate.status).toBe(409);
    const noPassword = await t.admin.post(members(), { email: 'new.person@example.com', name: 'New', role: 'viewer' });
    expect(noPassword.status).toBe(422);
    expect(noPassword.body.errors).toEqual([{ path: 'body.password', problem: 'is required for a new account' }]);

    expect((await t.admin.delete(members(`/${analystId}`))).status).toBe(204);
    expect((await t.admin.delete(members(`/${analystId}`))).status).toBe(404);
  });

  it('lets an existing account join a second workspace without a new password', async () => {
    const created = await t.admin.post('/api/v1/workspaces', { name: 'Acme Sp. z o.o.', defaultLocale: 'pl' });
    expect(created.status).toBe(201);
    const added = await t.admin.post(`/api/v1/workspaces/${created.body.id}/members`, { email: 'ville.viewer@example.com', name: 'Ville', role: 'analyst' });
    expect(added.status).toBe(201);
    const ville = new ApiAgent(t.kuulo, { ip: '10.1.1.1' });
    await ville.signIn('ville.viewer@example.com', 'initial password 1');
    const roles = (await ville.get('/api/v1/workspaces')).body.items.map((w: { role: string }) => w.role).sort();
    expect(roles).toEqual(['analyst', 'viewer']);
    expect((await ville.post('/api/v1/workspaces', { name: 'Not allowed' })).status).toBe(403);
  });

  it('records who changed what in the audit log, newest first, page by page', async () => {
    const first = await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/audit-log?limit=3`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    expect(first.body.items[0]).toMatchObject({ action: 'member.removed', actor: { type: 'user', label: 'aino@example.com' } });
    const rest = await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/audit-log?limit=200&before=${first.body.nextCursor}`);
    const actions = [...first.body.items, ...rest.body.items].map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['workspace.created', 'workspace.updated', 'member.added', 'member.role_changed', 'member.removed']));
    expect(actions.at(-1)).toBe('workspace.created');
    const updated = [...first.body.items, ...rest.body.items].find((entry: { action: string }) => entry.action === 'workspace.updated');
    expect(updated.details).toEqual({ timezone: { from: 'UTC', to: 'Europe/Helsinki' }, defaultLocale: { from: 'en', to: 'fi' } });
    expect((await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/audit-log?limit=0`)).body.errors).toEqual([{ path: 'query.limit', problem: 'must be at least 1' }]);
  });
});
