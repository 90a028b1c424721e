import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiAgent, setUpKuulo } from './api-agent.js';
import { testDatabases } from './databases.js';
import { buildTestKuulo, type TestKuulo } from './kuulo.js';
import { waitFor } from './wait-for.js';

/**
 * Every workspace route, called by workspace A's owner and by A's API key, with workspace B's
 * ids in the URL, must answer 403 or 404 and change nothing. New routes are covered as they
 * are added; a route whose parameter has no fixture here fails the test until one is given.
 */

/** A complete CSAT response with a comment, so workspace B has a comment of its own. */
const csatAnswersWithComment = { csat: 2, went_wrong: 'The parcel arrived broken.' };

/** Path parameters that name no one's data (a metric, not a record), so A may use them in A's workspace. */
const notOwned = new Set(['metric']);

/** A valid body for each write route, so the check reaches the store instead of stopping at validation. */
const sampleBodies: Record<string, unknown> = {
  'PATCH /api/v1/workspaces/:workspaceId': { name: 'Taken over' },
  'POST /api/v1/workspaces/:workspaceId/members': { email: 'intruder@example.com', name: 'Intruder', role: 'owner', password: 'intruder password' },
  'PATCH /api/v1/workspaces/:workspaceId/members/:userId': { role: 'viewer' },
  'POST /api/v1/workspaces/:workspaceId/invitations': { email: 'intruder@example.com', role: 'owner' },
  'POST /api/v1/workspaces/:workspaceId/invitations/:invitationId/resend': {},
  'POST /api/v1/workspaces/:workspaceId/api-keys': { name: 'stolen', scopes: ['workspace.read'] },
  'POST /api/v1/workspaces/:workspaceId/surveys': { name: 'Planted', templateId: 'nps' },
  'PATCH /api/v1/workspaces/:workspaceId/surveys/:surveyId': { name: 'Renamed' },
  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/publish': {},
  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/close': {},
  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/links': { contact: { email: 'x@example.com' } },
  'PATCH /api/v1/workspaces/:workspaceId/collect-settings': { widgetCooldownDays: 1 },
  'POST /api/v1/workspaces/:workspaceId/collect-settings/identity-secret': {},
  'PATCH /api/v1/workspaces/:workspaceId/insights/settings': { minResponses: 3 },
  'POST /api/v1/workspaces/:workspaceId/insights/rebuild': {},
  'POST /api/v1/workspaces/:workspaceId/webhooks': { url: 'https://attacker.example/hook' },
  'POST /api/v1/workspaces/:workspaceId/mail/test': { to: 'attacker@example.com' },
  'PATCH /api/v1/workspaces/:workspaceId/webhooks/:endpointId': { url: 'https://attacker.example/hook' },
  'POST /api/v1/workspaces/:workspaceId/webhooks/:endpointId/rotate-secret': {},
  'POST /api/v1/workspaces/:workspaceId/webhooks/:endpointId/test': {},
  'POST /api/v1/workspaces/:workspaceId/webhooks/:endpointId/deliveries/:deliveryId/resend': {},
  'POST /api/v1/workspaces/:workspaceId/contacts': { email: 'planted@example.com' },
  'PATCH /api/v1/workspaces/:workspaceId/contacts/:contactId': { name: 'Renamed' },
  'POST /api/v1/workspaces/:workspaceId/contacts/imports': { csv: 'email\nplanted@example.com' },
  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/reopen': {},
  'POST /api/v1/workspaces/:workspaceId/alert-rules': { kind: 'response', name: 'Planted', condition: { tests: [{ field: 'csat_problem' }] }, actions: [{ type: 'webhook' }] },
  'PUT /api/v1/workspaces/:workspaceId/alert-rules/:ruleId': { kind: 'response', name: 'Taken over', condition: { tests: [{ field: 'csat_problem' }] }, actions: [{ type: 'webhook' }] },
  'POST /api/v1/workspaces/:workspaceId/alert-rules/:ruleId/replay': { since: '2020-01-01T00:00:00Z' },
  'PATCH /api/v1/workspaces/:workspaceId/respond-settings': { restrictAgentsToTeams: true },
  'POST /api/v1/workspaces/:workspaceId/teams': { name: 'Planted' },
  'PATCH /api/v1/workspaces/:workspaceId/teams/:teamId': { name: 'Taken over' },
  'POST /api/v1/workspaces/:workspaceId/cases': { title: 'Planted' },
  'POST /api/v1/workspaces/:workspaceId/cases/bulk': { caseIds: ['00000000-0000-7000-8000-000000000000'], close: { rootCause: 'other', resolution: 'Taken over' } },
  'PATCH /api/v1/workspaces/:workspaceId/cases/:caseId': { priority: 'low' },
  'POST /api/v1/workspaces/:workspaceId/cases/:caseId/notes': { text: 'Planted' },
  'POST /api/v1/workspaces/:workspaceId/cases/:caseId/replies': { subject: 'Phish', body: 'Click here' },
  'POST /api/v1/workspaces/:workspaceId/cases/:caseId/actions': { actionId: 'replacement' },
  'POST /api/v1/workspaces/:workspaceId/cases/:caseId/close': { rootCause: 'other', resolution: 'Taken over' },
  'POST /api/v1/workspaces/:workspaceId/cases/:caseId/reopen': { reason: 'Taken over' },
  'POST /api/v1/workspaces/:workspaceId/email-templates': { name: 'Planted', kind: 'invitation', translations: { en: { subject: 'Hi', body: '{{survey.link}}' } } },
  'POST /api/v1/workspaces/:workspaceId/email-templates/preview': { templateId: 'builtin-invitation', surveyId: '00000000-0000-7000-8000-000000000000' },
  'PUT /api/v1/workspaces/:workspaceId/email-templates/:templateId': { name: 'Taken over', kind: 'invitation', translations: { en: { subject: 'Hi', body: '{{survey.link}}' } } },
  'POST /api/v1/workspaces/:workspaceId/distributions': { kind: 'once', name: 'Planted', surveyId: '00000000-0000-7000-8000-000000000000' },
  'POST /api/v1/workspaces/:workspaceId/distributions/audience': { audience: { kind: 'all' } },
  'PUT /api/v1/workspaces/:workspaceId/distributions/:distributionId': { kind: 'once', name: 'Taken over', surveyId: '00000000-0000-7000-8000-000000000000' },
  'POST /api/v1/workspaces/:workspaceId/distributions/:distributionId/recipients': { contacts: [{ email: 'planted@example.com' }] },
  'POST /api/v1/workspaces/:workspaceId/distributions/:distributionId/recipients/imports': { csv: 'email\nplanted@example.com' },
  'POST /api/v1/workspaces/:workspaceId/distributions/:distributionId/send': {},
  'POST /api/v1/workspaces/:workspaceId/distributions/:distributionId/cancel': {},
  'POST /api/v1/workspaces/:workspaceId/distributions/:distributionId/pause': {},
  'POST /api/v1/workspaces/:workspaceId/distributions/:distributionId/resume': {},
  'POST /api/v1/workspaces/:workspaceId/trigger-events': { event: 'order.delivered', contact: { email: 'planted@example.com' } },
  'POST /api/v1/workspaces/:workspaceId/mail/bounces': { email: 'customer@other.example', type: 'complaint' },
  'PUT /api/v1/workspaces/:workspaceId/contact-budget': { budget: { isEnabled: true, limits: [{ maxTouches: 0, withinDays: 365 }], overrides: [] } },
  'PUT /api/v1/workspaces/:workspaceId/insights/comments/:commentId/sentiment': { label: 'positive' },
  'POST /api/v1/workspaces/:workspaceId/insights/text/backfill': {},
  'POST /api/v1/workspaces/:workspaceId/insights/text/models/train': {},
  'POST /api/v1/workspaces/:workspaceId/insights/topics': { name: 'Planted', examples: { en: ['delivery'] } },
  'PUT /api/v1/workspaces/:workspaceId/insights/topics/:topicId': { name: 'Taken over', examples: { en: ['delivery'] } },
  'POST /api/v1/workspaces/:workspaceId/contact-budget/check': { contactId: '00000000-0000-7000-8000-000000000000', surveyId: '00000000-0000-7000-8000-000000000000' },
};

describe.each(testDatabases())('tenant isolation on $name', (database) => {
  let kuulo: TestKuulo;
  let ownerA: ApiAgent;
  let keyA: ApiAgent;
  let workspaceA: string;
  const fixturesB: Record<string, string> = {};

  beforeAll(async () => {
    kuulo = await buildTestKuulo(await database.config());
    ({ admin: ownerA, workspaceId: workspaceA } = await setUpKuulo(kuulo));
    const allScopes = (await ownerA.get('/api/v1/meta')).body.apiKeyScopes;
    keyA = new ApiAgent(kuulo, { apiKey: (await ownerA.post(`/api/v1/workspaces/${workspaceA}/api-keys`, { name: 'A', scopes: allScopes })).body.secret });

    // Workspace B belongs to someone else entirely.
    const workspaceB = (await ownerA.post('/api/v1/workspaces', { name: 'Other Company' })).body.id;
    const memberB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/members`, { email: 'bea@other.example', name: 'Bea', role: 'owner', password: 'bea password 123' });
    const invitationB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/invitations`, { email: 'cleo@other.example', role: 'analyst' });
    const keyB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/api-keys`, { name: 'B', scopes: ['workspace.read'] });
    const surveyB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/surveys`, { name: 'B survey', templateId: 'csat' });
    const contactB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/contacts`, { email: 'customer@other.example' });
    const importB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/contacts/imports`, { csv: 'email\nsecond@other.example' });
    const endpointB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/webhooks`, { url: 'https://hooks.other.example/kuulo' });
    const deliveryB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/webhooks/${endpointB.body.id}/test`);
    const mailB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/mail/test`, { to: 'ops@other.example' });
    const teamB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/teams`, { name: 'B team' });
    const ruleB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/alert-rules`, { kind: 'response', name: 'B rule', condition: { tests: [{ field: 'csat_problem' }] }, actions: [{ type: 'webhook' }] });
    await ownerA.post(`/api/v1/workspaces/${workspaceB}/surveys/${surveyB.body.id}/publish`);
    const templateB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/email-templates`, { name: 'B template', kind: 'invitation', translations: { en: { subject: 'Hi', body: '{{survey.link}}' } } });
    const distributionB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/distributions`, { kind: 'once', name: 'B send', surveyId: surveyB.body.id });
    const caseB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/cases`, { title: 'B case', contactId: contactB.body.id, teamId: teamB.body.id });
    const topicB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/insights/topics`, { name: 'B topic', examples: { en: ['delivery'] } });
    const linkB = await ownerA.post(`/api/v1/workspaces/${workspaceB}/surveys/${surveyB.body.id}/links`, { contact: { email: 'customer@other.example' }, ignoreContactBudget: true });
    const surveyBSlug = surveyB.body.slug as string;
    const responseB = await new ApiAgent(kuulo).post(`/api/v1/public/surveys/${surveyBSlug}/responses`, { submissionId: randomUUID(), token: linkB.body.token, version: 1, language: 'en', isComplete: true, answers: csatAnswersWithComment });
    const commentB = await waitFor(() => ownerA.get(`/api/v1/workspaces/${workspaceB}/insights/comments?q=parcel`).then((r) => r.body.items?.[0]), (item) => !!item);
    expect(responseB.status, JSON.stringify(responseB.body)).toBe(201);
    const ownerId = (await ownerA.get('/api/v1/session')).body.user.id;
    await ownerA.delete(`/api/v1/workspaces/${workspaceB}/members/${ownerId}`);
    Object.assign(fixturesB, { workspaceId: workspaceB, userId: memberB.body.userId, invitationId: invitationB.body.id, keyId: keyB.body.apiKey.id, surveyId: surveyB.body.id, version: '1', contactId: contactB.body.id, importId: importB.body.id, metric: 'nps', endpointId: endpointB.body.id, deliveryId: deliveryB.body.deliveryId, messageId: mailB.body.id, teamId: teamB.body.id, ruleId: ruleB.body.id, caseId: caseB.body.id, templateId: templateB.body.id, distributionId: distributionB.body.id, topicId: topicB.body.id, commentId: commentB.id });
    expect((await ownerA.get(`/api/v1/workspaces/${workspaceB}`)).status).toBe(404);
  });
  afterAll(async () => {
    await kuulo?.close();
    await database.cleanup();
  });

  it('answers 403 or 404 on every workspace route for the other workspace\'s ids', async () => {
    const routes = kuulo.routes.filter((route) => route.url.includes(':workspaceId') && route.access.kind !== 'public');
    // A public route naming a workspace shows that workspace's data to anyone: each must be meant to.
    const publicOnes = kuulo.routes.filter((route) => route.url.includes(':workspaceId') && route.access.kind === 'public').map((route) => `${route.method} ${route.url}`);
    // The widget's ask answers only yes or no, and only spends a contact's budget for a signed identity.
    expect(publicOnes).toEqual(['GET /api/v1/public/widget/:workspaceId/config', 'POST /api/v1/public/widget/:workspaceId/ask']);
    expect(routes.length).toBeGreaterThanOrEqual(9);
    const leaks: string[] = [];
    for (const route of routes) {
      const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      for (const name of params) expect(fixturesB[name], `no fixture for :${name} in ${route.url}`).toBeDefined();
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : sampleBodies[`${route.method} ${route.url}`];
      if (route.method !== 'GET' && route.method !== 'DELETE') expect(body, `no sample body for ${route.method} ${route.url}`).toBeDefined();

      // B's workspace with B's resources, and A's own workspace with B's resources.
      const urls = [route.url.replace(/:(\w+)/g, (_, name: string) => fixturesB[name]!)];
      if (params.some((name) => name !== 'workspaceId' && !notOwned.has(name))) urls.push(route.url.replace(/:(\w+)/g, (_, name: string) => (name === 'workspaceId' ? workspaceA : fixturesB[name]!)));
      for (const url of urls) {
        for (const [who, agent] of [['owner of A', ownerA], ['API key of A', keyA]] as const) {
          const response = await agent.request(route.method, url, body);
          if (![403, 404].includes(response.status)) leaks.push(`${who}: ${route.method} ${url} answered ${response.status}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('left workspace B as it was', async () => {
    const bea = new ApiAgent(kuulo, { ip: '10.9.9.9' });
    expect((await bea.signIn('bea@other.example', 'bea password 123')).status).toBe(200);
    const workspace = await bea.get(`/api/v1/workspaces/${fixturesB.workspaceId}`);
    expect(workspace.body.name).toBe('Other Company');
    const members = (await bea.get(`/api/v1/workspaces/${fixturesB.workspaceId}/members`)).body.items;
    expect(members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`)).toEqual(['bea@other.example:owner']);
    const keys = (await bea.get(`/api/v1/workspaces/${fixturesB.workspaceId}/api-keys`)).body.items;
    expect(keys.map((k: { name: string; revokedAt: string | null }) => `${k.name}:${k.revokedAt}`)).toEqual(['B:null']);
    const surveys = (await bea.get(`/api/v1/workspaces/${fixturesB.workspaceId}/surveys`)).body.items;
    expect(surveys.map((s: { name: string; status: string }) => `${s.name}:${s.status}`)).toEqual(['B survey:open']);
    const distributions = (await bea.get(`/api/v1/workspaces/${fixturesB.workspaceId}/distributions`)).body.distributions;
    expect(distributions.map((d: { name: string; status: string }) => `${d.name}:${d.status}`)).toEqual(['B send:draft']);
    expect((await bea.get(`/api/v1/workspaces/${fixturesB.workspaceId}/contact-budget`)).body.budget.isEnabled).toBe(false);
    const contact = (await bea.get(`/api/v1/workspaces/${fixturesB.workspaceId}/contacts/${fixturesB.contactId}`)).body;
    expect(contact).toMatchObject({ unsubscribedAt: null, emailStatus: null });
    const caseB = (await bea.get(`/api/v1/workspaces/${fixturesB.workspaceId}/cases/${fixturesB.caseId}`)).body;
    expect(caseB).toMatchObject({ title: 'B case', status: 'new', priority: 'normal', teamName: 'B team', timeline: [expect.objectContaining({ type: 'opened' })] });
    expect((await bea.get(`/api/v1/workspaces/${fixturesB.workspaceId}/alert-rules`)).body.items.map((r: { name: string }) => r.name)).toEqual(['B rule']);
  });
});
