import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { readMail, startSmtpPeer } from '../../../test/smtp-peer.js';
import { waitFor } from '../../../test/wait-for.js';
import { startReceiver } from '../../../test/webhook-receiver.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { invitationJobs } from './send-job.js';

const peer = startSmtpPeer();
const receiver = startReceiver();
let receiverUrl = '';
const smtpEnv: Record<string, string> = { KUULO_MAIL_FROM: 'Acme CX <cx@acme.example>', MAIL_RATE_PER_SECOND: '0', PUBLIC_URL: 'https://kuulo.example', KUULO_WEBHOOKS_ALLOW_PRIVATE: 'true' };
beforeAll(async () => {
  smtpEnv['SMTP_URL'] = `smtp://127.0.0.1:${await peer.listen()}`;
  receiverUrl = await receiver.listen();
});
afterAll(async () => {
  await peer.close();
  await receiver.close();
});

const mailsTo = (address: string) => peer.received.filter((m) => m.to.includes(address)).map((m) => ({ ...readMail(m.raw), raw: m.raw }));

describe.each(testDatabases())('email invitations on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true, env: smtpEnv });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;
  const suffix = `${database.name}`.toLowerCase().replace(/[^a-z]/g, '');
  const who = (name: string) => `${name}.${suffix}@example.com`;
  let survey: { id: string; slug: string };
  /** A second sender over the same database, so a test can run a send pass with its own clock. */
  const sendPass = (now = new Date()) => invitationJobs(t.kuulo.services, () => now).sendDue(t.workspaceId);
  const report = async (id: string) => (await t.admin.get(`${base()}/distributions/${id}/report`)).body;
  const invitationsOf = async (id: string, stage = '') => (await t.admin.get(`${base()}/distributions/${id}/invitations${stage ? `?stage=${stage}` : ''}`)).body.invitations as Record<string, any>[];
  /** The survey link of a received message, from its raw quoted-printable text part. */
  const linkIn = (raw: string) => /https:\/\/kuulo\.example\/s\/[^\s"<>]+/.exec(raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='))![0];
  const tokenOf = (link: string) => new URL(link).searchParams.get('t')!;
  const answer = (token: string, nps: number) =>
    new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, { submissionId: randomUUID(), token, version: 1, language: 'fi', isComplete: true, answers: { nps } });

  beforeAll(async () => {
    survey = (await t.admin.post(`${base()}/surveys`, { name: 'Relationship NPS', templateId: 'nps' })).body;
    expect((await t.admin.post(`${base()}/surveys/${survey.id}/publish`)).status).toBe(200);
    for (const [name, language, plan] of [['maija', 'fi', 'pro'], ['jan', 'pl', 'pro'], ['ann', 'en', 'pro'], ['free', 'en', 'free']] as const) {
      expect((await t.admin.post(`${base()}/contacts`, { email: who(name), name: name[0]!.toUpperCase() + name.slice(1), language, attributes: { plan, revenue: plan === 'pro' ? 12000 : 0 } })).status).toBe(201);
    }
    expect((await t.admin.post(`${base()}/contacts`, { externalId: `nomail-${suffix}`, attributes: { plan: 'pro', revenue: 20000 } })).status).toBe(201);
  });

  it('refuses a template with an unknown placeholder when it is saved, naming the language and field', async () => {
    const refused = await t.admin.post(`${base()}/email-templates`, { name: 'Kysely', kind: 'invitation', translations: { fi: { subject: 'Hei {{customer.name}}', body: 'Vastaa: {{survey.link}}' } } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'body.translations.fi.subject', problem: expect.stringContaining('{{customer.name}}') })]);
    const saved = await t.admin.post(`${base()}/email-templates`, { name: 'Kysely', kind: 'invitation', translations: { fi: { subject: 'Hei {{contact.first_name}}, tilauksesi {{context.order_id}}', body: 'Kerro meille: {{survey.link}}' } } });
    expect(saved.status).toBe(201);
    const list = (await t.admin.get(`${base()}/email-templates`)).body.templates;
    expect(list.map((template: { id: string }) => template.id)).toEqual(['builtin-invitation', 'builtin-reminder', saved.body.id]);
    expect((await t.admin.put(`${base()}/email-templates/builtin-invitation`, list[0])).status).toBe(409);
  });

  it('previews the mail for a real contact in their language', async () => {
    const contacts = (await t.admin.get(`${base()}/contacts?search=maija`)).body.items;
    const preview = await t.admin.post(`${base()}/email-templates/preview`, { surveyId: survey.id, contactId: contacts[0].id, embedFirstQuestion: true });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ language: 'fi', subject: expect.stringContaining('Kerro, miten') });
    expect(preview.body.text).toContain('Hei Maija');
    expect(preview.body.html).toContain('Kuinka todennäköisesti suosittelisit');
    expect(preview.body.html).toMatch(/a\.nps=10/);
  });

  it('sends to a segment over SMTP: personal links, the language, the embedded question and one-click unsubscribe headers', async () => {
    const audience = { kind: 'segment', match: 'all', conditions: [{ attribute: 'plan', op: 'eq', value: 'pro' }, { attribute: 'revenue', op: 'gte', value: 10000 }] };
    expect((await t.admin.post(`${base()}/distributions/audience`, { audience })).body).toMatchObject({ contacts: 4, withEmail: 3 });
    const created = await t.admin.post(`${base()}/distributions`, { kind: 'once', name: 'Q4 NPS', surveyId: survey.id, audience, embedFirstQuestion: true, reminders: { afterDays: 3, maxReminders: 1 }, senderName: 'Acme' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.status).toBe('draft');
    const sent = await t.admin.post(`${base()}/distributions/${created.body.id}/send`, {});
    expect(sent.body.status).toBe('sending');
    await waitFor(() => t.admin.get(`${base()}/distributions/${created.body.id}`).then((r) => r.body), (d) => d.status === 'sent');
    const [finnish] = mailsTo(who('maija'));
    expect(mailsTo(who('maija'))).toHaveLength(1);
    expect(finnish!.headers['list-unsubscribe']).toMatch(/^<https:\/\/kuulo\.example\/u\/[\w.-]+>$/);
    expect(finnish!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(finnish!.headers['from']).toContain('Acme');
    expect(finnish!.headers['subject']).toBe('Hetki aikaa? Kerro, miten Acme Oy onnistui');
    expect(finnish!.text).toContain('Hei Maija');
    expect(finnish!.raw).toContain('a.nps=3D9'); // quoted-printable: the answer links of the embedded question
    expect(mailsTo(who('jan'))[0]!.headers['subject']).toBe('Masz minutę? Powiedz nam, jak nam poszło');

    const rows = await invitationsOf(created.body.id);
    expect(rows.map((row) => row.status).sort()).toEqual(['sent', 'sent', 'sent', 'skipped']);
    expect(rows.some((row) => row.isInOutbox)).toBe(false);
    expect(rows.find((row) => row.status === 'skipped')!.skipReason).toBe('no email address');

    // The link in the mail answers the survey as that contact, once; the invitation follows.
    const response = await answer(tokenOf(linkIn(finnish!.raw)), 9);
    expect(response.status, JSON.stringify(response.body) + linkIn(finnish!.raw)).toBe(201);
    const completed = await invitationsOf(created.body.id, 'completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({ email: who('maija'), stage: 'completed', responseId: response.body.responseId, nextReminderAt: null });
    expect((await answer(tokenOf(linkIn(finnish!.raw)), 3)).status).toBe(409);
    const figures = await report(created.body.id);
    expect(figures.counts).toMatchObject({ recipients: 4, sent: 3, skipped: 1, completed: 1 });
    expect(figures.delivery).toEqual({ transport: 'smtp', acceptedByServer: 3, inOutbox: 0 });
    expect(figures.responseRate).toBeCloseTo(1 / 3);
    expect(figures.skipReasons).toEqual([{ reason: 'no email address', count: 1 }]);
  });

  it('records opens, marking the doubtful ones, and unsubscribes only on the POST', async () => {
    const [mail] = mailsTo(who('ann'));
    const pixel = /https:\/\/kuulo\.example(\/o\/[\w.-]+\.gif)/.exec(mail!.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='))![1]!;
    const opened = await t.kuulo.app.inject({ method: 'GET', url: pixel, headers: { 'user-agent': 'Mimecast URL scanner' } });
    expect(opened.headers['content-type'], opened.body + pixel).toBe('image/gif');
    const unsubscribeUrl = new URL(mail!.headers['list-unsubscribe']!.slice(1, -1));
    const page = await t.kuulo.app.inject({ method: 'GET', url: unsubscribeUrl.pathname });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<button type="submit">Unsubscribe</button>');
    let contact = (await t.admin.get(`${base()}/contacts?search=ann.`)).body.items[0];
    expect(contact.unsubscribedAt).toBeNull();
    expect((await t.admin.post(`${base()}/webhooks`, { url: receiverUrl, eventTypes: ['contact.unsubscribed'] })).status).toBe(201);
    // What a mail client's one-click button sends (RFC 8058).
    const oneClick = await t.kuulo.app.inject({ method: 'POST', url: unsubscribeUrl.pathname, payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(oneClick.statusCode).toBe(200);
    contact = (await t.admin.get(`${base()}/contacts/${contact.id}`)).body;
    expect(contact.unsubscribedAt).not.toBeNull();
    const [event] = await waitFor(() => receiver.received.filter((r) => r.body.includes('contact.unsubscribed') && r.body.includes(contact.id)), (list) => list.length > 0);
    expect(JSON.parse(event!.body)).toMatchObject({ type: 'contact.unsubscribed', data: { contactId: contact.id, email: who('ann'), how: 'link' } });
    const ann = (await invitationsOf((await t.admin.get(`${base()}/distributions`)).body.distributions[0].id)).find((row) => row.email === who('ann'))!;
    expect(ann).toMatchObject({ stage: 'opened', isOpenUnreliable: true, nextReminderAt: null });
    // A forged token changes nothing.
    expect((await t.kuulo.app.inject({ method: 'POST', url: `${unsubscribeUrl.pathname}x`, payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).statusCode).toBe(404);
  });

  it('reminds those who have not answered, once, and no one after the survey closes', async () => {
    const [distribution] = (await t.admin.get(`${base()}/distributions`)).body.distributions;
    const before = peer.received.length;
    const inFourDays = new Date(Date.now() + 4 * 86_400_000);
    expect(await sendPass(inFourDays)).toMatchObject({ reminders: 1 });
    const reminders = peer.received.slice(before);
    expect(reminders.map((m) => m.to[0])).toEqual([who('jan')]);
    expect(readMail(reminders[0]!.raw).headers['subject']).toBe('Przypomnienie: jak nam poszło?');
    expect(await sendPass(new Date(Date.now() + 9 * 86_400_000))).toMatchObject({ reminders: 0 });
    expect((await report(distribution.id)).remindersSent).toBe(1);
  });

  it('keeps to the contact budget across distributions, with priorities, and says why it skipped', async () => {
    const poll = (await t.admin.post(`${base()}/surveys`, { name: 'Ad-hoc poll', templateId: 'csat' })).body;
    await t.admin.post(`${base()}/surveys/${poll.id}/publish`);
    const budget = await t.admin.put(`${base()}/contact-budget`, {
      budget: { isEnabled: true, limits: [{ maxTouches: 1, withinDays: 30 }], overrides: [{ attribute: 'plan', equals: 'free', limits: [] }] },
      surveyPriorities: { [survey.id]: 'high', [poll.id]: 'low' },
    });
    expect(budget.status).toBe(200);
    const all = await t.admin.post(`${base()}/distributions`, { kind: 'once', name: 'Poll', surveyId: poll.id, audience: { kind: 'all' } });
    await t.admin.post(`${base()}/distributions/${all.body.id}/send`, {});
    await waitFor(() => t.admin.get(`${base()}/distributions/${all.body.id}`).then((r) => r.body), (d) => d.status === 'sent');
    const rows = await invitationsOf(all.body.id);
    const byEmail = Object.fromEntries(rows.map((row) => [row.email ?? 'none', row]));
    expect(byEmail[who('maija')]).toMatchObject({ status: 'skipped', skipReason: expect.stringMatching(/^contact budget: last asked today \(email, Relationship NPS\); asked 1 time in the last 30 days, the limit is 1; may be asked from \d{4}-\d\d-\d\d$/) });
    expect(byEmail[who('ann')]).toMatchObject({ status: 'skipped', skipReason: 'unsubscribed' });
    expect(byEmail[who('free')]).toMatchObject({ status: 'sent' }); // the override: no limit for free-plan contacts
    // A personal link is an ask too: the low-priority poll is refused; the high-priority survey outranks the earlier (normal) ask.
    const link = await t.admin.post(`${base()}/surveys/${poll.id}/links`, { contact: { email: who('maija') } });
    expect(link.status).toBe(409);
    expect(link.body.errors[0].problem).toMatch(/^contact budget/);
    expect((await t.admin.post(`${base()}/surveys/${poll.id}/links`, { contact: { email: who('maija') }, ignoreContactBudget: true })).status).toBe(201);
    expect((await t.admin.post(`${base()}/surveys/${survey.id}/links`, { contact: { email: who('maija') } })).status).toBe(201);
    expect((await t.admin.post(`${base()}/surveys/${survey.id}/links`, { contact: { email: who('maija') } })).status).toBe(409);
    const forFree = await t.admin.post(`${base()}/surveys/${survey.id}/links`, { contact: { email: who('free') } });
    expect(forFree.status, JSON.stringify(forFree.body)).toBe(201);
    const check = await t.admin.post(`${base()}/contact-budget/check`, { contactId: byEmail[who('maija')]!.contact.id, surveyId: poll.id });
    expect(check.body).toMatchObject({ isAllowed: false, priority: 'low' });
    const touches = (await t.admin.get(`${base()}/contacts/${byEmail[who('free')]!.contact.id}/touches`)).body.touches;
    expect(touches.map((touch: { channel: string }) => touch.channel)).toEqual(['link', 'email']);
    await t.admin.put(`${base()}/contact-budget`, { budget: { isEnabled: false, limits: [], overrides: [] } });
  });

  it('sends a survey when an event says so, after its delay, once per key, with the order on the response', async () => {
    const delivery = (await t.admin.post(`${base()}/surveys`, { name: 'After delivery', templateId: 'nps' })).body;
    const detail = (await t.admin.get(`${base()}/surveys/${delivery.id}`)).body;
    const definition = { ...detail.definition, hiddenFields: [...detail.definition.hiddenFields, { key: 'order_id' }] };
    const patched = await t.admin.patch(`${base()}/surveys/${delivery.id}`, { definition });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    await t.admin.post(`${base()}/surveys/${delivery.id}/publish`);
    const template = (await t.admin.get(`${base()}/email-templates`)).body.templates.find((tpl: { name: string }) => tpl.name === 'Kysely');
    const trigger = await t.admin.post(`${base()}/distributions`, { kind: 'trigger', name: 'Delivered', surveyId: delivery.id, trigger: { event: 'order.delivered', delayMinutes: 0 }, invitationTemplateId: template.id });
    expect(trigger.body.status).toBe('active');
    const event = { event: 'order.delivered', contact: { externalId: `C-1-${suffix}`, email: who('eeva'), name: 'Eeva Virtanen', language: 'fi' }, context: { order_id: '123' }, key: 'order-123' };
    const first = await t.admin.post(`${base()}/trigger-events`, event);
    expect(first.status).toBe(202);
    expect(first.body.invitations).toHaveLength(1);
    const again = await t.admin.post(`${base()}/trigger-events`, event);
    expect(again.body.invitations.map((i: { id: string }) => i.id)).toEqual(first.body.invitations.map((i: { id: string }) => i.id));
    const mails = await waitFor(() => mailsTo(who('eeva')), (list) => list.length > 0);
    expect(mails[0]!.headers['subject']).toBe('Hei Eeva, tilauksesi 123');
    const typo = await t.admin.post(`${base()}/trigger-events`, { ...event, context: { order: '124' }, key: 'order-124' });
    expect(typo.status).toBe(422);
    expect(typo.body.errors[0].path).toBe('body.context.order');

    const token = tokenOf(linkIn(mails[0]!.raw));
    const response = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${delivery.slug}/responses`, { submissionId: randomUUID(), token, version: 1, language: 'fi', isComplete: true, answers: { nps: 10 } });
    expect(response.status).toBe(201);
    const stored = (await t.admin.get(`${base()}/surveys/${delivery.id}/responses`)).body.items[0];
    expect(stored).toMatchObject({ hidden: { order_id: '123' }, channel: 'email' });
  });

  it('marks an address the mail server refuses as bounced, and a reported bounce too', async () => {
    peer.refuseRecipient(who('ghost'));
    await t.admin.post(`${base()}/contacts`, { email: who('ghost'), name: 'Ghost' });
    const created = await t.admin.post(`${base()}/distributions`, { kind: 'once', name: 'Ghost test', surveyId: survey.id });
    const added = await t.admin.post(`${base()}/distributions/${created.body.id}/recipients`, { contacts: [{ email: who('ghost') }, { email: who('ghost') }, { email: 'not an address' }] });
    expect(added.status).toBe(422);
    expect(added.body.errors[0].path).toBe('body.contacts.2.email');
    expect((await t.admin.post(`${base()}/distributions/${created.body.id}/recipients`, { contacts: [{ email: who('ghost') }, { email: who('ghost') }] })).body).toMatchObject({ added: 1 });
    await t.admin.post(`${base()}/distributions/${created.body.id}/send`, {});
    const [row] = await waitFor(() => invitationsOf(created.body.id), (list) => list[0]?.status === 'bounced');
    expect(row!.lastError).toMatch(/550/);
    const contact = (await t.admin.get(`${base()}/contacts/${row!.contact.id}`)).body;
    expect(contact).toMatchObject({ emailStatus: 'bounced' });
    // A corrected address is mailable again.
    const fixed = await t.admin.patch(`${base()}/contacts/${row!.contact.id}`, { email: who('ghost2') });
    expect(fixed.body).toMatchObject({ emailStatus: null, emailStatusReason: null });
    const reported = await t.admin.post(`${base()}/mail/bounces`, { email: who('jan'), type: 'hard', reason: 'mailbox full for 30 days' });
    expect(reported.body.contacts).toBe(1);
    expect((await t.admin.get(`${base()}/contacts/${(await t.admin.get(`${base()}/contacts?search=jan.`)).body.items[0].id}`)).body.emailStatus).toBe('bounced');
  });

  it('takes recipients from a CSV, reporting bad rows and duplicates by line', async () => {
    const created = await t.admin.post(`${base()}/distributions`, { kind: 'once', name: 'CSV', surveyId: survey.id });
    const csv = `email;name;segment\n${who('csv1')};Csv One;a\nnot-an-email;Broken;b\n${who('csv2')};Csv Two;b\n${who('csv1')};Again;a\n`;
    const upload = await t.admin.post(`${base()}/distributions/${created.body.id}/recipients/imports`, { csv });
    expect(upload.status).toBe(202);
    const done = await waitFor(() => t.admin.get(`${base()}/contacts/imports/${upload.body.id}`).then((r) => r.body), (i) => i.status === 'done');
    expect(done.failures).toEqual([
      { line: 3, problem: expect.stringContaining('email') },
      { line: 5, problem: expect.stringContaining('already a recipient') },
    ]);
    expect((await t.admin.get(`${base()}/distributions/${created.body.id}`)).body.counts).toMatchObject({ draft: 2 });
    const scheduled = await t.admin.post(`${base()}/distributions/${created.body.id}/send`, { at: new Date(Date.now() + 3600_000).toISOString() });
    expect(scheduled.body.status).toBe('scheduled');
    expect(await sendPass()).toMatchObject({ sent: 0 });
    expect(await sendPass(new Date(Date.now() + 2 * 3600_000))).toMatchObject({ sent: 2 });
  });

  it('retries a busy mail server with backoff, and never resends one a stopped server left mid-send', async () => {
    const created = await t.admin.post(`${base()}/distributions`, { kind: 'once', name: 'Retry', surveyId: survey.id, reminders: { afterDays: 3, maxReminders: 0 } });
    await t.admin.post(`${base()}/distributions/${created.body.id}/recipients`, { contacts: [{ email: who('busy') }, { email: who('stuck') }] });
    const { db } = t.kuulo.services;
    // Held back from the queue's own sender: due only in an hour.
    const later = new Date(Date.now() + 3600_000);
    await t.admin.post(`${base()}/distributions/${created.body.id}/send`, { at: later.toISOString() });
    const busy = who('busy');
    const stuck = who('stuck');
    // A server stopped after claiming "stuck" and before the mail server answered.
    await db.execute(sql`update invitations set status = 'sending', due_at = ${new Date(later.getTime() - 11 * 60_000).toISOString()}::timestamptz where lower(email) = ${stuck}`);
    peer.refuse(1);
    const before = peer.received.length;
    expect(await sendPass(later)).toMatchObject({ sent: 0, retried: 1 });
    let rows = Object.fromEntries((await invitationsOf(created.body.id)).map((row) => [row.email, row]));
    expect(rows[busy]).toMatchObject({ status: 'queued', lastError: expect.stringContaining('busy') });
    expect(rows[stuck]).toMatchObject({ status: 'failed', lastError: expect.stringContaining('interrupted') });
    expect(await sendPass(new Date(later.getTime() + 2 * 60_000))).toMatchObject({ sent: 1 });
    rows = Object.fromEntries((await invitationsOf(created.body.id)).map((row) => [row.email, row]));
    expect(rows[busy]).toMatchObject({ status: 'sent', lastError: null });
    expect(peer.received.slice(before).map((m) => m.to[0])).toEqual([busy]);
  });

  it("calls the survey by its title in the recipient's language, never by the team's name for it: subjects, bodies, buttons, reminders, previews", async () => {
    const named = (await t.admin.post(`${base()}/surveys`, { name: 'NPS Suomi 2026', templateId: 'nps' })).body;
    await t.admin.post(`${base()}/surveys/${named.id}/publish`);
    const titled = (text: string) => ({ subject: `{{survey.name}}: ${text}`, body: `"{{survey.name}}"\n\n{{survey.link}}`, buttonLabel: 'Open {{survey.name}}' });
    const invitation = await t.admin.post(`${base()}/email-templates`, { name: 'Titled', kind: 'invitation', translations: { fi: titled('kerro mielipiteesi'), en: titled('tell us') } });
    const reminder = await t.admin.post(`${base()}/email-templates`, { name: 'Titled reminder', kind: 'reminder', translations: { fi: titled('muistutus'), en: titled('reminder') } });
    const created = await t.admin.post(`${base()}/distributions`, {
      kind: 'once', name: 'Titles', surveyId: named.id, invitationTemplateId: invitation.body.id, reminderTemplateId: reminder.body.id, reminders: { afterDays: 3, maxReminders: 1 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await t.admin.post(`${base()}/distributions/${created.body.id}/recipients`, { contacts: [{ email: who('aino'), name: 'Aino', language: 'fi' }, { email: who('sven'), name: 'Sven', language: 'sv' }] });
    await t.admin.post(`${base()}/distributions/${created.body.id}/send`, {});
    await waitFor(() => t.admin.get(`${base()}/distributions/${created.body.id}`).then((r) => r.body), (d) => d.status === 'sent');
    const [finnish] = mailsTo(who('aino'));
    expect(finnish!.headers['subject']).toBe('Asiakaskysely: kerro mielipiteesi');
    expect(finnish!.text).toContain('"Asiakaskysely"');
    expect(finnish!.raw.replace(/=\r?\n/g, '')).toContain('Open Asiakaskysely');
    // No Swedish template nor Swedish survey: the survey's default language, English, for both.
    const [swedish] = mailsTo(who('sven'));
    expect(swedish!.headers['subject']).toBe('Customer survey: tell us');
    expect(await sendPass(new Date(Date.now() + 4 * 86_400_000))).toMatchObject({ reminders: expect.any(Number) });
    expect(mailsTo(who('aino')).map((mail) => mail.headers['subject'])).toEqual(['Asiakaskysely: kerro mielipiteesi', 'Asiakaskysely: muistutus']);
    const preview = await t.admin.post(`${base()}/email-templates/preview`, { surveyId: named.id, language: 'pl' });
    expect(preview.body.text).toContain('Ankieta „Ankieta dla klientów”');
    for (const text of [...[...mailsTo(who('aino')), ...mailsTo(who('sven'))].map((mail) => mail.raw), preview.body.subject, preview.body.text, preview.body.html]) expect(text).not.toContain('NPS Suomi');
  });

  it('never lets another workspace read its distributions', async () => {
    const [distribution] = (await t.admin.get(`${base()}/distributions`)).body.distributions;
    const other = (await t.admin.post('/api/v1/workspaces', { name: 'Other' })).body;
    expect((await t.admin.get(`/api/v1/workspaces/${other.id}/distributions/${distribution.id}`)).status).toBe(404);
  });
});
