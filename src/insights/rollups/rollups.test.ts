import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { cesOf, cli6Of, cliOf, cliStatsOf, csatOf, npsOf, scoreCountsOf } from '../../engine/metrics/index.js';
import { exampleSurveyInput } from '../../engine/survey/survey.test-helpers.js';

/**
 * The contract: on random responses, the rollups a dashboard reads, a direct computation over the
 * raw rows in SQL, and the engine's formulas over the generated answers give the same numbers, to
 * the last decimal, on both databases; and a rebuild from responses gives the rollups the intake
 * wrote one response at a time.
 */

const channels = ['link', 'qr', 'widget', 'embed'] as const;

/** One respondent's walk through the example survey, as the survey's logic allows it. */
const respondent = fc.record({
  nps: fc.integer({ min: 0, max: 10 }),
  csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  ces: fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
  channel: fc.constantFrom('phone', 'chat'),
  topics: fc.option(fc.subarray(['billing', 'delivery', 'returns'], { minLength: 1, maxLength: 2 }), { nil: undefined }),
  cli: fc.option(fc.record({ recommend: fc.integer({ min: 0, max: 10 }), buy_again: fc.integer({ min: 0, max: 10 }), try_other: fc.integer({ min: 0, max: 10 }) }, { requiredKeys: [] }), { nil: undefined }),
  stars: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  plan: fc.constantFrom('pro', 'basic', undefined),
  via: fc.constantFrom(...channels),
  isComplete: fc.boolean(),
});
type Respondent = typeof respondent extends fc.Arbitrary<infer T> ? T : never;

/** The answers the survey accepts for a respondent: promoters jump to the end, only chat users see the last page. */
function answersOf(r: Respondent): Record<string, unknown> {
  if (r.nps >= 9) return { nps: r.nps };
  const answers: Record<string, unknown> = { nps: r.nps, channel: r.channel };
  if (r.csat !== undefined) answers['csat'] = r.csat;
  if (r.ces !== undefined) answers['ces'] = r.ces;
  if (r.topics) answers['topics'] = r.topics;
  if (r.channel === 'chat') {
    if (r.cli && Object.keys(r.cli).length) answers['cli'] = r.cli;
    if (r.stars !== undefined) answers['stars'] = r.stars;
  }
  return answers;
}

describe.each(testDatabases())('rollups on $name', (database) => {
  // Many submissions from one test address: above the public rate limit's default.
  const t = useTestKuulo(database, { setUp: true, env: { KUULO_PUBLIC_RATE_LIMIT: '100000' } });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;

  async function publishedSurvey() {
    const survey = (await t.admin.post(`${base()}/surveys`, { name: `Rollups ${randomUUID()}`, definition: exampleSurveyInput })).body;
    expect((await t.admin.post(`${base()}/surveys/${survey.id}/publish`)).status).toBe(200);
    return survey as { id: string; slug: string };
  }

  async function answer(slug: string, r: Respondent) {
    const body = { submissionId: randomUUID(), version: 1, language: 'en', channel: r.via, isComplete: r.isComplete, answers: answersOf(r), hidden: r.plan ? { plan: r.plan } : {} };
    const sent = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${slug}/responses`, body);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  }

  const sql = (text: string, values: unknown[] = []) => t.kuulo.services.database.execute(text, values);
  const overview = async (metric: string, query: string) => (await t.admin.get(`${base()}/insights/metrics/${metric}?interval=day&${query}`)).body;
  const rollupRows = async (surveyId: string) =>
    (await sql("SELECT * FROM question_rollups WHERE survey_id = $1 ORDER BY question_id, kind, day, dimension, value", [surveyId])).rows
      .concat((await sql('SELECT * FROM choice_rollups WHERE survey_id = $1 ORDER BY question_id, day, dimension, value, option_id', [surveyId])).rows)
      .concat((await sql('SELECT * FROM response_rollups WHERE survey_id = $1 ORDER BY day, dimension, value', [surveyId])).rows)
      .concat((await sql('SELECT * FROM page_rollups WHERE survey_id = $1 AND stopped <> 0 ORDER BY day, page_id', [surveyId])).rows)
      .map((row) => JSON.stringify(row));

  /** Waits for the rebuild a settings change starts, so it does not recount a survey under a test's feet. */
  const settled = async () => {
    for (let i = 0; i < 300; i++) {
      const busy = await sql("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'insights.rebuild-rollups' AND state IN ('created', 'retry', 'active')");
      if (busy.rows[0]!['n'] === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the rebuild job did not finish');
  };

  it('agree with raw SQL and the engine on random responses, and a rebuild writes what the intake wrote', async () => {
    await t.admin.patch(`${base()}/insights/settings`, { minResponses: 1, segments: ['hidden.plan'] });
    await settled();
    await fc.assert(
      fc.asyncProperty(fc.array(respondent, { minLength: 1, maxLength: 25 }), fc.constantFrom(...channels), async (people, via) => {
        const survey = await publishedSurvey();
        for (const r of people) await answer(survey.slug, r);
        const complete = people.filter((r) => r.isComplete).map(answersOf);
        const scope = `survey=${survey.id}`;

        // The engine over the generated answers.
        const scores = (id: string) => complete.map((a) => a[id]).filter((v): v is number => typeof v === 'number');
        const cliValues = complete.flatMap((a) => {
          const items = a['cli'] as Record<string, number> | undefined;
          const value = items ? cli6Of([items['recommend'], items['buy_again'], items['try_other']]) : null;
          return value === null ? [] : [value];
        });
        const expected = { nps: npsOf(scoreCountsOf(scores('nps'))), csat: csatOf(scoreCountsOf(scores('csat'))), ces: cesOf(scoreCountsOf(scores('ces'))), cli: cliOf(cliStatsOf(cliValues)) };
        for (const metric of ['nps', 'csat', 'ces', 'cli'] as const) {
          const fromRollups = await overview(metric, scope);
          if (expected[metric].n === 0) expect(fromRollups.value).toMatchObject({ n: 0, isTooFew: true });
          else expect(fromRollups.value.result).toEqual(expected[metric]);
        }

        // Raw SQL over the stored rows, for one channel: the same statistics, so the same NPS.
        const raw = (await sql(
          `SELECT count(*) FILTER (WHERE (answers->>'nps')::int >= 9) AS promoters, count(*) FILTER (WHERE (answers->>'nps')::int <= 6) AS detractors, count(answers->'nps') AS n
             FROM responses WHERE survey_id = $1 AND state = 'complete' AND channel = $2`,
          [survey.id, via],
        )).rows[0]!;
        const byChannel = await overview('nps', `${scope}&filter=channel:${via}`);
        expect(byChannel.value.n).toBe(Number(raw['n']));
        if (Number(raw['n']) > 0) expect(byChannel.value.result.score).toBe((100 * (Number(raw['promoters']) - Number(raw['detractors']))) / Number(raw['n']));
        const bySurvey = await overview('nps', `${scope}&breakdown=survey`);
        expect(bySurvey.breakdown.items).toEqual(expected.nps.n ? [{ value: survey.id, result: expect.objectContaining({ n: expected.nps.n }) }] : []);
        const counted = await t.admin.get(`${base()}/insights/surveys/${survey.id}`);
        expect(counted.body.responses).toMatchObject({ started: people.length, completed: complete.length });

        // Rebuilt from responses, the rollups are what the intake wrote one response at a time.
        const written = await rollupRows(survey.id);
        const { rebuildRollups } = await import('./rebuild.js');
        await rebuildRollups(t.kuulo.services.db, t.workspaceId, { surveyId: survey.id });
        expect(await rollupRows(survey.id)).toEqual(written);
      }),
      { numRuns: 4 },
    );
  });

  it('skips are shown − answered, and a question the logic hid is not a skip', async () => {
    await t.admin.patch(`${base()}/insights/settings`, { minResponses: 1 });
    const survey = await publishedSurvey();
    await answer(survey.slug, { nps: 10, channel: 'phone', via: 'link', isComplete: true } as Respondent);
    await answer(survey.slug, { nps: 5, channel: 'phone', csat: 2, via: 'link', isComplete: true } as Respondent);
    await answer(survey.slug, { nps: 6, channel: 'chat', via: 'qr', isComplete: true } as Respondent);
    const report = (await t.admin.get(`${base()}/insights/surveys/${survey.id}`)).body;
    const question = (id: string) => report.questions.find((q: { questionId: string }) => q.questionId === id);
    expect(question('nps')).toMatchObject({ shown: 3, value: { n: 3, skipped: 0 } });
    // The promoter jumped to the end: csat was shown to two and answered by one.
    expect(question('csat')).toMatchObject({ shown: 2, value: { n: 1, skipped: 1 } });
    // The promoter never saw the channel question: one phone, one chat.
    expect(question('channel')).toMatchObject({ shown: 2, distribution: [{ key: 'phone', count: 1 }, { key: 'chat', count: 1 }] });
    expect(question('cli')).toMatchObject({ shown: 1, value: { n: 0, skipped: 1 } });
    const breakdowns = (await t.admin.get(`${base()}/insights/breakdowns?survey=${survey.id}`)).body.items;
    expect(breakdowns).toContainEqual({ dimension: 'channel', values: [{ value: 'link', responses: 2 }, { value: 'qr', responses: 1 }], hasMore: false });
    expect(breakdowns).toContainEqual({ dimension: 'answer.channel', values: [{ value: 'chat', responses: 1 }, { value: 'phone', responses: 1 }], hasMore: false });
  });

  it("files responses under their day in the workspace's time zone: weekly trend and previous period match raw SQL", async () => {
    await t.admin.patch(base(), { timezone: 'UTC' });
    await t.admin.patch(`${base()}/insights/settings`, { minResponses: 1 });
    const survey = await publishedSurvey();
    for (let i = 0; i < 40; i++) await answer(survey.slug, { nps: (i * 7) % 11, channel: 'phone', via: 'link', isComplete: true } as Respondent);
    await t.admin.patch(base(), { timezone: 'Europe/Helsinki' });
    // Spread them over 80 days, each at 22:30 UTC: already the next day in Helsinki.
    await sql(
      `UPDATE responses SET started_at = r.at, completed_at = r.at FROM (
         SELECT id, date_trunc('day', now()) - make_interval(days => (row_number() OVER (ORDER BY id))::int * 2) + interval '22 hours 30 minutes' AS at
         FROM responses WHERE survey_id = $1) r
       WHERE responses.id = r.id`,
      [survey.id],
    );
    // The rollups were filed in UTC: the dashboard says they are being rebuilt for the new zone.
    const stale = (await t.admin.get(`${base()}/insights/metrics/nps?survey=${survey.id}`)).body;
    expect(stale).toMatchObject({ timeZone: 'UTC', isRebuilding: true });
    // That request queued the rebuild; the job files every response again in Helsinki time.
    await settled();

    const today = (await sql("SELECT (now() AT TIME ZONE 'Europe/Helsinki')::date::text AS day")).rows[0]!['day'] as string;
    const from = (await sql('SELECT ($1::date - 41)::text AS day', [today])).rows[0]!['day'] as string;
    const body = (await t.admin.get(`${base()}/insights/metrics/nps?survey=${survey.id}&from=${from}&to=${today}&interval=week`)).body;
    expect(body).toMatchObject({ timeZone: 'Europe/Helsinki', isRebuilding: false });
    const weeks = await sql(
      `SELECT date_trunc('week', completed_at AT TIME ZONE 'Europe/Helsinki')::date::text AS week,
              count(*) AS n, count(*) FILTER (WHERE (answers->>'nps')::int >= 9) AS p, count(*) FILTER (WHERE (answers->>'nps')::int <= 6) AS d
         FROM responses WHERE survey_id = $1 AND state = 'complete' AND (completed_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN $2::date AND $3::date
        GROUP BY 1`,
      [survey.id, from, today],
    );
    const raw = new Map(weeks.rows.map((row) => [row['week'] as string, row]));
    expect(body.series.length).toBeGreaterThanOrEqual(6);
    for (const point of body.series as { start: string; completed: number; value: { n: number; result?: { score: number } } }[]) {
      const row = raw.get(point.start);
      expect(point.value.n).toBe(Number(row?.['n'] ?? 0));
      expect(point.completed).toBe(Number(row?.['n'] ?? 0));
      if (row) expect(point.value.result?.score).toBe((100 * (Number(row['p']) - Number(row['d']))) / Number(row['n']));
    }
    const before = await sql(
      `SELECT count(*) AS n FROM responses WHERE survey_id = $1 AND (completed_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN $2::date - 42 AND $2::date - 1`,
      [survey.id, from],
    );
    expect(body.previous.value.n).toBe(Number(before.rows[0]!['n']));
    expect(body.value.n + body.previous.value.n).toBeLessThanOrEqual(40);
  });

  it('shows where unfinished responses stopped, moving as they go on and leaving when completed', async () => {
    await t.admin.patch(`${base()}/insights/settings`, { minResponses: 1 });
    const survey = await publishedSurvey();
    const save = (submissionId: string, answers: Record<string, unknown>, isComplete = false) =>
      new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, { submissionId, version: 1, language: 'en', isComplete, answers });
    const stopped = async () => Object.fromEntries(((await t.admin.get(`${base()}/insights/surveys/${survey.id}`)).body.pages as { pageId: string; stopped: number }[]).map((p) => [p.pageId, p.stopped]));
    const first = randomUUID();
    const second = randomUUID();
    await save(first, { nps: 4 });
    await save(second, { nps: 5 });
    expect(await stopped()).toEqual({ score: 2, details: 0, more: 0 });
    await save(first, { nps: 4, channel: 'chat' });
    await save(first, { nps: 4, channel: 'chat' });
    expect(await stopped()).toEqual({ score: 1, details: 1, more: 0 });
    await save(first, { nps: 4, channel: 'chat', stars: 3 }, true);
    expect(await stopped()).toEqual({ score: 1, details: 0, more: 0 });
    const { rebuildRollups } = await import('./rebuild.js');
    await rebuildRollups(t.kuulo.services.db, t.workspaceId, { surveyId: survey.id });
    expect(await stopped()).toEqual({ score: 1, details: 0, more: 0 });
  });

  it('loses and doubles nothing when responses arrive while a rebuild runs', async () => {
    const survey = await publishedSurvey();
    const ids = Array.from({ length: 60 }, () => randomUUID());
    const save = async (submissionId: string, nps: number, isComplete: boolean) => {
      const answers = nps >= 9 ? { nps } : { nps, channel: 'phone' };
      const sent = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, { submissionId, version: 1, language: 'en', isComplete, answers });
      expect([200, 201], JSON.stringify(sent.body)).toContain(sent.status);
    };
    for (const [i, id] of ids.entries()) await save(id, i % 11, i % 3 === 0);
    const { rebuildRollups, RebuildUnderwayError } = await import('./rebuild.js');
    // Small steps, with saves between them: completions of responses the rebuild has counted and
    // of ones it has not reached yet, partial saves, and new responses after its watermark.
    const pending = ids.filter((_, i) => i % 3 !== 0);
    let fresh = 0;
    let second: Promise<unknown> | null = null;
    await rebuildRollups(t.kuulo.services.db, t.workspaceId, {
      surveyId: survey.id,
      batchSize: 7,
      afterStep: async () => {
        // One rebuild of a survey at a time: a second one is refused while the first goes on.
        second ??= rebuildRollups(t.kuulo.services.db, t.workspaceId, { surveyId: survey.id }).catch((error: unknown) => error);
        for (const id of pending.splice(0, 4)) await save(id, 7, pending.length % 2 === 0);
        await save(randomUUID(), fresh++ % 11, fresh % 2 === 0);
      },
    });
    expect(await second).toBeInstanceOf(RebuildUnderwayError);
    const during = await rollupRows(survey.id);
    await rebuildRollups(t.kuulo.services.db, t.workspaceId, { surveyId: survey.id });
    expect(await rollupRows(survey.id)).toEqual(during);
    expect((await sql('SELECT count(*)::int AS n FROM rollup_rebuilds WHERE survey_id = $1', [survey.id])).rows[0]!['n']).toBe(0);
  });
});
