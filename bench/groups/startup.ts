import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../lib/port.js';
import { rssMb } from '../lib/rss.js';
import { startServer, type RunningServer, type StartOptions } from '../lib/server.js';
import { benchRepeat, repoRoot } from '../lib/settings.js';
import { median, sleep } from '../lib/stats.js';
import { withTempDir } from '../lib/temp.js';
import type { BenchGroup, Report } from '../lib/types.js';

const KUULO_MAIN = path.join('dist', 'src', 'main.js');
const BARE_SERVER = path.join(repoRoot, 'bench', 'lib', 'bare-server.mjs');
/** How long a server sits idle after its first 200 before its RSS is read. */
const IDLE_MS = 5_000;
const START_DEADLINE_MS = 120_000;

interface Target {
  options: StartOptions;
  /** npm re-raises the SIGTERM it forwarded: that is a normal stop for it, not for Kuulo itself. */
  stopsBySignal: boolean;
}

/** Kuulo on the embedded database (PGlite), quiet, on 127.0.0.1 and a free port. */
async function kuulo(dataDir: string, label: string, via: 'node' | 'npm' = 'node'): Promise<Target> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', KUULO_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'PUBLIC_URL', 'KUULO_SETUP_TOKEN', 'KUULO_TRUST_PROXY']) delete env[name];
  return {
    options: {
      label,
      command: via === 'node' ? process.execPath : 'npm',
      args: via === 'node' ? [KUULO_MAIN] : ['start', '--silent'],
      cwd: repoRoot,
      env,
      url: `http://127.0.0.1:${port}/health`,
      deadlineMs: START_DEADLINE_MS,
    },
    stopsBySignal: via === 'npm',
  };
}

/** The reference: a bare Node http.createServer, spawned and polled exactly like Kuulo. */
async function bareNode(): Promise<Target> {
  const port = await freePort();
  return {
    options: {
      label: 'bare Node reference',
      command: process.execPath,
      args: [BARE_SERVER],
      cwd: repoRoot,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
      url: `http://127.0.0.1:${port}/health`,
      deadlineMs: START_DEADLINE_MS,
    },
    stopsBySignal: false,
  };
}

async function stop(report: Report, target: Target, server: RunningServer): Promise<void> {
  const result = await server.stop();
  const label = target.options.label;
  if (result.forced) report.note(`${label} did not stop within the deadline after SIGTERM: killed`);
  else if (result.code !== 0 && !(target.stopsBySignal && result.signal === 'SIGTERM')) {
    report.note(`${label} stopped with ${result.code === null ? `signal ${result.signal}` : `exit code ${result.code}`} after SIGTERM`);
  }
}

/**
 * Starts `targets` one after the other (each timed alone, the earlier ones left running idle),
 * runs `then`, and stops them all — also when anything fails.
 */
async function startTogether(
  report: Report,
  targets: Target[],
  then: (servers: RunningServer[]) => Promise<void> = async () => {},
): Promise<RunningServer[]> {
  const started: { target: Target; server: RunningServer }[] = [];
  try {
    for (const target of targets) started.push({ target, server: await startServer(target.options) });
    await then(started.map((s) => s.server));
  } finally {
    for (const { target, server } of [...started].reverse()) await stop(report, target, server);
  }
  return started.map((s) => s.server);
}

/** One timed start and stop; the result's readyMs and output() stay readable after the stop. */
async function timeOne(report: Report, target: Target): Promise<RunningServer> {
  const [server] = await startTogether(report, [target]);
  if (!server) throw new Error(`${target.options.label} did not start`);
  return server;
}

/** The single runs behind a median, on stderr, to judge the spread. */
function noteRuns(report: Report, name: string, values: number[], refs: number[], decimals = 0): void {
  const list = (xs: number[]) => xs.map((x) => x.toFixed(decimals)).join(' ');
  report.note(`${name} runs: ${list(values)} | ref runs: ${list(refs)}`);
}

export const startupGroup: BenchGroup = {
  name: 'startup',
  description:
    'Cold start of Kuulo on PGlite: spawn of `node dist/src/main.js` (what `npm start` runs) to the first 200 from /health, ' +
    'on an empty and on an existing data folder, and RSS after ~5 s idle. `npm start` adds npm itself and the build ' +
    'freshness check (scripts/ensure-built.mjs); npm_start_existing_ms times one such start to show that overhead. ' +
    'Reference: a bare Node http.createServer answering 200, spawned and polled the same way, alternating with the Kuulo runs.',

  async run(report) {
    const repeat = benchRepeat();
    if (!fs.existsSync(path.join(repoRoot, KUULO_MAIN))) {
      throw new Error(`${KUULO_MAIN} is missing: run \`npm run build:server\` first.`);
    }
    report.note(`${repeat} runs each (BENCH_REPEAT), medians; a bare Node reference run precedes every Kuulo run`);

    await withTempDir(async (existingDir) => {
      // 1. Empty data folder: every run creates the database in a new folder. The first run's
      //    folder is kept: it is the existing database of part 2.
      const refEmpty: number[] = [];
      const empty: number[] = [];
      for (let i = 0; i < repeat; i++) {
        refEmpty.push((await timeOne(report, await bareNode())).readyMs);
        const run = async (dir: string) => (await timeOne(report, await kuulo(dir, 'Kuulo (empty folder)'))).readyMs;
        empty.push(i === 0 ? await run(existingDir) : await withTempDir(run));
      }
      noteRuns(report, 'cold_empty_ms', empty, refEmpty);
      report.figure({ name: 'cold_empty_ms', value: median(empty), unit: 'ms', ref: median(refEmpty) });

      // 2. Existing data folder. The reference is started (and timed) first and left running, idle,
      //    while Kuulo starts; then both idle IDLE_MS and their RSS is read.
      const refExisting: number[] = [];
      const existing: number[] = [];
      const refRss: number[] = [];
      const rss: number[] = [];
      for (let i = 0; i < repeat; i++) {
        const [ref, server] = await startTogether(
          report,
          [await bareNode(), await kuulo(existingDir, 'Kuulo (existing folder)')],
          async ([refServer, kuuloServer]) => {
            await sleep(IDLE_MS);
            if (refServer) refRss.push(rssMb(refServer.pid));
            if (kuuloServer) rss.push(rssMb(kuuloServer.pid));
          },
        );
        if (!ref || !server) throw new Error('the reference or Kuulo did not start');
        refExisting.push(ref.readyMs);
        existing.push(server.readyMs);
      }
      noteRuns(report, 'cold_existing_ms', existing, refExisting);
      noteRuns(report, 'idle_rss_mb', rss, refRss, 1);
      report.figure({ name: 'cold_existing_ms', value: median(existing), unit: 'ms', ref: median(refExisting) });
      report.figure({ name: 'idle_rss_mb', value: median(rss), unit: 'MB', ref: median(refRss) });

      // 3. `npm start` once, on the same folder. When its freshness check rebuilt first, that run
      //    timed a build; the build is current now, so it is timed once more.
      const allRefs = [...refEmpty, ...refExisting];
      const npmStart = async () => {
        const server = await timeOne(report, await kuulo(existingDir, 'Kuulo via npm start', 'npm'));
        return { ms: server.readyMs, rebuilt: /Building the /.test(server.output()) };
      };
      let result = await npmStart();
      if (result.rebuilt) {
        report.note('npm start rebuilt first (sources newer than the build): timing it again');
        result = await npmStart();
        if (result.rebuilt) report.note('npm start rebuilt again: this figure includes a build');
      }
      report.figure({ name: 'npm_start_existing_ms', value: result.ms, unit: 'ms', ref: median(allRefs) });
    });
  },
};
