import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { openDatabase, type Database } from './database.js';

/**
 * Tables that are not per tenant, each with its reason. Every other table must start its
 * primary key with workspace_id, so the schema can be sharded by workspace.
 */
const globalTables: Record<string, string> = {
  users: 'one account can belong to many workspaces',
  sessions: 'a browser session belongs to a user, not to a workspace',
  password_resets: 'a forgot-password link belongs to an account, not to a workspace',
  workspaces: 'the tenant root: its id is the workspace id',
  __drizzle_migrations: 'the migration journal',
  instance_secrets: 'secrets of the whole instance, such as the key that signs personal links',
  survey_slugs: 'a public link carries only its slug; it finds the survey\'s workspace',
};

describe.each(testDatabases())('the schema on $name', (testDatabase) => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase(await testDatabase.config());
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase.cleanup();
  });

  it('puts workspace_id first in the primary key of every tenant table', async () => {
    const { rows } = await database.execute(`
      SELECT c.relname AS table_name,
             (SELECT array_agg(a.attname::text ORDER BY k.ordinality)
                FROM pg_index i
                CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ordinality)
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
               WHERE i.indrelid = c.oid AND i.indisprimary) AS key_columns
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'drizzle')`);
    expect(rows.length).toBeGreaterThan(4);
    const offenders = rows
      .filter((row) => !(String(row.table_name) in globalTables))
      .filter((row) => (row.key_columns as string[] | null)?.[0] !== 'workspace_id')
      .map((row) => `${String(row.table_name)} (primary key: ${JSON.stringify(row.key_columns)})`);
    expect(offenders, 'tenant tables must have workspace_id first in their primary key, or be listed as global with a reason').toEqual([]);
  });

  it('applies the migrations once: opening again changes nothing', async () => {
    const before = await database.execute('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    expect(Number(before.rows[0]!.n)).toBeGreaterThan(0);
  });
});
