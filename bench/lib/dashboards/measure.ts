import { metricOverview } from '../../../src/insights/metrics/overview.js';
import { surveyReport } from '../../../src/insights/metrics/survey-report.js';
import { rebuildRollups } from '../../../src/insights/rollups/rebuild.js';
import { findRollupSettings } from '../../../src/insights/rollups/store.js';
import type { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import type { Report } from '../types.js';
import type { GeneratedWorkspace } from './generator.js';
import { loadWorkspace, publishedDefinitions } from './loader.js';
import { differences, overviewNumbers, surveyNumbers, type DashboardNumbers, type DashboardQuestion } from './numbers.js';
import type { DuckReference } from './reference.js';
import type { BenchWorkspace } from './workspace.js';
import { measureCommentFilter } from './comment-filter.js';
import { timeAlternately, type Timings } from './timing.js';

interface Pair {
  ours: () => Promise<DashboardNumbers>;
  reference: () => Promise<DashboardNumbers>;
  /** The timed calls: the dashboard function and the reference's query, without flattening. */
  timed: [() => Promise<unknown>, () => Promise<unknown>];
}

/** Kuulo's call (straight on the database, no HTTP) and the reference's query for one question. */
function pairFor(question: DashboardQuestion, ws: BenchWorkspace, duck: DuckReference, definitions: Map<string, SurveyDefinition>, minResponses: number): Pair {
  const db = ws.kuulo.services.db;
  if (question.kind === 'overview') {
    const ours = () => metricOverview(db, { workspaceId: ws.workspaceId, metric: 'nps', from: question.from, to: question.to, interval: question.interval, breakdown: 'channel' });
    const sql = duck.overviewSql(question, minResponses);
    return {
      ours: async () => overviewNumbers((await ours())!),
      reference: async () => duck.overviewNumbers(await duck.overview(sql)),
      timed: [ours, () => duck.overview(sql)],
    };
  }
  const surveyId = ws.surveyIds[question.surveyKey]!;
  const ours = () => surveyReport(db, { workspaceId: ws.workspaceId, surveyId, definition: definitions.get(question.surveyKey)!, from: question.from, to: question.to });
  const sql = duck.surveySql(question);
  return {
    ours: async () => surveyNumbers((await ours())!),
    reference: async () => duck.surveyNumbers(await duck.survey(sql), minResponses),
    timed: [ours, () => duck.survey(sql)],
  };
}

/**
 * On one database with the workspace set up: loads the generated rows, rebuilds the rollups,
 * gives the database its nightly VACUUM ANALYZE, then checks each question's answer against the
 * reference (failing loudly when they differ) and times both. Returns p50/p95 per question.
 */
export async function measureDatabase(report: Report, label: string, ws: BenchWorkspace, data: GeneratedWorkspace, duck: DuckReference, questions: DashboardQuestion[]): Promise<Map<string, Timings>> {
  const { database, db } = ws.kuulo.services;
  const load = await loadWorkspace(database, ws.workspaceId, ws.surveyIds, data, (n) => report.note(`${label}: loaded ${n} responses`));
  report.note(`${label}: loaded ${data.contacts} contacts and ${load.responses} responses in ${load.seconds.toFixed(0)} s; ${load.checked} sampled responses valid for their survey version`);
  report.figure({ name: `load_${label}_per_s`, value: load.responses / load.seconds, unit: 'responses/s', decimals: 0 });

  let started = performance.now();
  const rebuilt = await rebuildRollups(db, ws.workspaceId);
  const rebuildSeconds = (performance.now() - started) / 1000;
  if (rebuilt.responses !== load.responses) throw new Error(`the rebuild read ${rebuilt.responses} responses, ${load.responses} were loaded`);
  const rollups = await database.execute(
    'SELECT (SELECT count(*) FROM question_rollups) AS q, (SELECT count(*) FROM choice_rollups) AS c, (SELECT count(*) FROM response_rollups) AS r',
  );
  const row = rollups.rows[0]!;
  report.note(`${label}: rebuilt rollups from ${rebuilt.responses} responses in ${rebuildSeconds.toFixed(0)} s: ${row['q']} question, ${row['c']} choice and ${row['r']} response rollup rows`);
  report.figure({ name: `rebuild_${label}_per_s`, value: rebuilt.responses / rebuildSeconds, unit: 'responses/s', decimals: 0 });

  started = performance.now();
  await database.execute('VACUUM ANALYZE');
  report.note(`${label}: VACUUM ANALYZE (what housekeeping or autovacuum does) took ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const definitions = await publishedDefinitions(database, ws.workspaceId, ws.surveyIds);
  const { minResponses } = (await findRollupSettings(db, ws.workspaceId))!;
  const results = new Map<string, Timings>();
  for (const question of questions) {
    const pair = pairFor(question, ws, duck, definitions, minResponses);
    const ours = await pair.ours();
    const wrong = differences(ours, await pair.reference());
    if (wrong.length) throw new Error(`${question.name} on ${label}: Kuulo and DuckDB disagree on ${wrong.length} numbers:\n  ${wrong.slice(0, 20).join('\n  ')}`);
    report.note(`${label}: ${question.name}: Kuulo and DuckDB agree on all ${ours.size} numbers (n ${ours.get('value.n') ?? ours.get('completed')})`);
    const timings = await timeAlternately(...pair.timed);
    for (const p of ['p50', 'p95'] as const) {
      const ref = p === 'p50' ? timings.refP50 : timings.refP95;
      report.figure({ name: `${question.name}_${label}_${p}_ms`, value: timings[p], unit: 'ms', ref, decimals: 1 });
    }
    results.set(question.name, timings);
  }
  const overview = questions.find((question) => question.kind === 'overview');
  if (overview?.kind === 'overview') await measureCommentFilter(report, label, ws, duck, overview);
  return results;
}
