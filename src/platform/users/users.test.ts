import { describe, expect, it } from 'vitest';
import { ApiAgent, adminCredentials, setUpKuulo } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';

describe.each(testDatabases())('first run, sign-in and sessions on $name', (database) => {
  const t = useTestKuulo(database);

  it('asks for setup until the first administrator exists, and only with the printed token', async () => {
    const visitor = new ApiAgent(t.kuulo);
    expect((await visitor.get('/api/v1/setup')).body).toEqual({ needed: true });
    const wrong = await visitor.post('/api/v1/setup', { token: 'not-the-token', ...adminCredentials, workspaceName: 'Acme' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('setup_token_invalid');

    const weak = await visitor.post('/api/v1/setup', { token: t.kuulo.services.setup.token, ...adminCredentials, password: 'short', workspaceName: '' });
    expect(weak.status).toBe(422);
    expect(weak.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'body.password', problem: 'must be at least 12 characters' },
        { path: 'body.workspaceName', problem: 'must not be empty' },
      ]),
    );

    const token = t.kuulo.services.setup.token;
    const { admin, workspaceId } = await setUpKuulo(t.kuulo);
    const session = await admin.get('/api/v1/session');
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ email: adminCredentials.email, isInstanceAdmin: true });
    expect(session.body.workspaces).toEqual([{ id: workspaceId, name: 'Acme Oy', role: 'owner' }]);

    expect((await visitor.get('/api/v1/setup')).body).toEqual({ needed: false });
    const again = await visitor.post('/api/v1/setup', { token, ...adminCredentials, email: 'other@example.com', workspaceName: 'Evil' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('setup_done');
  });

  it('signs in with the right password only, in a secure http-only cookie', async () => {
    const person = new ApiAgent(t.kuulo, { ip: '10.0.0.5' });
    const wrong = await person.signIn(adminCredentials.email, 'wrong password!');
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    const unknown = await person.signIn('nobody@example.com', 'wrong password!');
    expect(unknown.body.detail).toBe(wrong.body.detail);

    const ok = await person.signIn(adminCredentials.email.toUpperCase(), adminCredentials.password);
    expect(ok.status).toBe(200);
    const cookie = String(ok.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await person.get('/api/v1/session')).status).toBe(200);

    expect((await person.delete('/api/v1/session')).status).toBe(204);
    // Signed out is a normal answer, so a browser's console stays clean on the sign-in page.
    expect(await person.get('/api/v1/session')).toMatchObject({ status: 200, body: { user: null } });
    expect((await new ApiAgent(t.kuulo).get('/api/v1/session')).body).toEqual({ user: null });
  });

  it('refuses cookie-authenticated writes without the CSRF token or from another origin', async () => {
    const person = new ApiAgent(t.kuulo, { ip: '10.0.0.6' });
    await person.signIn(adminCredentials.email, adminCredentials.password);
    const missing = await person.request('PATCH', '/api/v1/me', { name: 'Aino' }, { 'x-csrf-token': '' });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('csrf_failed');
    const foreign = await person.request('PATCH', '/api/v1/me', { name: 'Aino' }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const ok = await person.patch('/api/v1/me', { locale: 'fi' });
    expect(ok.status).toBe(200);
    expect(ok.body.locale).toBe('fi');
  });

  it('slows password guessing down with a clear 429', async () => {
    const guesser = new ApiAgent(t.kuulo, { ip: '10.0.0.99' });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await guesser.signIn('victim@example.com', `guess number ${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await guesser.signIn('victim@example.com', 'one more guess');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('changes the password and signs out the other sessions', async () => {
    const first = new ApiAgent(t.kuulo, { ip: '10.0.1.1' });
    const second = new ApiAgent(t.kuulo, { ip: '10.0.1.2' });
    await first.signIn(adminCredentials.email, adminCredentials.password);
    await second.signIn(adminCredentials.email, adminCredentials.password);
    const wrong = await first.post('/api/v1/me/password', { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' });
    expect(wrong.status).toBe(422);
    // The administrator chose Finnish above: their problems come in Finnish, whatever the browser asks for.
    expect(wrong.body.errors).toEqual([{ path: 'body.currentPassword', problem: 'on väärä' }]);
    expect(wrong.body).toMatchObject({ messageKey: 'account.currentPasswordWrong', detail: 'Nykyinen salasana on väärä.' });
    expect((await first.post('/api/v1/me/password', { currentPassword: adminCredentials.password, newPassword: 'a brand new passphrase' })).body).toEqual({ changed: true });
    expect((await first.get('/api/v1/session')).status).toBe(200);
    expect((await second.get('/api/v1/session')).body).toEqual({ user: null });
    expect((await first.post('/api/v1/me/password', { currentPassword: 'a brand new passphrase', newPassword: adminCredentials.password })).status).toBe(200);
  });

  it('never writes a password, a cookie or a token to the log', async () => {
    const person = new ApiAgent(t.kuulo, { ip: '10.0.2.1' });
    await person.signIn(adminCredentials.email, adminCredentials.password);
    await person.signIn(adminCredentials.email, 'a wrong password here');
    const text = JSON.stringify(t.kuulo.logs);
    expect(text).not.toContain(adminCredentials.password);
    expect(text).not.toContain('a wrong password here');
    expect(text).not.toContain(person.cookie!.split('=')[1]);
    expect(text).not.toContain(person.csrfToken);
  });
});
