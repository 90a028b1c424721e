import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { npsOf } from '../../engine/metrics/index.js';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { answerNps } from '../../../test/nps-respondent.js';
import { waitFor } from '../../../test/wait-for.js';

interface Comment {
  id: string;
  responseId: string;
  nps: number | null;
  lang: string;
  sentiment: { label: string } | 'not analysed';
  intents: { intent: string }[];
}

/**
 * Metric dashboards filtered by what the comments say: the numbers must be those of exactly the
 * responses whose comments the text views list under the same filter, whatever the analysis said.
 */
describe.each(testDatabases())('metrics filtered by comments on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;
  let survey: { id: string; slug: string };
  let commented = 0;

  const texts = [
    'The delivery was late again and nobody answered my emails.',
    'Terrible support, I waited two weeks for a refund.',
    'Great service and fast delivery, thank you!',
    'Please add dark mode to the app.',
    'Toimitus oli todella hidas ja asiakaspalvelu ei vastannut.',
    'Kiitos, kaikki toimi erinomaisesti!',
    'Dostawa była bardzo wolna, nikt nie odpowiadał.',
    'Świetna obsługa, bardzo dziękuję!',
    'Why is the invoice different from the price on the website?',
  ];

  beforeAll(async () => {
    expect((await t.admin.patch(`${base()}/insights/settings`, { segments: ['contact.plan'] })).status).toBe(200);
    survey = (await t.admin.post(`${base()}/surveys`, { name: 'Relationship NPS', templateId: 'nps' })).body;
    await t.admin.post(`${base()}/surveys/${survey.id}/publish`);
    // Respondents drawn at random: a score, a comment (or none) and a channel.
    const respondents = fc.sample(fc.record({ nps: fc.integer({ min: 0, max: 10 }), text: fc.option(fc.constantFrom(...texts), { nil: undefined, freq: 4 }), channel: fc.constantFrom('link', 'email') }), { numRuns: 40, seed: 7 });
    for (const [i, respondent] of respondents.entries()) {
      await answerNps(t.kuulo, t.admin, t.workspaceId, survey, { nps: respondent.nps, comment: respondent.text, contact: { email: `r${i}@example.com`, attributes: { plan: i % 3 === 0 ? 'pro' : 'basic' } }, channel: respondent.channel });
      if (respondent.text) commented += 1;
    }
    await waitFor(
      () => t.admin.get(`${base()}/insights/comments?limit=200`),
      (response) => response.body.items?.length === commented,
    );
  });

  const commentsWhere = async (query: string): Promise<Comment[]> => (await t.admin.get(`${base()}/insights/comments?limit=200&${query}`)).body.items;
  /** NPS of the responses with at least one of these comments, as the engine counts it. */
  const expectedNps = (comments: Comment[]) => {
    const scores = new Map(comments.map((comment) => [comment.responseId, comment.nps!]));
    const counts = new Array<number>(11).fill(0);
    for (const score of scores.values()) counts[score]! += 1;
    return { n: scores.size, result: scores.size >= 5 ? npsOf({ n: scores.size, counts }) : undefined };
  };

  it('counts only the responses whose comments say so: sentiment, intent, language and together', async () => {
    for (const query of ['sentiment=negative', 'sentiment=positive', 'intent=complaint', 'lang=fi', 'sentiment=negative&intent=complaint', 'sentiment=not_analysed']) {
      const comments = await commentsWhere(query);
      const expected = expectedNps(comments);
      if (query !== 'sentiment=not_analysed') expect(expected.n, query).toBeGreaterThan(0);
      const overview = await t.admin.get(`${base()}/insights/metrics/nps?${query}`);
      expect(overview.status, query).toBe(200);
      expect(overview.body.value.n, query).toBe(expected.n);
      if (expected.result) expect(overview.body.value.result, query).toEqual({ ...expected.result });
      expect(overview.body.responses, query).toEqual({ started: null, completed: expected.n, completionRate: null });
      expect(overview.body.series.reduce((sum: number, point: { completed: number }) => sum + point.completed, 0), query).toBe(expected.n);
    }
    // Everyone is still everyone.
    const all = await t.admin.get(`${base()}/insights/metrics/nps`);
    expect(all.body.value.n).toBe(40);
    expect(all.body.responses.started).toBe(40);
  });

  it('combines with a breakdown, a breakdown filter and one survey’s report', async () => {
    const negative = await commentsWhere('sentiment=negative');
    const byChannel = await t.admin.get(`${base()}/insights/metrics/nps?sentiment=negative&breakdown=channel`);
    const responsesOf = (channel: string) => new Set(negative.filter((c) => (c as unknown as { channel: string }).channel === channel).map((c) => c.responseId)).size;
    for (const item of byChannel.body.breakdown.items) expect(item.result.n, item.value).toBe(responsesOf(item.value));
    const emailOnly = await t.admin.get(`${base()}/insights/metrics/nps?sentiment=negative&filter=channel:email`);
    expect(emailOnly.body.value.n).toBe(responsesOf('email'));

    // A segment by a contact attribute: the contacts are read for it.
    const byPlan = await t.admin.get(`${base()}/insights/metrics/nps?sentiment=negative&breakdown=contact.plan`);
    const ofPlan = (plan: string) => new Set(negative.filter((c) => (c as unknown as { dimensions: Record<string, string> }).dimensions['contact.plan'] === plan).map((c) => c.responseId)).size;
    expect(byPlan.body.breakdown.items.map((item: { value: string; result: { n: number } }) => [item.value, item.result.n]).sort()).toEqual(
      ['basic', 'pro'].map((plan) => [plan, ofPlan(plan)]).filter(([, n]) => n !== 0),
    );

    const report = await t.admin.get(`${base()}/insights/surveys/${survey.id}?sentiment=negative`);
    expect(report.status).toBe(200);
    expect(report.body.questions.find((q: { questionId: string }) => q.questionId === 'nps').value.n).toBe(expectedNps(negative).n);
    expect(report.body.pages).toBeNull();
    expect(report.body.responses.started).toBeNull();
  });

  it('follows an analyst’s correction at once, which rollups could not', async () => {
    const [first] = await commentsWhere('sentiment=negative');
    const before = (await t.admin.get(`${base()}/insights/metrics/nps?sentiment=negative`)).body.value.n;
    const otherNegative = (await commentsWhere('sentiment=negative')).filter((c) => c.responseId === first!.responseId && c.id !== first!.id).length;
    expect((await t.admin.put(`${base()}/insights/comments/${first!.id}/sentiment`, { label: 'positive' })).status).toBe(200);
    const after = (await t.admin.get(`${base()}/insights/metrics/nps?sentiment=negative`)).body.value.n;
    expect(after).toBe(otherNegative ? before : before - 1);
  });

  it('counts a response that wrote in two questions once beside its comments, as the metric does under the same filter', async () => {
    const text = (en: string, fi: string) => ({ en, fi });
    const twoQuestions = await t.admin.post(`${base()}/surveys`, {
      name: 'Two open questions',
      definition: {
        schemaVersion: 1,
        defaultLanguage: 'en',
        languages: ['en', 'fi'],
        title: text('Feedback', 'Palaute'),
        pages: [{ id: 'page_1', questions: [
          { id: 'nps', type: 'nps', required: true, text: text('Would you recommend us?', 'Suosittelisitko meitä?') },
          { id: 'liked', type: 'long_text', text: text('What did you like?', 'Mistä pidit?') },
          { id: 'change', type: 'long_text', text: text('What should we change?', 'Mitä muuttaisit?') },
        ] }],
        endings: [{ id: 'thanks', title: text('Thank you!', 'Kiitos!') }],
      },
    });
    expect(twoQuestions.status).toBe(201);
    expect((await t.admin.post(`${base()}/surveys/${twoQuestions.body.id}/publish`)).status).toBe(200);
    const before = (await commentsWhere('lang=fi')).length;
    const stored = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${twoQuestions.body.slug}/responses`, {
      submissionId: randomUUID(),
      version: 1,
      language: 'fi',
      isComplete: true,
      answers: { nps: 10, liked: 'Toimitus oli nopea ja asiakaspalvelu erinomainen.', change: 'Toimitus voisi kertoa seurantakoodin heti tilauksen jälkeen.' },
    });
    expect(stored.status).toBe(201);
    const finnish = await waitFor(() => commentsWhere('lang=fi'), (items) => items.length === before + 2);
    expect(finnish.filter((comment) => comment.responseId === stored.body.responseId)).toHaveLength(2);

    const overview = (await t.admin.get(`${base()}/insights/metrics/nps?lang=fi`)).body.value;
    const beside = (await t.admin.get(`${base()}/insights/text?lang=fi`)).body.summary.scores;
    expect(beside.npsResponses).toBe(expectedNps(finnish).n);
    expect(beside.npsResponses).toBe(overview.n);
    expect(beside.nps).toBe(Math.round(overview.result.score * 10) / 10);

    // A topic both comments are about counts the response once too.
    const topic = await t.admin.post(`${base()}/insights/topics`, { name: 'Toimitus', examples: { fi: ['toimitus'] } });
    expect(topic.status).toBe(201);
    await waitFor(() => t.admin.get(`${base()}/insights/text/backfill`).then((r) => r.body), (backfill) => backfill?.status === 'done');
    const aboutDelivery = await commentsWhere(`topic=${topic.body.id}`);
    const row = (await t.admin.get(`${base()}/insights/text?lang=fi`)).body.topics.find((item: { topicId: string }) => item.topicId === topic.body.id);
    const finnishAboutDelivery = aboutDelivery.filter((comment) => comment.lang === 'fi');
    expect(row.comments).toBe(finnishAboutDelivery.length);
    expect(row.npsResponses).toBe(expectedNps(finnishAboutDelivery).n);
    expect(row.npsResponses).toBeLessThan(row.comments);
  });

  it('refuses what it cannot read, naming the parameter', async () => {
    const wrong = await t.admin.get(`${base()}/insights/metrics/nps?sentiment=angry`);
    expect(wrong.status).toBe(422);
    expect(JSON.stringify(wrong.body)).toContain('query.sentiment');
    expect((await t.admin.get(`${base()}/insights/surveys/${survey.id}?topic=nope`)).status).toBe(422);
    expect((await t.admin.get(`${base()}/insights/metrics/csat?lang=Finnish`)).status).toBe(422);
  });
});
