import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiAgent } from '../../test/api-agent.js';
import { testDatabases } from '../../test/databases.js';
import { waitFor } from '../../test/wait-for.js';
import { useTestKuulo } from '../../test/kuulo.js';

describe.each(testDatabases())('the closed loop on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;
  const people: Record<string, { id: string; agent: ApiAgent }> = {};
  let survey: { id: string; slug: string };
  let ruleId: string;
  let teamId: string;

  const member = async (name: string, role: string) => {
    const email = `${name.toLowerCase()}@acme.example`;
    const created = await t.admin.post(`${base()}/members`, { email, name, role, password: `${name} password 123` });
    expect(created.status).toBe(201);
    const agent = new ApiAgent(t.kuulo, { ip: `10.0.0.${Object.keys(people).length + 10}` });
    expect((await agent.signIn(email, `${name} password 123`)).status).toBe(200);
    people[name] = { id: created.body.userId, agent };
  };
  /** A customer answers through their personal link. */
  const answer = async (contact: object, nps: number, comment?: string) => {
    const link = await t.admin.post(`${base()}/surveys/${survey.id}/links`, { contact, isSingleUse: false });
    const response = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, {
      submissionId: randomUUID(),
      token: link.body.token,
      version: 1,
      language: 'fi',
      isComplete: true,
      answers: { nps, ...(comment ? { improve: comment } : {}) },
    });
    expect(response.status).toBe(201);
    return { responseId: response.body.responseId as string, contactId: link.body.contactId as string };
  };
  const cases = async (agent: ApiAgent, query = '') => (await agent.get(`${base()}/cases${query}`)).body;

  beforeAll(async () => {
    await member('Alice', 'agent');
    await member('Bob', 'agent');
    await member('Carl', 'agent');
    await member('Mia', 'manager');
    const team = await t.admin.post(`${base()}/teams`, { name: 'Service', leadUserId: people['Mia']!.id, memberUserIds: [people['Alice']!.id, people['Bob']!.id] });
    expect(team.status).toBe(201);
    teamId = team.body.id;
    survey = (await t.admin.post(`${base()}/surveys`, { name: 'Relationship NPS', templateId: 'nps' })).body;
    await t.admin.post(`${base()}/surveys/${survey.id}/publish`);
    const rule = await t.admin.post(`${base()}/alert-rules`, {
      kind: 'response',
      name: 'Detractors',
      condition: { match: 'all', tests: [{ field: 'nps', op: 'lte', value: 6 }] },
      actions: [{ type: 'open_case', priority: 'high', slaHours: 4, assign: { kind: 'team', teamId, roundRobin: true } }, { type: 'tag', tag: 'detractor' }, { type: 'webhook' }],
    });
    expect(rule.status).toBe(201);
    ruleId = rule.body.id;
    const late = await t.admin.post(`${base()}/alert-rules`, {
      kind: 'response',
      name: 'Late deliveries',
      condition: { match: 'all', tests: [{ field: 'answer', question: 'improve', op: 'contains', value: 'myöhästyi' }] },
      actions: [{ type: 'open_case', priority: 'urgent' }],
    });
    expect(late.status).toBe(201);
  });

  it('refuses a rule that cannot work, naming each field', async () => {
    const refused = await t.admin.post(`${base()}/alert-rules`, {
      kind: 'response',
      name: '',
      condition: { match: 'all', tests: [{ field: 'nps', op: 'lte', value: 11 }] },
      actions: [],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.actions', 'body.condition.tests.0.value', 'body.name']);
    const agentTries = await people['Alice']!.agent.post(`${base()}/alert-rules`, { kind: 'response', name: 'x', condition: { tests: [{ field: 'csat_problem' }] }, actions: [{ type: 'webhook' }] });
    expect(agentTries.status).toBe(403);
  });

  it('opens a case for each detractor, in turn within the team, and none for a promoter', async () => {
    const first = await answer({ email: 'maija@example.fi', name: 'Maija', language: 'fi' }, 2, 'Toimitus myöhästyi viikon.');
    await answer({ email: 'pekka@example.fi', name: 'Pekka', language: 'fi' }, 10);
    const second = await answer({ email: 'jan@example.pl', name: 'Jan', language: 'pl' }, 5);
    const all = await waitFor(() => cases(t.admin), (list) => list.items.length >= 2);
    expect(all.items).toHaveLength(2);
    const byContact = new Map(all.items.map((c: { contact: { id: string } }) => [c.contact.id, c]));
    const maija = byContact.get(first.contactId) as Record<string, unknown>;
    // Both rules matched Maija's answer: one case, at the higher priority.
    expect(maija).toMatchObject({ status: 'new', priority: 'urgent', teamId, teamName: 'Service', ruleName: 'Detractors', surveyName: 'Relationship NPS', isBreached: false });
    expect(maija['context']).toMatchObject({ scores: { nps: 2 }, comment: 'Toimitus myöhästyi viikon.' });
    expect([maija['ownerUserId'], (byContact.get(second.contactId) as Record<string, unknown>)['ownerUserId']]).toEqual([people['Alice']!.id, people['Bob']!.id]);
    expect(maija['timeLeftSeconds']).toBeGreaterThan(3 * 3600);
    const rules = (await t.admin.get(`${base()}/alert-rules`)).body.items;
    expect(rules[0]).toMatchObject({ id: ruleId, firings: 2 });
    // Each owner was told by mail, and the response is tagged.
    const mail = (await t.admin.get(`${base()}/mail`)).body.items.map((m: { to: string; subject: string }) => `${m.to}: ${m.subject}`);
    expect(mail).toEqual(expect.arrayContaining([expect.stringMatching(/^alice@acme.example: Case \d+ is yours/), expect.stringMatching(/^bob@acme.example: Case \d+ is yours/)]));
  });

  it("lets an agent work their case: reply in the customer's language, act within limits, close with a root cause", async () => {
    const alice = people['Alice']!.agent;
    const mine = await cases(alice, '?view=mine');
    expect(mine.items).toHaveLength(1);
    expect(mine.counts).toMatchObject({ mine: 1, team: 2 });
    const caseId = mine.items[0].id;

    const draft = await alice.get(`${base()}/cases/${caseId}/reply-draft?templateId=apology`);
    expect(draft.body).toMatchObject({ to: 'maija@example.fi', language: 'fi' });
    expect(draft.body.body).toContain('Hei Maija');
    expect(draft.body.body).toContain('Alice');
    // The customer knows the survey by its title in their language, not by the team's name for it.
    const { replyTemplates } = (await t.admin.get(`${base()}/respond-settings`)).body;
    const aboutSurvey = { id: 'about_survey', name: 'About the survey', subject: { fi: 'Vastauksesi: {{survey.name}}', en: 'Your answer: {{survey.name}}' }, body: { fi: 'Kiitos vastauksestasi kyselyyn {{survey.name}}.', en: 'Thank you for answering {{survey.name}}.' } };
    expect((await t.admin.patch(`${base()}/respond-settings`, { replyTemplates: [...replyTemplates, aboutSurvey] })).status).toBe(200);
    const titled = (await alice.get(`${base()}/cases/${caseId}/reply-draft?templateId=about_survey`)).body;
    expect(titled).toMatchObject({ language: 'fi', subject: 'Vastauksesi: Asiakaskysely', body: 'Kiitos vastauksestasi kyselyyn Asiakaskysely.' });
    const replied = await alice.post(`${base()}/cases/${caseId}/replies`, { subject: draft.body.subject, body: draft.body.body, language: 'fi' });
    expect(replied.status).toBe(201);
    expect(replied.body.case).toMatchObject({ status: 'in_progress', firstRespondedAt: expect.any(String) });
    const sent = (await t.admin.get(`${base()}/mail/${replied.body.mailId}`)).body;
    expect(sent).toMatchObject({ to: 'maija@example.fi', replyTo: 'alice@acme.example' });

    const tooMuch = await alice.post(`${base()}/cases/${caseId}/actions`, { actionId: 'goodwill_credit', amount: 80 });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.errors).toEqual([{ path: 'body.amount', problem: 'is over your limit of 50 EUR for "Goodwill credit"' }]);
    const credit = await alice.post(`${base()}/cases/${caseId}/actions`, { actionId: 'goodwill_credit', amount: 40, note: 'Late delivery' });
    expect(credit.status).toBe(201);
    const events = await t.kuulo.services.database.execute("SELECT data FROM domain_events WHERE type = 'case.action_taken'");
    expect(events.rows[0]!['data']).toMatchObject({ caseId, action: { id: 'goodwill_credit', amount: 40, unit: 'EUR', takenBy: { role: 'agent' } } });

    const noCause = await alice.post(`${base()}/cases/${caseId}/close`, { rootCause: 'weather', resolution: 'Credited' });
    expect(noCause.status).toBe(422);
    expect(noCause.body.errors[0].path).toBe('body.rootCause');
    const closed = await alice.post(`${base()}/cases/${caseId}/close`, { rootCause: 'delivery', resolution: 'Credited 40 EUR and apologised' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', rootCause: 'delivery', isSlaMet: true, mayWork: true });
    expect(closed.body.timeline.map((e: { type: string }) => e.type)).toEqual(['opened', 'rule_matched', 'reply', 'status', 'action', 'closed']);
    expect(closed.body.timeline[1]).toMatchObject({ actorLabel: 'Rule "Late deliveries"', data: { reasons: ['answer improve contains myöhästyi'], priorityFrom: 'high', priorityTo: 'urgent' } });

    const figures = (await t.admin.get(`${base()}/cases/figures`)).body;
    expect(figures).toMatchObject({ opened: 2, closed: 1, open: 1, firstResponse: { count: 1 }, timeToClose: { count: 1 }, slaMet: { percent: 100, met: 1, total: 1 }, rootCauses: [{ id: 'delivery', label: 'Delivery or logistics', count: 1 }] });
    expect(figures.recovery).toEqual({ percent: 0, recovered: 0, detractors: 2 });

    const reopened = await alice.post(`${base()}/cases/${caseId}/reopen`, { reason: 'Customer wrote again' });
    expect(reopened.body).toMatchObject({ status: 'in_progress', rootCause: null });
  });

  it('tags the responses its rule fired on, for everyone reading responses', async () => {
    const responses = (await t.admin.get(`${base()}/surveys/${survey.id}/responses`)).body.items;
    expect(responses.map((r: { answers: { nps: number }; tags: string[] }) => `${r.answers.nps}:${r.tags.join(',')}`).sort()).toEqual(['10:', '2:detractor', '5:detractor']);
  });

  it('sends the recovery survey on closing, as a personal link for the customer', async () => {
    const recovery = (await t.admin.post(`${base()}/surveys`, { name: 'How did we do?', templateId: 'csat' })).body;
    expect((await t.admin.patch(`${base()}/respond-settings`, { recoverySurveyId: recovery.id })).status).toBe(200);
    const jan = (await cases(t.admin)).items.find((c: { contact: { email: string } }) => c.contact.email === 'jan@example.pl');
    const unpublished = await t.admin.post(`${base()}/cases/${jan.id}/close`, { rootCause: 'service', resolution: 'Called back', sendRecoverySurvey: true });
    expect(unpublished.status).toBe(422);
    expect(unpublished.body.errors).toEqual([{ path: 'body.sendRecoverySurvey', problem: 'the recovery survey is not published' }]);
    await t.admin.post(`${base()}/surveys/${recovery.id}/publish`);
    // A goodwill credit booked without a word to Jan works the case, but answers him nothing.
    const credit = await people['Bob']!.agent.post(`${base()}/cases/${jan.id}/actions`, { actionId: 'goodwill_credit', amount: 30 });
    expect(credit.status).toBe(201);
    expect((await t.admin.get(`${base()}/cases/${jan.id}`)).body).toMatchObject({ status: 'in_progress', firstRespondedAt: null });
    const closed = await t.admin.post(`${base()}/cases/${jan.id}/close`, { rootCause: 'service', resolution: 'Called back', sendRecoverySurvey: true });
    expect(closed.status).toBe(200);
    expect(closed.body.firstRespondedAt).toBeNull();
    // Only Maija's case, which got a reply, has a time to first response.
    expect((await t.admin.get(`${base()}/cases/figures`)).body.firstResponse.count).toBe(1);
    const sent = closed.body.timeline.at(-1);
    expect(sent).toMatchObject({ type: 'recovery_survey', data: { to: 'jan@example.pl' } });
    const mail = (await t.admin.get(`${base()}/mail/${sent.data.mailId}`)).body;
    expect(mail.text).toContain(`/s/${recovery.slug}?t=`);
    // Jan answered the Finnish survey in Finnish: Kuulo's own words to him are Finnish too.
    expect(mail.subject).toBe('Miten onnistuimme?');
    expect(mail.text).toMatch(/^Hei Jan,\n\nOlemme sulkeneet asian \d+\./);
    await t.admin.post(`${base()}/cases/${jan.id}/reopen`, { reason: 'Not done yet' });
  });

  it('counts a detractor who later answers as a promoter as recovered', async () => {
    const maija = (await cases(t.admin)).items.find((c: { contact: { email: string } }) => c.contact.email === 'maija@example.fi');
    await answer({ email: 'maija@example.fi' }, 9);
    const figures = await waitFor(async () => (await t.admin.get(`${base()}/cases/figures`)).body, (f) => f.recovery.recovered === 1);
    expect(figures.recovery).toEqual({ percent: 50, recovered: 1, detractors: 2 });
    expect(maija).toBeDefined();
  });

  it('adds a second bad response from the same customer to the case the rule already has open for them', async () => {
    const before = (await cases(t.admin)).items;
    const jan = before.find((c: { contact: { email: string } }) => c.contact.email === 'jan@example.pl');
    const again = await answer({ email: 'jan@example.pl' }, 3);
    const updated = await waitFor(async () => (await t.admin.get(`${base()}/cases/${jan.id}`)).body, (c) => c.responseIds.length === 2);
    expect(updated.responseIds).toEqual([...jan.responseIds, again.responseId]);
    expect(updated.timeline.at(-1)).toMatchObject({ type: 'response_added', data: { responseId: again.responseId } });
    expect((await cases(t.admin)).items).toHaveLength(before.length);
  });

  it("keeps agents to their teams' cases where the workspace asks for it", async () => {
    const carl = people['Carl']!.agent;
    const anyCase = (await cases(t.admin)).items[0];
    expect((await carl.get(`${base()}/cases/${anyCase.id}`)).status).toBe(200);
    expect((await t.admin.patch(`${base()}/respond-settings`, { restrictAgentsToTeams: true })).status).toBe(200);
    expect((await carl.get(`${base()}/cases/${anyCase.id}`)).status).toBe(404);
    expect((await carl.post(`${base()}/cases/${anyCase.id}/notes`, { text: 'Peeking' })).status).toBe(404);
    expect((await cases(carl)).items).toEqual([]);
    expect((await cases(people['Bob']!.agent)).items.length).toBe(2);
    await t.admin.patch(`${base()}/respond-settings`, { restrictAgentsToTeams: false });
  });

  it('never judges older responses by a changed rule, unless asked to replay', async () => {
    const pekka = (await t.admin.get(`${base()}/alert-rules/${ruleId}/firings`)).body.items.length;
    const rule = (await t.admin.get(`${base()}/alert-rules/${ruleId}`)).body;
    const widened = await t.admin.put(`${base()}/alert-rules/${ruleId}`, { ...pick(rule), condition: { match: 'all', tests: [{ field: 'nps', op: 'lte', value: 10 }] } });
    expect(widened.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await t.admin.get(`${base()}/alert-rules/${ruleId}/firings`)).body.items.length).toBe(pekka);
    const replay = await t.admin.post(`${base()}/alert-rules/${ruleId}/replay`, { since: new Date(Date.now() - 3_600_000).toISOString() });
    expect(replay.body.queued).toBe(5);
    // Pekka's 10 and Maija's 9 fire now; the two that fired before fire nothing twice.
    const firings = await waitFor(async () => (await t.admin.get(`${base()}/alert-rules/${ruleId}/firings`)).body.items, (items) => items.length >= pekka + 2);
    expect(firings).toHaveLength(pekka + 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await t.admin.get(`${base()}/alert-rules/${ruleId}/firings`)).body.items).toHaveLength(pekka + 2);
  });

  it('assigns and closes in bulk, listing the cases it could not change', async () => {
    const open = (await cases(t.admin, '?status=open')).items.map((c: { id: string }) => c.id);
    const result = await t.admin.post(`${base()}/cases/bulk`, { caseIds: [...open, randomUUID()], assign: { ownerUserId: people['Mia']!.id }, close: { rootCause: 'other', resolution: 'Handled by phone' } });
    expect(result.status).toBe(200);
    expect(result.body.updated).toBe(open.length);
    expect(result.body.problems).toEqual([expect.objectContaining({ problem: expect.stringContaining('not found') })]);
    expect((await cases(t.admin, '?status=open')).items).toEqual([]);
    expect((await people['Alice']!.agent.post(`${base()}/cases/bulk`, { caseIds: open, close: { rootCause: 'other', resolution: 'x' } })).status).toBe(403);
  });
});

const pick = (rule: Record<string, unknown>) => ({ kind: rule['kind'], name: rule['name'], isEnabled: rule['isEnabled'], surveyIds: rule['surveyIds'], condition: rule['condition'], actions: rule['actions'] });
