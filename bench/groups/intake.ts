import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { buildKuulo, type Kuulo } from '../../src/main.js';
import { loadConfig, type DatabaseConfig } from '../../src/platform/config/config.js';
import { benchDatabaseKinds, serverUrl, withBenchDatabase, type BenchDatabaseKind } from '../lib/databases.js';
import { postLoad } from '../lib/load.js';
import { benchRepeat } from '../lib/settings.js';
import { median } from '../lib/stats.js';
import type { BenchGroup, Report } from '../lib/types.js';

// Read here, not through Kuulo's config: they steer the benchmark, not Kuulo.
const count = Number(process.env.BENCH_INTAKE_COUNT ?? 1500);
const concurrency = 16;

const submission = (version: number) =>
  JSON.stringify({ submissionId: randomUUID(), version, language: 'fi', isComplete: true, elapsedMs: 12_000, answers: { nps: 9, like_most: 'Nopea ja ystävällinen palvelu' } });

/** Kuulo with a published NPS survey, listening on a free local port. */
async function startKuulo(database: DatabaseConfig): Promise<{ kuulo: Kuulo; url: string }> {
  // One address sends everything here, so the per-address limit is lifted out of the way.
  const config = loadConfig({ LOG_LEVEL: 'warn', KUULO_SETUP_TOKEN: 'bench-setup-token-0000', KUULO_PUBLIC_RATE_LIMIT: '100000000' });
  config.database = database;
  const kuulo = await buildKuulo(config);
  const address = await kuulo.app.listen({ port: 0, host: '127.0.0.1' });
  const call = async (method: string, url: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await kuulo.app.inject({ method: method as 'POST', url, payload: body as object, headers });
    return { body: response.json(), cookie: String(response.headers['set-cookie'] ?? '').split(';')[0]! };
  };
  const setup = await call('POST', '/api/v1/setup', { token: 'bench-setup-token-0000', name: 'Bench', email: 'bench@example.com', password: 'bench password 123', workspaceName: 'Bench' });
  const headers = { cookie: setup.cookie, 'x-csrf-token': setup.body.csrfToken };
  const workspaceId = setup.body.workspaces[0].id;
  const survey = (await call('POST', `/api/v1/workspaces/${workspaceId}/surveys`, { name: 'NPS', templateId: 'nps' }, headers)).body;
  await call('POST', `/api/v1/workspaces/${workspaceId}/surveys/${survey.id}/publish`, {}, headers);
  return { kuulo, url: `${address}/api/v1/public/surveys/${survey.slug}/responses` };
}

/** The reference: a bare Fastify route that parses the same JSON and answers. */
async function startBare() {
  const app = Fastify();
  app.post('/responses', async (request) => ({ received: typeof request.body }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `${address}/responses`, close: () => app.close() };
}

async function measure(report: Report, name: BenchDatabaseKind, config: DatabaseConfig) {
  const kuuloRuns: number[] = [];
  const refRuns: number[] = [];
  const { kuulo, url } = await startKuulo(config);
  const bare = await startBare();
  try {
    for (let round = 0; round < Math.min(benchRepeat(), 3); round++) {
      const ref = await postLoad(bare.url, () => submission(1), { count, concurrency });
      const run = await postLoad(url, () => submission(1), { count, concurrency });
      if (run.failures) throw new Error(`${run.failures} submissions were refused`);
      refRuns.push(ref.perSecond);
      kuuloRuns.push(run.perSecond);
      report.note(`${name} round ${round + 1}: ${run.perSecond.toFixed(0)}/s (bare Fastify ${ref.perSecond.toFixed(0)}/s)`);
    }
  } finally {
    await bare.close();
    await kuulo.close();
  }
  report.figure({ name: `${name}_per_s`, value: median(kuuloRuns), unit: 'submissions/s', ref: median(refRuns), decimals: 0 });
}

export const intakeGroup: BenchGroup = {
  name: 'intake',
  description: `accepted survey submissions per second through POST /api/v1/public/surveys/:slug/responses (${concurrency} concurrent clients on loopback, each a complete NPS response stored in its own transaction), on PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on PostgreSQL; reference: a bare Fastify route parsing the same JSON`,
  async run(report) {
    for (const kind of benchDatabaseKinds()) await withBenchDatabase(kind, (config) => measure(report, kind, config));
    if (!serverUrl) report.note('no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL skipped');
  },
};
