/**
 * `npm run -s rollups:rebuild [-- <workspace id>…]`: recomputes rollups from responses, for the
 * named workspaces or all of them, with the same configuration as `npm start` (DATABASE_URL or the
 * embedded data folder). The embedded database opens in one process at a time: stop Kuulo first,
 * or ask the running one (`POST /api/v1/workspaces/:id/insights/rebuild`).
 */
import { loadConfig, ConfigError } from '../../platform/config/config.js';
import { openDatabase } from '../../platform/db/database.js';
import { DataDirLockedError } from '../../platform/db/data-dir-lock.js';
import { workspaces } from '../../platform/db/schema.js';
import { rebuildRollups, RebuildUnderwayError } from './rebuild.js';

async function main(argv: string[]): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  let database;
  try {
    database = await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\nAsk the running Kuulo instead: POST /api/v1/workspaces/<id>/insights/rebuild.\n`);
      return 1;
    }
    throw error;
  }
  try {
    const known = (await database.db.select({ id: workspaces.id, name: workspaces.name }).from(workspaces)).sort((a, b) => a.name.localeCompare(b.name));
    const unknown = argv.filter((id) => !known.some((w) => w.id === id));
    if (unknown.length) {
      process.stderr.write(`No workspace ${unknown.join(', ')}. Workspaces: ${known.map((w) => `${w.id} (${w.name})`).join(', ') || 'none'}.\n`);
      return 2;
    }
    for (const workspace of known.filter((w) => argv.length === 0 || argv.includes(w.id))) {
      const startedAt = Date.now();
      let responses: number;
      try {
        ({ responses } = await rebuildRollups(database.db, workspace.id));
      } catch (error) {
        if (!(error instanceof RebuildUnderwayError)) throw error;
        process.stderr.write(`${workspace.name} (${workspace.id}): ${error.message}\n`);
        return 1;
      }
      process.stdout.write(`${workspace.name} (${workspace.id}): ${responses} responses in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
