import { Writable } from 'node:stream';
import type { DatabaseConfig } from '../src/platform/config/config.js';
import { loadConfig } from '../src/platform/config/config.js';
import { buildKuulo, type Kuulo } from '../src/main.js';

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
