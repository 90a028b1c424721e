import { createPublishedSurveys } from '../../src/collect/surveys/published-surveys.js';
import type { DatabaseConfig } from '../../src/platform/config/config.js';
import { judgeResponse, type CompletedResponse } from '../../src/respond/rules/judge.js';
import { benchDatabaseKinds, serverUrl, withBenchDatabase, type BenchDatabaseKind } from '../lib/databases.js';
import { evaluateRate, evaluatorInput, parseRate } from '../lib/respond/evaluator.js';
import { benchResponses } from '../lib/respond/responses.js';
import { ruleCount } from '../lib/respond/rules.js';
import { definitionsOf, postAll, startRespondWorkspace, storeResponses, submissionsFor, warmUpCount, type RespondWorkspace } from '../lib/respond/workspace.js';
import { benchRepeat } from '../lib/settings.js';
import { median, sleep } from '../lib/stats.js';
import type { BenchGroup, Report } from '../lib/types.js';

// Read here, not through Kuulo's config: they steer the benchmark, not Kuulo.
const e2eCount = Number(process.env.BENCH_RESPOND_E2E_COUNT ?? 300);
const judgeCount = Number(process.env.BENCH_RESPOND_JUDGE_COUNT ?? 120);
const contactCount = 300;
const concurrency = 16;
const judgeJob = 'respond.judge-response';
/** Give up on the job queue after this long per response (it takes about one a second). */
const e2eDeadlineMsPerResponse = 5_000;

const pct = (part: number, whole: number) => `${whole ? ((100 * part) / whole).toFixed(0) : 0}%`;

/** Judge jobs by state (pg-boss keeps finished jobs in its table for hours). */
async function judgeJobs(workspace: RespondWorkspace): Promise<Record<string, number>> {
  const result = await workspace.kuulo.services.database.execute(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state`, [judgeJob]);
  return Object.fromEntries(result.rows.map((row) => [String(row['state']), Number(row['n'])]));
}

/** Waits until `count` judge jobs have completed in all (none failed, none left waiting). */
async function judgedUntil(workspace: RespondWorkspace, count: number): Promise<void> {
  const deadline = performance.now() + count * e2eDeadlineMsPerResponse;
  for (;;) {
    const jobs = await judgeJobs(workspace);
    if (jobs['failed']) throw new Error(`${jobs['failed']} judge jobs failed`);
    if ((jobs['completed'] ?? 0) >= count && !jobs['created'] && !jobs['active'] && !jobs['retry']) return;
    if (performance.now() > deadline) throw new Error(`the judge jobs did not finish in time: ${JSON.stringify(jobs)}`);
    await sleep(50);
  }
}

/** Responses of the workspace with a firing that opened (or joined) a case, and cases opened. */
async function caseCounts(workspace: RespondWorkspace): Promise<{ responses: number; cases: number }> {
  const { database } = workspace.kuulo.services;
  const responses = await database.execute('SELECT count(DISTINCT response_id)::int AS n FROM alert_firings WHERE workspace_id = $1 AND case_id IS NOT NULL', [workspace.workspaceId]);
  const cases = await database.execute('SELECT count(*)::int AS n FROM cases WHERE workspace_id = $1', [workspace.workspaceId]);
  return { responses: Number(responses.rows[0]!['n']), cases: Number(cases.rows[0]!['n']) };
}

/**
 * Figure 1: responses posted to the public intake (16 clients), timed until the judge job of every
 * one has completed. Reference: the same posts' own rate, i.e. the intake alone.
 */
async function endToEnd(report: Report, kind: BenchDatabaseKind, workspace: RespondWorkspace) {
  const responses = benchResponses(e2eCount, definitionsOf(workspace), workspace.contacts, `respond-e2e-${kind}`);
  const submissions = await submissionsFor(workspace, responses);
  // The warm-up's judge jobs finish first, so that the timed ones queue behind nothing.
  await judgedUntil(workspace, warmUpCount);
  const casesBefore = await caseCounts(workspace);

  const started = performance.now();
  await postAll(submissions, concurrency);
  const posted = performance.now();
  await judgedUntil(workspace, warmUpCount + e2eCount);
  const done = performance.now();

  const runs = await workspace.kuulo.services.database.execute(
    `SELECT extract(epoch FROM completed_on - started_on) * 1000 AS ms FROM pgboss.job WHERE name = $1 AND state = 'completed' ORDER BY completed_on DESC LIMIT $2`,
    [judgeJob, e2eCount],
  );
  const runMs = median(runs.rows.map((row) => Number(row['ms'])));
  const after = await caseCounts(workspace);
  const perSecond = e2eCount / ((done - started) / 1000);
  const intakePerSecond = e2eCount / ((posted - started) / 1000);
  report.note(
    `${kind} end to end: ${e2eCount} responses stored in ${((posted - started) / 1000).toFixed(2)} s, all judged after ${((done - started) / 1000).toFixed(1)} s; ` +
      `one judge job runs in ${runMs.toFixed(0)} ms (median), so ${(1000 / runMs).toFixed(0)}/s back to back; ` +
      `${pct(after.responses - casesBefore.responses, e2eCount)} of the responses opened or joined a case (${after.cases - casesBefore.cases} cases opened)`,
  );
  report.figure({ name: `e2e_${kind}_per_s`, value: perSecond, unit: 'responses/s', ref: intakePerSecond, decimals: 1 });
}

/** Judges the responses one after another, as the job queue's one worker does; responses per second. */
async function judgeAll(workspace: RespondWorkspace, published: ReturnType<typeof createPublishedSurveys>, responses: readonly CompletedResponse[]) {
  let fired = 0;
  const started = performance.now();
  for (const response of responses) if ((await judgeResponse(workspace.kuulo.services, published, response)).fired.length) fired++;
  return { perSecond: responses.length / ((performance.now() - started) / 1000), fired };
}

/**
 * Figure 2: `judgeResponse` called directly on stored responses, with the 50 rules and the cases,
 * tags, mails and events they cause. Reference: the same responses in the workspace without rules
 * (the judge then only keeps the response's scores). Rounds alternate, each on fresh responses.
 */
async function judgeAlone(report: Report, kind: BenchDatabaseKind, workspace: RespondWorkspace) {
  const rounds = Math.min(benchRepeat(), 3);
  const generated = benchResponses(judgeCount * rounds, definitionsOf(workspace), workspace.contacts, `respond-judge-${kind}`);
  const withRules = await storeResponses(workspace.kuulo, workspace, generated, workspace.contactIds);
  const withoutRules = await storeResponses(workspace.kuulo, workspace.plain, generated, null);
  const published = createPublishedSurveys(workspace.kuulo.services.db);
  for (const { workspaceId, surveys } of [workspace, workspace.plain]) for (const survey of Object.values(surveys)) await published.version(workspaceId, survey.id, 1);

  const values: number[] = [];
  const refs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const slice = (list: CompletedResponse[]) => list.slice(round * judgeCount, (round + 1) * judgeCount);
    const ref = await judgeAll(workspace, published, slice(withoutRules));
    if (ref.fired) throw new Error('a rule fired in the workspace without rules');
    const before = await caseCounts(workspace);
    const run = await judgeAll(workspace, published, slice(withRules));
    const after = await caseCounts(workspace);
    values.push(run.perSecond);
    refs.push(ref.perSecond);
    report.note(
      `${kind} judge round ${round + 1}: ${run.perSecond.toFixed(1)}/s with ${ruleCount} rules (without rules ${ref.perSecond.toFixed(0)}/s); ` +
        `${pct(run.fired, judgeCount)} of the responses fired a rule, ${pct(after.responses - before.responses, judgeCount)} opened or joined a case (${after.cases - before.cases} cases opened)`,
    );
  }
  report.figure({ name: `judge_${kind}_per_s`, value: median(values), unit: 'responses/s', ref: median(refs), decimals: 1 });
}

async function measureDatabase(report: Report, kind: BenchDatabaseKind, database: DatabaseConfig) {
  report.note(`${kind}: setting up a workspace with ${ruleCount} rules and ${contactCount} contacts`);
  const workspace = await startRespondWorkspace(database, contactCount);
  try {
    await endToEnd(report, kind, workspace);
    await judgeAlone(report, kind, workspace);
  } finally {
    await workspace.kuulo.close();
  }
}

/** Figure 3: the pure evaluator, with conditions parsed once per rule version, as the judge keeps them. */
function evaluator(report: Report) {
  const input = evaluatorInput(1000);
  const rounds = benchRepeat();
  const runs = { evaluated: [] as number[], json: [] as number[] };
  evaluateRate(input, 2);
  for (let round = 0; round < rounds; round++) {
    runs.json.push(parseRate(input, 30).perSecond);
    runs.evaluated.push(evaluateRate(input, 5).perSecond);
  }
  const { holds } = evaluateRate(input, 1);
  report.note(`evaluator: ${(median(runs.evaluated) * ruleCount).toFixed(0)} conditions/s; ${(holds / input.facts.length).toFixed(2)} of the ${ruleCount} rules hold per response`);
  report.figure({ name: 'evaluate_per_s', value: median(runs.evaluated), unit: 'responses/s', ref: median(runs.json), decimals: 0 });
}

export const respondGroup: BenchGroup = {
  name: 'respond',
  description: `completed responses per second through alert-rule judgement and case creation with ${ruleCount} enabled rules: end to end from the public intake through the judge job (ref: the intake alone), judgeResponse called directly (ref: the same responses without rules), and the pure condition evaluator (ref: JSON.parse of the response); on PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on PostgreSQL`,
  async run(report) {
    evaluator(report);
    for (const kind of benchDatabaseKinds()) await withBenchDatabase(kind, (config) => measureDatabase(report, kind, config));
    if (!serverUrl) report.note('no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL skipped');
  },
};
