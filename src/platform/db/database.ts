import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { DatabaseConfig } from '../config/config.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { createPostgresListener } from './postgres-listener.js';
import { projectRoot } from './project-root.js';
import * as schema from './schema.js';

/** Drizzle over either driver: stores take this, and a transaction is one too. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface SqlResult {
  rows: Record<string, unknown>[];
  rowCount: number;
}

export interface Database {
  kind: 'embedded' | 'postgres';
  db: Db;
  /** Raw SQL for the few places drizzle does not fit (job queue, housekeeping, health). */
  execute(text: string, values?: unknown[]): Promise<SqlResult>;
  /** For the job queue: a PGlite connection is shared, a server gets its own pool. */
  jobQueueConnection: { db: { executeSql(text: string, values?: unknown[]): Promise<SqlResult> } } | { connectionString: string };
  /**
   * Calls `handler` with the payload of every NOTIFY on `channel` (sent in a transaction: after
   * its commit), from this node or, on a server, any node. Resolves to the way to stop.
   */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const migrationsFolder = () => path.join(projectRoot(), 'src/platform/db/migrations');

/** Postgres settings for the embedded database: it has no autovacuum worker, and a small WAL keeps the folder small. */
const embeddedSettings = ['max_wal_size = 64MB', 'min_wal_size = 32MB', 'checkpoint_timeout = 5min'];

/**
 * Opens the database named by the configuration and brings its schema up to date.
 * The embedded database takes a lock file first, so two processes never share one data folder.
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'embedded' ? openEmbedded(config.dataDir) : openPostgres(config.url, config.poolSize);
}

async function openEmbedded(dataDir: string | null): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (dataDir) lock = lockDataDir(dataDir);
  try {
    const pgdata = dataDir ? path.join(dataDir, 'pgdata') : undefined;
    if (pgdata && !fs.existsSync(path.join(pgdata, 'PG_VERSION'))) await createEmbeddedFolder(pgdata);
    const client = await PGlite.create({ dataDir: pgdata, postgresqlconf: embeddedSettings, relaxedDurability: false });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder: migrationsFolder() });
    const execute = async (text: string, values?: unknown[]): Promise<SqlResult> => {
      if (values && values.length > 0) {
        const r = await client.query<Record<string, unknown>>(text, values);
        return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
      }
      const results = await client.exec(text);
      const last = results.at(-1);
      return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
    };
    return {
      kind: 'embedded',
      db,
      execute,
      jobQueueConnection: { db: { executeSql: execute } },
      listen: (channel, handler) => client.listen(channel, handler).then((unlisten) => () => unlisten()),
      async close() {
        try {
          if (!client.closed) await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Runs database creation in a worker thread, whose memory is returned when it ends. */
function createEmbeddedFolder(pgdata: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(projectRoot(), 'src/platform/db/create-embedded.worker.mjs'), { workerData: { pgdata, settings: embeddedSettings } });
    let isCreated = false;
    worker.once('message', () => (isCreated = true));
    worker.once('error', reject);
    worker.once('exit', (code) => (isCreated ? resolve() : reject(new Error(`Creating the embedded database in ${pgdata} failed (worker exit code ${code}).`))));
  });
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await withAdvisoryLock(pool, () => migratePg(db as never, { migrationsFolder: migrationsFolder() }));
    const listener = createPostgresListener(url);
    const execute = async (text: string, values?: unknown[]): Promise<SqlResult> => {
      const r = await pool.query(text, values);
      const last = Array.isArray(r) ? r.at(-1) : r;
      return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
    };
    return {
      kind: 'postgres',
      db,
      execute,
      jobQueueConnection: { connectionString: url },
      listen: (channel, handler) => listener.listen(channel, handler),
      async close() {
        await listener.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
}

/** Several Kuulo nodes may start at once: only one applies migrations, the others wait for it. */
async function withAdvisoryLock<T>(pool: pg.Pool, run: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['kuulo.migrations']);
    return await run();
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['kuulo.migrations']).catch(() => {});
    client.release();
  }
}
