import { commentedRollups } from '../../../src/insights/metrics/commented.js';
import { metricOverview } from '../../../src/insights/metrics/overview.js';
import { findRollupSettings } from '../../../src/insights/rollups/store.js';
import type { Report } from '../types.js';
import type { OverviewQuestion } from './numbers.js';
import type { DuckReference } from './reference.js';
import type { BenchWorkspace } from './workspace.js';
import { timeAlternately } from './timing.js';

/**
 * The NPS overview filtered by what the comments say ("negative comments only"): rollups cannot
 * know it, so Kuulo counts the matching responses in memory. Every complete response gets one
 * comment with a sentiment spread evenly by its id (a third negative), written at its completion,
 * as the analysis job would store it; the figure is that overview's time against the reference's
 * raw scan of the same question without the filter.
 */
export async function measureCommentFilter(report: Report, label: string, ws: BenchWorkspace, duck: DuckReference, question: OverviewQuestion): Promise<void> {
  const { database, db } = ws.kuulo.services;
  await database.execute(
    `INSERT INTO comments (workspace_id, id, response_id, question_id, survey_id, channel, text, written_at, lang, lang_source, sentiment)
     SELECT workspace_id, gen_random_uuid(), id, 'bench', survey_id, channel, 'bench', completed_at, 'en', 'given',
            (ARRAY['negative', 'neutral', 'positive'])[1 + abs(hashtext(id::text)) % 3]
     FROM responses WHERE workspace_id = $1 AND state = 'complete'`,
    [ws.workspaceId],
  );
  await database.execute('ANALYZE comments');
  const settings = (await findRollupSettings(db, ws.workspaceId))!;
  const request = { workspaceId: ws.workspaceId, metric: 'nps' as const, from: question.from, to: question.to, interval: question.interval, breakdown: 'channel' };
  const ours = async () =>
    metricOverview(
      db,
      request,
      await commentedRollups(db, { workspaceId: ws.workspaceId, from: question.previousFrom, to: question.to, timeZone: settings.timeZone, segments: settings.segments, conditions: { sentiment: 'negative' }, keep: { dimensions: ['', 'channel'], kinds: ['nps'] } }),
    );
  const overview = await ours();
  const sql = duck.overviewSql(question, settings.minResponses);
  const timings = await timeAlternately(ours, () => duck.overview(sql));
  report.note(`${label}: ${question.name} of negative comments only: ${overview!.value.n} responses in the period, counted from ${overview!.value.n + overview!.previous.value.n} with the period before`);
  report.figure({ name: `${question.name}_negative_${label}_p50_ms`, value: timings.p50, unit: 'ms', ref: timings.refP50, decimals: 1 });
}
