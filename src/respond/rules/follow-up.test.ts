import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { waitFor } from '../../../test/wait-for.js';

/** A survey that asks unhappy customers for consent to contact them promises a follow-up; a rule must keep it. */
describe.each(testDatabases())('the follow-up a survey promises on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;
  let survey: { id: string; slug: string };
  const followUp = async (surveyId = survey.id) => (await t.admin.get(`${base()}/surveys/${surveyId}/follow-up`)).body;
  const rule = (fields: Record<string, unknown>) => t.admin.post(`${base()}/alert-rules`, { kind: 'response', name: 'Some rule', actions: [{ type: 'open_case' }], ...fields });
  /** A customer scores and, on the next page of the NPS template, agrees to be contacted or not. */
  const answer = async (email: string, nps: number, consent: boolean) => {
    const link = await t.admin.post(`${base()}/surveys/${survey.id}/links`, { contact: { email }, isSingleUse: false, ignoreContactBudget: true });
    const stored = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, {
      submissionId: randomUUID(),
      token: link.body.token,
      version: 1,
      language: 'en',
      isComplete: true,
      answers: { nps, contact_ok: consent },
    });
    expect(stored.status).toBe(201);
    return link.body.contactId as string;
  };

  beforeAll(async () => {
    survey = (await t.admin.post(`${base()}/surveys`, { name: 'Relationship NPS', templateId: 'nps' })).body;
    expect((await t.admin.post(`${base()}/surveys/${survey.id}/publish`)).status).toBe(200);
  });

  it('says the NPS template promises a follow-up that no rule keeps, and which rule would', async () => {
    expect(await followUp()).toEqual({
      surveyId: survey.id,
      promisesFollowUp: true,
      hasRule: false,
      rule: {
        kind: 'response',
        surveyIds: [survey.id],
        condition: { match: 'all', tests: [{ field: 'nps', op: 'lte', value: 6 }, { field: 'answer', question: 'contact_ok', op: 'eq', value: 'true' }] },
        actions: [{ type: 'open_case', priority: 'normal', assign: { kind: 'none' } }],
      },
    });
    // The CSAT template asks no consent, so it promises nothing.
    const csat = (await t.admin.post(`${base()}/surveys`, { name: 'Support CSAT', templateId: 'csat' })).body;
    expect(await followUp(csat.id)).toEqual({ surveyId: csat.id, promisesFollowUp: false, hasRule: false, rule: null });
    expect((await t.admin.get(`${base()}/surveys/${randomUUID()}/follow-up`)).status).toBe(404);
  });

  it('does not count rules that keep the promise for only some detractors, are off, or open no case', async () => {
    const partial = [
      { condition: { tests: [{ field: 'nps', op: 'lte', value: 3 }] } },
      { condition: { tests: [{ field: 'nps', op: 'lte', value: 6 }] }, isEnabled: false },
      { condition: { tests: [{ field: 'nps', op: 'lte', value: 6 }] }, actions: [{ type: 'tag', tag: 'detractor' }] },
      { condition: { tests: [{ field: 'nps', op: 'lte', value: 6 }, { field: 'sentiment', op: 'eq', value: 'negative' }] } },
      { condition: { tests: [{ field: 'nps', op: 'lte', value: 6 }] }, surveyIds: [(await t.admin.post(`${base()}/surveys`, { name: 'Other', templateId: 'nps' })).body.id] },
    ];
    for (const fields of partial) expect((await rule(fields)).status).toBe(201);
    expect(await followUp()).toMatchObject({ hasRule: false, rule: expect.any(Object) });
  });

  it('opens a case for a consenting detractor once the offered rule exists, and none for one who did not consent', async () => {
    const offered = (await followUp()).rule;
    expect((await t.admin.post(`${base()}/alert-rules`, { ...offered, name: 'Follow-up: Relationship NPS' })).status).toBe(201);
    expect(await followUp()).toMatchObject({ promisesFollowUp: true, hasRule: true, rule: null });

    // Judged in the order they arrive: by the time the second has its case, the first was judged too.
    await answer('pekka@example.fi', 5, false);
    const consenting = await answer('maija@example.fi', 5, true);
    const cases = await waitFor(async () => (await t.admin.get(`${base()}/cases`)).body.items, (items) => items.length > 0);
    expect(cases.map((item: { contact: { id: string } }) => item.contact.id)).toEqual([consenting]);
  });

  it('counts a broader rule, for every survey, as keeping the promise', async () => {
    const broad = await rule({ name: 'Every detractor', condition: { tests: [{ field: 'nps', op: 'lte', value: 6 }] } });
    const offered = (await t.admin.get(`${base()}/alert-rules`)).body.items.find((item: { name: string }) => item.name === 'Follow-up: Relationship NPS');
    expect((await t.admin.delete(`${base()}/alert-rules/${offered.id}`)).status).toBe(204);
    expect(await followUp()).toMatchObject({ hasRule: true });
    expect((await t.admin.delete(`${base()}/alert-rules/${broad.body.id}`)).status).toBe(204);
    expect(await followUp()).toMatchObject({ hasRule: false });
  });
});
