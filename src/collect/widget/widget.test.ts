import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { signIdentity } from './identity.js';

describe.each(testDatabases())('the website widget\'s server side on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const surveys = (path = '') => `/api/v1/workspaces/${t.workspaceId}/surveys${path}`;

  it('lists only published, open surveys whose widget is on, with their triggers', async () => {
    const shown = (await t.admin.post(surveys(), { name: 'Checkout NPS', templateId: 'nps' })).body;
    const widget = { isEnabled: true, pages: [{ match: 'contains', value: '/checkout' }], when: { type: 'event', name: 'checkout_done' }, targeting: [{ attribute: 'plan', op: 'eq', value: 'pro' }], samplePercent: 25, recontactDays: 30 };
    expect((await t.admin.patch(surveys(`/${shown.id}`), { settings: { widget } })).status).toBe(200);
    await t.admin.post(surveys(`/${shown.id}/publish`));
    const hiddenByDefault = (await t.admin.post(surveys(), { name: 'Not in widget', templateId: 'csat' })).body;
    await t.admin.post(surveys(`/${hiddenByDefault.id}/publish`));
    const closed = (await t.admin.post(surveys(), { name: 'Closed', templateId: 'csat' })).body;
    await t.admin.patch(surveys(`/${closed.id}`), { settings: { widget: { isEnabled: true } } });
    await t.admin.post(surveys(`/${closed.id}/publish`));
    await t.admin.post(surveys(`/${closed.id}/close`));
    await t.admin.patch(`/api/v1/workspaces/${t.workspaceId}/collect-settings`, { widgetCooldownDays: 21 });

    const config = await t.kuulo.app.inject({ method: 'GET', url: `/api/v1/public/widget/${t.workspaceId}/config`, headers: { origin: 'https://shop.example' } });
    expect(config.headers['access-control-allow-origin']).toBe('*');
    expect(config.json()).toEqual({
      cooldownDays: 21,
      surveys: [{ surveyId: shown.id, slug: shown.slug, version: 1, triggers: { pages: widget.pages, when: widget.when }, targeting: widget.targeting, samplePercent: 25, recontactDays: 30 }],
    });
    expect((await t.kuulo.app.inject({ method: 'GET', url: `/api/v1/public/widget/${randomUUID()}/config` })).statusCode).toBe(404);
  });

  it('refuses widget settings it could not follow, and answers CORS preflights', async () => {
    const survey = (await t.admin.post(surveys(), { name: 'Bad widget', templateId: 'csat' })).body;
    const bad = await t.admin.patch(surveys(`/${survey.id}`), { settings: { widget: { isEnabled: true, pages: [{ match: 'regex', value: '([' }], samplePercent: 150 } } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.settings.widget.pages.0.value', 'body.settings.widget.samplePercent']);
    const preflight = await t.kuulo.app.inject({ method: 'OPTIONS', url: `/api/v1/public/surveys/${survey.slug}/responses`, headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type');
  });

  it('keeps the page and the identity the widget reports with the response', async () => {
    const survey = (await t.admin.post(surveys(), { name: 'Context', templateId: 'csat' })).body;
    await t.admin.post(surveys(`/${survey.id}/publish`));
    const context = { pageUrl: 'https://shop.example/checkout/done', identity: { id: 'cust-7', attributes: { plan: 'pro', seats: 12 } } };
    const sent = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, { submissionId: randomUUID(), version: 1, language: 'en', isComplete: true, channel: 'widget', answers: { csat: 4 }, context });
    expect(sent.status).toBe(201);
    const stored = await t.kuulo.services.database.execute('SELECT channel, context FROM responses WHERE survey_id = $1', [survey.id]);
    expect(stored.rows).toEqual([{ channel: 'widget', context: { ...context, identity: { ...context.identity, isVerified: false } } }]);
  });

  it('verifies identities signed with the workspace secret and links them to the contact', async () => {
    const settingsPath = `/api/v1/workspaces/${t.workspaceId}/collect-settings`;
    expect((await t.admin.patch(settingsPath, { requireVerifiedIdentity: true })).body.errors).toEqual([{ path: 'body.requireVerifiedIdentity', problem: expect.stringContaining('identity secret') }]);
    const created = await t.admin.post(`${settingsPath}/identity-secret`);
    expect(created.body).toMatchObject({ secret: expect.stringMatching(/^kis_/), identityVerification: { isOn: true, requireVerified: false } });
    const secret: string = created.body.secret;
    expect(JSON.stringify((await t.admin.get(settingsPath)).body)).not.toContain(secret);
    const contact = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/contacts`, { externalId: 'cust-9', email: 'nine@example.com' })).body;

    const survey = (await t.admin.post(surveys(), { name: 'Verified', templateId: 'csat' })).body;
    await t.admin.post(surveys(`/${survey.id}/publish`));
    const send = (identity: object) =>
      new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, { submissionId: randomUUID(), version: 1, language: 'en', isComplete: true, channel: 'widget', answers: { csat: 5 }, context: { identity } });
    const stored = async () => (await t.kuulo.services.database.execute('SELECT contact_id, context FROM responses WHERE survey_id = $1 ORDER BY started_at DESC LIMIT 1', [survey.id])).rows[0];

    expect((await send({ id: 'cust-9', attributes: { plan: 'pro' }, signature: signIdentity(secret, 'cust-9') })).status).toBe(201);
    expect(await stored()).toEqual({ contact_id: contact.id, context: { identity: { id: 'cust-9', attributes: { plan: 'pro' }, isVerified: true } } });
    await send({ id: 'cust-9', signature: signIdentity(secret, 'someone-else') });
    expect(await stored()).toEqual({ contact_id: null, context: { identity: { id: 'cust-9', isVerified: false } } });

    await t.admin.patch(settingsPath, { requireVerifiedIdentity: true });
    expect((await send({ id: 'cust-9' })).status).toBe(201);
    expect(await stored()).toEqual({ contact_id: null, context: {} });

    // Turning verification off keeps identities as told, unverified, again.
    const off = await t.admin.delete(`${settingsPath}/identity-secret`);
    expect(off.body.identityVerification).toEqual({ isOn: false, secretCreatedAt: null, requireVerified: false });
    await send({ id: 'cust-9', signature: signIdentity(secret, 'cust-9') });
    expect(await stored()).toEqual({ contact_id: null, context: { identity: { id: 'cust-9', isVerified: false } } });
    const audit = await t.kuulo.services.database.execute("SELECT action FROM audit_log WHERE action LIKE 'widget.%' ORDER BY created_at", []);
    expect(audit.rows.map((row) => row.action)).toEqual(['widget.identity_secret_created', 'widget.identity_secret_removed']);
  });
});
