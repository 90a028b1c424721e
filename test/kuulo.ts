import { Writable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseConfig } from '../src/platform/config/config.js';
import { loadConfig } from '../src/platform/config/config.js';
import { buildKuulo, type Kuulo } from '../src/main.js';
import { type ApiAgent, setUpKuulo } from './api-agent.js';
import type { TestDatabase } from './databases.js';

export interface TestKuulo extends Kuulo {
  /** Every log line written so far, as parsed JSON. */
  logs: Record<string, unknown>[];
}

/** A whole Kuulo on the given database, for `app.inject()` tests; logs are captured, not printed. */
export async function buildTestKuulo(database: DatabaseConfig, env: Record<string, string> = {}): Promise<TestKuulo> {
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const config = loadConfig({ LOG_LEVEL: 'info', ...env });
  config.database = database;
  const kuulo = await buildKuulo(config, { logDestination: destination });
  return Object.assign(kuulo, { logs });
}

/**
 * A Kuulo for one `describe` block on the given test database, started before its tests and
 * closed (and its database dropped) after them. With `setUp`, first-run setup is done and the
 * signed-in administrator and the first workspace's id are ready too.
 */
export function useTestKuulo(database: TestDatabase, options: { setUp?: boolean; env?: Record<string, string> } = {}) {
  const context = {} as { kuulo: TestKuulo; admin: ApiAgent; workspaceId: string };
  beforeAll(async () => {
    context.kuulo = await buildTestKuulo(await database.config(), options.env);
    if (options.setUp) Object.assign(context, await setUpKuulo(context.kuulo));
  });
  afterAll(async () => {
    await context.kuulo?.close();
    await database.cleanup();
  });
  return context;
}
