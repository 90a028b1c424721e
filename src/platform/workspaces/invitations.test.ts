import { beforeAll, describe, expect, it } from 'vitest';
import { ApiAgent, adminCredentials } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { readMail, useSmtpPeer } from '../../../test/smtp-peer.js';
import { waitFor } from '../../../test/wait-for.js';
import { memberInvitations } from '../db/schema.js';

const smtpEnv: Record<string, string> = { PUBLIC_URL: 'https://voc.example.com' };
const peer = useSmtpPeer(smtpEnv);

/** Where the current database's mails start: both databases' runs send to the same peer. */
let firstMail = 0;
/** The newest mail (of at least `count`) the peer received for an address in this run, read as a person would. */
const mailTo = (address: string, count = 1) =>
  waitFor(() => peer.received.slice(firstMail).filter((m) => m.to.includes(address)), (list) => list.length >= count).then((list) => readMail(list.at(-1)!.raw));
const tokenIn = (text: string) => /\/invite#token=([\w-]+)/.exec(text)![1]!;

describe.each(testDatabases())('inviting people into a workspace on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true, env: smtpEnv });
  beforeAll(() => {
    firstMail = peer.received.length;
  });
  const members = () => `/api/v1/workspaces/${t.workspaceId}`;

  it('mails a Finnish invitation with its expiry in the workspace time zone; the link makes an account and signs in', async () => {
    await t.admin.patch(members(), { timezone: 'Europe/Helsinki', defaultLocale: 'fi' });
    const invited = await t.admin.post(`${members()}/invitations`, { email: 'Maija@example.fi', role: 'agent', name: 'Maija' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'Maija@example.fi', role: 'agent', locale: 'fi', state: 'pending', invitedBy: adminCredentials.name });
    const expiresAt = new Date(invited.body.expiresAt);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    const mail = await mailTo('Maija@example.fi');
    expect(mail.headers['subject']).toBe('Aino Admin kutsui sinut Kuulon työtilaan Acme Oy');
    expect(mail.text).toContain('Hei Maija,');
    const expiry = new Intl.DateTimeFormat('fi', { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone: 'Europe/Helsinki' }).format(expiresAt);
    expect(expiry).toMatch(/ klo \d\d\.\d\d UTC\+2$/);
    expect(mail.text).toContain(`vanhenee ${expiry}`);
    expect(mail.text).toContain('https://voc.example.com/invite#token=');
    const token = tokenIn(mail.text);
    // Only a hash of the token is kept.
    const rows = await t.kuulo.services.db.select().from(memberInvitations);
    expect(rows.map((row) => row.tokenHash)).not.toContain(token);

    const listed = await t.admin.get(`${members()}/invitations`);
    expect(listed.body.items.map((i: { email: string }) => i.email)).toEqual(['Maija@example.fi']);

    const visitor = new ApiAgent(t.kuulo, { ip: '10.1.0.1' });
    expect((await visitor.post('/api/v1/invitations/preview', { token })).body).toMatchObject({ state: 'pending', workspaceName: 'Acme Oy', invitedBy: adminCredentials.name, hasAccount: false, locale: 'fi' });
    const short = await visitor.post('/api/v1/invitations/accept', { token, name: 'Maija Virtanen', password: 'short' });
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual([{ path: 'body.password', problem: 'must be at least 12 characters' }]);
    const accepted = await visitor.post('/api/v1/invitations/accept', { token, name: 'Maija Virtanen', password: 'maijan oma salasana' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ email: 'Maija@example.fi', name: 'Maija Virtanen', locale: 'fi' });
    expect(accepted.body.workspaces).toEqual([{ id: t.workspaceId, name: 'Acme Oy', role: 'agent' }]);
    expect((await visitor.get(`${members()}`)).body.role).toBe('agent');

    // Single use: the page then says so, and a second try fails clearly.
    expect((await visitor.post('/api/v1/invitations/preview', { token })).body.state).toBe('accepted');
    const again = await new ApiAgent(t.kuulo, { ip: '10.1.0.2' }).post('/api/v1/invitations/accept', { token, name: 'Someone', password: 'another long password' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('link_used');
    expect((await t.admin.get(`${members()}/invitations`)).body.items).toEqual([]);
    expect((await t.admin.post(`${members()}/invitations`, { email: 'maija@example.fi', role: 'viewer' })).status).toBe(409);

    const audit = (await t.admin.get(`${members()}/audit-log?limit=20`)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['member.invited', 'member.invitation_accepted']));
  });

  it('lets an existing account join with its own password, in the language the inviter chose', async () => {
    const other = (await t.admin.post('/api/v1/workspaces', { name: 'Beta Sp. z o.o.' })).body.id as string;
    const invited = await t.admin.post(`/api/v1/workspaces/${other}/invitations`, { email: 'maija@example.fi', role: 'analyst', locale: 'pl' });
    expect(invited.status).toBe(201);
    const mail = await mailTo('maija@example.fi');
    expect(mail.headers['subject']).toBe('Aino Admin zaprasza Cię do przestrzeni Beta Sp. z o.o. w Kuulo');
    const token = tokenIn(mail.text);
    const maija = new ApiAgent(t.kuulo, { ip: '10.1.0.3' });
    expect((await maija.post('/api/v1/invitations/preview', { token })).body.hasAccount).toBe(true);
    expect((await maija.post('/api/v1/invitations/accept', { token, password: 'not her password' })).status).toBe(401);
    const joined = await maija.post('/api/v1/invitations/accept', { token, password: 'maijan oma salasana' });
    expect(joined.status).toBe(200);
    expect(joined.body.workspaces.map((w: { role: string }) => w.role).sort()).toEqual(['agent', 'analyst']);
  });

  it('resends with a new link, revokes, and explains a link that is gone', async () => {
    const invited = await t.admin.post(`${members()}/invitations`, { email: 'pekka@example.fi', role: 'viewer' });
    const first = tokenIn((await mailTo('pekka@example.fi')).text);
    const resent = await t.admin.post(`${members()}/invitations/${invited.body.id}/resend`);
    expect(resent.status).toBe(200);
    const second = tokenIn((await mailTo('pekka@example.fi', 2)).text);
    expect(second).not.toBe(first);
    const visitor = new ApiAgent(t.kuulo, { ip: '10.1.0.4' });
    expect((await visitor.post('/api/v1/invitations/preview', { token: first })).status).toBe(404);
    expect((await visitor.post('/api/v1/invitations/preview', { token: second })).body.state).toBe('pending');

    expect((await t.admin.delete(`${members()}/invitations/${invited.body.id}`)).status).toBe(204);
    expect((await visitor.post('/api/v1/invitations/preview', { token: second })).body.state).toBe('revoked');
    expect((await visitor.post('/api/v1/invitations/accept', { token: second, name: 'Pekka', password: 'pekan salasana 1' })).body.code).toBe('link_used');

    // An invitation nobody used in time.
    const late = await t.admin.post(`${members()}/invitations`, { email: 'late@example.fi', role: 'viewer' });
    const lateToken = tokenIn((await mailTo('late@example.fi')).text);
    const { db } = t.kuulo.services;
    const { eq } = await import('drizzle-orm');
    await db.update(memberInvitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(memberInvitations.id, late.body.id));
    expect((await visitor.post('/api/v1/invitations/preview', { token: lateToken })).body.state).toBe('expired');
    const expired = await visitor.post('/api/v1/invitations/accept', { token: lateToken, name: 'Late', password: 'too late password' });
    expect(expired.status).toBe(410);

    const audit = (await t.admin.get(`${members()}/audit-log?limit=50`)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['member.invitation_resent', 'member.invitation_revoked']));
  });

  it('lets only members.manage invite, and an admin never invites an owner', async () => {
    const viewer = new ApiAgent(t.kuulo, { ip: '10.1.0.5' });
    await t.admin.post(`${members()}/members`, { email: 'vera@example.fi', name: 'Vera', role: 'viewer', password: 'veran salasana 12' });
    await viewer.signIn('vera@example.fi', 'veran salasana 12');
    expect((await viewer.post(`${members()}/invitations`, { email: 'x@example.fi', role: 'viewer' })).status).toBe(403);
    const bad = await t.admin.post(`${members()}/invitations`, { email: 'not an address', role: 'wizard' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.email', 'body.role']);
  });
});
