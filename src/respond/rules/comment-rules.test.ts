import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { answerNps } from '../../../test/nps-respondent.js';
import { waitFor } from '../../../test/wait-for.js';

/** Alert rules on what the comments say: judged once the analysis has stored them, each at most once. */
describe.each(testDatabases())('alert rules on comments on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;
  let survey: { id: string; slug: string };
  let topicId: string;
  const rules: Record<string, string> = {};

  const rule = async (name: string, tests: object[], tag: string) => {
    const created = await t.admin.post(`${base()}/alert-rules`, { kind: 'response', name, condition: { match: 'all', tests }, actions: [{ type: 'tag', tag }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    rules[name] = created.body.id;
  };
  const answer = (nps: number, comment?: string) => answerNps(t.kuulo, t.admin, t.workspaceId, survey, { nps, comment });
  /** Each response's tags, by its NPS, once every rule has had its say. */
  const tagsByScore = async (expected: number) => {
    const responses = await waitFor(
      async () => (await t.admin.get(`${base()}/surveys/${survey.id}/responses`)).body.items as { answers: { nps: number }; tags: string[] }[],
      (items) => items.reduce((sum, item) => sum + item.tags.length, 0) >= expected,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const again = (await t.admin.get(`${base()}/surveys/${survey.id}/responses`)).body.items as typeof responses;
    expect(again).toEqual(responses);
    return Object.fromEntries(responses.map((r) => [r.answers.nps, [...r.tags].sort()]));
  };

  beforeAll(async () => {
    survey = (await t.admin.post(`${base()}/surveys`, { name: 'Relationship NPS', templateId: 'nps' })).body;
    await t.admin.post(`${base()}/surveys/${survey.id}/publish`);
    const topic = await t.admin.post(`${base()}/insights/topics`, { name: 'Delivery', examples: { en: ['delivery'], fi: ['toimitus'] } });
    expect(topic.status).toBe(201);
    topicId = topic.body.id;
    await rule('Delivery complaints', [{ field: 'intent', op: 'includes', value: 'complaint' }, { field: 'topic', op: 'includes', value: topicId }], 'delivery-complaint');
    await rule('Unhappy promoters', [{ field: 'sentiment', op: 'eq', value: 'negative' }, { field: 'nps', op: 'gte', value: 9 }], 'unhappy-promoter');
    await rule('Calm', [{ field: 'intent', op: 'excludes', value: 'complaint' }], 'calm');
    await rule('Detractors', [{ field: 'nps', op: 'lte', value: 6 }], 'detractor');
  });

  it('judges rules on comments after the analysis, others at once, and a response without comments at once', async () => {
    await answer(9, 'Terrible delivery, it was late again and nobody answered my emails.');
    await answer(10, 'Great service and fast delivery, thank you!');
    await answer(3);
    await answer(5, 'Too expensive for what it does.');
    const tags = await tagsByScore(6);
    expect(tags).toEqual({
      9: ['delivery-complaint', 'unhappy-promoter'],
      10: ['calm'],
      3: ['calm', 'detractor'],
      5: ['detractor'],
    });
    // The alert says why, the topic by its name.
    const firings = (await t.admin.get(`${base()}/alert-rules/${rules['Delivery complaints']}/firings`)).body.items;
    expect(firings).toHaveLength(1);
    expect(firings[0].details.reasons).toEqual(['a comment is a complaint', 'a comment is about Delivery']);
  });

  it('replays a rule on comments over past responses with their stored analysis, firing nothing twice', async () => {
    const replay = await t.admin.post(`${base()}/alert-rules/${rules['Delivery complaints']}/replay`, { since: new Date(Date.now() - 3_600_000).toISOString() });
    expect(replay.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await t.admin.get(`${base()}/alert-rules/${rules['Delivery complaints']}/firings`)).body.items).toHaveLength(1);
  });

  it('tells webhooks what the comments say', async () => {
    const types = (await t.admin.get(`${base()}/webhooks`)).body.eventTypes;
    expect(types).toContain('response.analysed');
  });

  it('refuses a topic the workspace does not have and a sentiment it does not know, naming the test', async () => {
    const unknown = await t.admin.post(`${base()}/alert-rules`, { kind: 'response', name: 'x', condition: { tests: [{ field: 'topic', op: 'includes', value: randomUUID() }] }, actions: [{ type: 'webhook' }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ path: 'body.condition.tests.0.value', problem: 'is not a topic of this workspace' }]);
    const wrong = await t.admin.post(`${base()}/alert-rules`, { kind: 'response', name: 'x', condition: { tests: [{ field: 'sentiment', op: 'eq', value: 'angry' }] }, actions: [{ type: 'webhook' }] });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].path).toBe('body.condition.tests.0.value');
  });
});
