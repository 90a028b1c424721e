import { beforeAll, describe, expect, it } from 'vitest';
import { ApiAgent, adminCredentials } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { readMail, useSmtpPeer } from '../../../test/smtp-peer.js';
import { waitFor } from '../../../test/wait-for.js';

const smtpEnv: Record<string, string> = { PUBLIC_URL: 'https://voc.example.com' };
const peer = useSmtpPeer(smtpEnv);

/** Where the current database's mails start: both databases' runs send to the same peer. */
let firstMail = 0;
const mailsTo = (address: string) => peer.received.slice(firstMail).filter((m) => m.to.includes(address)).map((m) => readMail(m.raw));
const tokenIn = (text: string) => /\/reset-password#token=([\w-]+)/.exec(text)![1]!;

describe.each(testDatabases())('forgot password and password change on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true, env: smtpEnv });
  beforeAll(() => {
    firstMail = peer.received.length;
  });

  it('mails a one-hour, single-use link in the person\'s language; the new password ends every session', async () => {
    await t.admin.patch('/api/v1/me', { locale: 'pl' });
    await t.admin.patch(`/api/v1/workspaces/${t.workspaceId}`, { timezone: 'Europe/Warsaw' });
    const visitor = new ApiAgent(t.kuulo, { ip: '10.2.0.1' });
    const asked = await visitor.post('/api/v1/password-reset', { email: adminCredentials.email.toUpperCase() });
    expect(asked).toMatchObject({ status: 202, body: { accepted: true } });
    // An unknown address gets the very same answer, and no mail.
    const unknown = await visitor.post('/api/v1/password-reset', { email: 'nobody@example.com' });
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(asked.body);

    const [mail] = await waitFor(() => mailsTo(adminCredentials.email), (list) => list.length > 0);
    expect(mail!.headers['subject']).toBe('Zresetuj hasło do Kuulo');
    expect(mail!.text).toContain('Dzień dobry, Aino Admin!');
    expect(mail!.text).toMatch(/wygasa \d{1,2} \S+ \d{4} \d\d:\d\d CET\./);
    expect(mailsTo('nobody@example.com')).toEqual([]);
    const token = tokenIn(mail!.text);

    expect((await visitor.post('/api/v1/password-reset/check', { token })).body).toEqual({ usable: true });
    const weak = await visitor.post('/api/v1/password-reset/complete', { token, password: 'short' });
    expect(weak.status).toBe(422);
    const done = await visitor.post('/api/v1/password-reset/complete', { token, password: 'a whole new passphrase' });
    expect(done.status).toBe(200);
    expect(done.body.user.email).toBe(adminCredentials.email);
    // Every other session is signed out; the link is spent.
    expect((await t.admin.get('/api/v1/session')).body).toEqual({ user: null });
    expect((await visitor.post('/api/v1/password-reset/check', { token })).body).toEqual({ usable: false });
    const twice = await new ApiAgent(t.kuulo, { ip: '10.2.0.2' }).post('/api/v1/password-reset/complete', { token, password: 'someone else entirely' });
    expect(twice.status).toBe(403);
    expect(twice.body.code).toBe('link_invalid');

    expect((await t.admin.signIn(adminCredentials.email, 'a whole new passphrase')).status).toBe(200);
    const changed = await t.admin.post('/api/v1/me/password', { currentPassword: 'a whole new passphrase', newPassword: adminCredentials.password });
    expect(changed.body).toEqual({ changed: true });
    const audit = (await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/audit-log?limit=10`)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['user.password_reset', 'user.password_changed']));
  });

  it('mails at most three links an hour to one address, with the same answer every time', async () => {
    const visitor = new ApiAgent(t.kuulo, { ip: '10.2.0.3' });
    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/members`, { email: 'olli@example.fi', name: 'Olli', role: 'viewer', password: 'ollin salasana 1' });
    for (let i = 0; i < 5; i++) expect((await visitor.post('/api/v1/password-reset', { email: 'olli@example.fi' })).status).toBe(202);
    await waitFor(() => mailsTo('olli@example.fi'), (list) => list.length >= 3);
    const outbox = (await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/mail?limit=200`)).body.items.filter((m: { to: string }) => m.to === 'olli@example.fi');
    expect(outbox).toHaveLength(3);
    // Workspace admins see that the mail went, never the link that would sign them in as Olli.
    const shown = (await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/mail/${outbox[0].id}`)).body;
    expect(shown).toMatchObject({ purpose: 'user.password_reset', isWithheld: true, text: '', html: null });
    expect((await visitor.post('/api/v1/password-reset', { email: 'not an address' })).body.errors).toEqual([{ path: 'body.email', problem: 'must be an email address' }]);
  });
});
