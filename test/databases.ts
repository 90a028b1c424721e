import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../src/platform/config/config.js';

/**
 * The databases every storage test runs on: PGlite always, and the PostgreSQL server
 * named by TEST_DATABASE_URL when it is set (CI sets it). Each test file gets a fresh
 * database of its own on the server, dropped afterwards.
 */
export interface TestDatabase {
  name: 'pglite' | 'postgres';
  config(): Promise<DatabaseConfig>;
  cleanup(): Promise<void>;
}

// Read here rather than through the app's config: it configures the test run, not Kuulo.
const serverUrl = process.env.TEST_DATABASE_URL;

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'pglite', config: async () => ({ kind: 'embedded', dataDir: null }), cleanup: async () => {} }];
  if (serverUrl) list.push(serverDatabase(serverUrl));
  return list;
}

function serverDatabase(url: string): TestDatabase {
  const created: string[] = [];
  const admin = () => new pg.Client({ connectionString: url });
  return {
    name: 'postgres',
    async config() {
      const name = `kuulo_test_${randomBytes(6).toString('hex')}`;
      const client = admin();
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      created.push(name);
      const target = new URL(url);
      target.pathname = `/${name}`;
      return { kind: 'postgres', url: target.toString(), poolSize: 5 };
    },
    async cleanup() {
      const client = admin();
      await client.connect();
      try {
        for (const name of created.splice(0)) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
