import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/platform/config/config.js';
import { withTempDir } from './temp.js';

/** The PostgreSQL server benchmarks may use (read here, not through Kuulo's config: it steers the benchmark). */
export const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

export type BenchDatabaseKind = 'pglite' | 'postgres';

/** The databases a group runs on: PGlite always, PostgreSQL when a server is named. */
export const benchDatabaseKinds = (): BenchDatabaseKind[] => (serverUrl ? ['pglite', 'postgres'] : ['pglite']);

/**
 * Runs `use` on a new, empty database of the kind: PGlite in a temp folder, or a throwaway
 * database on the server, dropped afterwards (success or error).
 */
export async function withBenchDatabase<T>(kind: BenchDatabaseKind, use: (config: DatabaseConfig) => Promise<T>): Promise<T> {
  if (kind === 'pglite') return withTempDir((dir) => use({ kind: 'embedded', dataDir: dir }));
  if (!serverUrl) throw new Error('PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const name = `kuulo_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await use({ kind: 'postgres', url: url.toString(), poolSize: 10 });
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
