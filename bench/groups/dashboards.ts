import { dayIn } from '../../src/insights/rollups/rows.js';
import { generateWorkspace } from '../lib/dashboards/generator.js';
import { measureDatabase } from '../lib/dashboards/measure.js';
import { dashboardRuns, type Timings } from '../lib/dashboards/timing.js';
import { dashboardQuestions } from '../lib/dashboards/numbers.js';
import { parseSize, pgliteMaxResponses, timeZone } from '../lib/dashboards/plan.js';
import { DuckReference } from '../lib/dashboards/reference.js';
import { startWorkspace } from '../lib/dashboards/workspace.js';
import { benchDatabaseKinds, serverUrl, withBenchDatabase, type BenchDatabaseKind } from '../lib/databases.js';
import { withTempDir } from '../lib/temp.js';
import type { BenchGroup, Report } from '../lib/types.js';

/** Read here, not through Kuulo's config: it steers the benchmark. 10m is opt-in (PostgreSQL only). */
const sizeLabels = (process.env.BENCH_DASHBOARD_SIZES ?? '100k,1m')
  .split(',')
  .map((label) => label.trim().toLowerCase())
  .filter(Boolean);

/** Timings per database, size label and question. */
type Results = Map<BenchDatabaseKind, Map<string, Map<string, Timings>>>;

async function measureSize(report: Report, label: string, count: number, end: number, results: Results): Promise<void> {
  const questions = dashboardQuestions(dayIn(timeZone, new Date(end)));
  await withTempDir(async (dir) => {
    let started = performance.now();
    const data = generateWorkspace(dir, count, end);
    report.note(`${label}: generated ${data.responses} responses and ${data.contacts} contacts in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    started = performance.now();
    const duck = await DuckReference.load(data.responsesFile, data.definitions);
    try {
      if ((await duck.count()) !== data.responses) throw new Error('DuckDB did not load every generated response');
      report.note(`${label}: DuckDB loaded them in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      for (const kind of benchDatabaseKinds()) {
        if (kind === 'pglite' && count > pgliteMaxResponses) {
          report.note(`${label}: PGlite skipped above ${pgliteMaxResponses} responses (PostgreSQL only)`);
          continue;
        }
        const timings = await withBenchDatabase(kind, async (config) => {
          const ws = await startWorkspace(config);
          try {
            return await measureDatabase(report, `${kind}_${label}`, ws, data, duck, questions);
          } finally {
            await ws.kuulo.close();
          }
        });
        if (!results.has(kind)) results.set(kind, new Map());
        results.get(kind)!.set(label, timings);
      }
    } finally {
      duck.close();
    }
  });
}

/** p50 at the largest size over p50 at the smallest, per database and question; the ref is DuckDB's own growth. */
function reportFlatness(report: Report, results: Results): void {
  for (const [kind, bySize] of results) {
    const labels = [...bySize.keys()];
    if (labels.length < 2) continue;
    const first = bySize.get(labels[0]!)!;
    const last = bySize.get(labels.at(-1)!)!;
    report.note(`flatness on ${kind}: p50 at ${labels.at(-1)} / p50 at ${labels[0]}`);
    for (const [name, timings] of last) {
      const base = first.get(name)!;
      report.figure({ name: `flat_${name}_${kind}_ratio`, value: timings.p50 / base.p50, unit: 'x', ref: timings.refP50 / base.refP50, decimals: 2 });
    }
  }
}

export const dashboardsGroup: BenchGroup = {
  name: 'dashboards',
  description:
    'p50/p95 of the NPS overview (90 days weekly and one year monthly, by channel) and the biggest survey\'s report over rollups, ' +
    `at each size of BENCH_DASHBOARD_SIZES (default 100k,1m; 10m opt-in, PostgreSQL only) of generated responses, on PGlite and PostgreSQL; ` +
    'the 90-day overview of responses with a negative comment (counted from the responses, not rollups); ' +
    'also load and rollup rebuild throughput; reference: DuckDB scanning the same raw rows, checked to give the same numbers',
  async run(report) {
    const sizes = sizeLabels.map((label) => ({ label, count: parseSize(label) })).sort((a, b) => a.count - b.count);
    if (!serverUrl) report.note('no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL skipped');
    report.note(`sizes ${sizes.map((s) => s.label).join(', ')}; each question timed ${dashboardRuns()} times after warm-up, alternating with DuckDB`);
    // One instant for the whole run, to the minute: every database and DuckDB see the same "today".
    const end = Math.floor(Date.now() / 60_000) * 60_000;
    const results: Results = new Map();
    for (const { label, count } of sizes) await measureSize(report, label, count, end, results);
    reportFlatness(report, results);
  },
};
