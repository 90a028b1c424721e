import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';

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
    expect(stored.rows).toEqual([{ channel: 'widget', context }]);
  });
});
