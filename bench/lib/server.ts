import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { trackProcessGroup, untrackProcessGroup } from './cleanup.js';
import { sleep } from './stats.js';

export interface StartOptions {
  /** Shown in error messages. */
  label: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Polled until it answers 200; must be on 127.0.0.1. */
  url: string;
  /** Give up (and kill the process) after this long. */
  deadlineMs: number;
}

export interface StopResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when SIGTERM was not enough and the process group had to be killed. */
  forced: boolean;
}

export interface RunningServer {
  /** The spawned process (for `npm start`: npm itself, not the server under it). */
  pid: number;
  /** Milliseconds from spawn to the first 200 from `url`. */
  readyMs: number;
  /** The last few kB of its stdout and stderr. */
  output(): string;
  /** SIGTERM to its process group, then waits until every process of the group is gone. */
  stop(): Promise<StopResult>;
}

const POLL_INTERVAL_MS = 5;
const STOP_DEADLINE_MS = 20_000;
const OUTPUT_KEEP = 16_384;

/**
 * Spawns a server in its own process group and times it from spawn to the first HTTP 200.
 * On any failure the whole group is killed before the error is thrown.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  assertLoopback(options.url);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEEP);
  };

  const startedAt = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true, // own process group: one signal reaches npm, its shell and the server
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    });
    child.once('error', (error) => {
      spawnError = error;
      exit ??= { code: null, signal: null };
      resolve();
    });
  });
  const pid = child.pid;
  if (pid === undefined) {
    await exited;
    throw new Error(`${options.label}: could not start ${options.command}: ${spawnError?.message ?? 'no pid'}`);
  }
  trackProcessGroup(pid);

  let stopping: Promise<StopResult> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      let forced = false;
      if (!exit) signalGroup(pid, 'SIGTERM');
      const inTime = await settlesWithin(exited, STOP_DEADLINE_MS);
      if (!inTime) {
        forced = true;
        signalGroup(pid, 'SIGKILL');
        await exited;
      }
      // npm's child may outlive npm by a moment: wait for the whole group.
      if (!(await waitForGroupGone(pid, STOP_DEADLINE_MS))) {
        forced = true;
        signalGroup(pid, 'SIGKILL');
        await waitForGroupGone(pid, 5_000);
      }
      untrackProcessGroup(pid);
      return { code: exit?.code ?? null, signal: exit?.signal ?? null, forced };
    })());

  try {
    const readyAt = await waitForHttp200(options.url, {
      deadline: startedAt + options.deadlineMs,
      hasExited: () => exit !== undefined,
    });
    return { pid, readyMs: readyAt - startedAt, output: () => output, stop };
  } catch (error) {
    await stop();
    const why = error instanceof Error ? error.message : String(error);
    const tail = output.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${options.label}: ${why}${tail ? `\n--- last output ---\n${tail}` : ''}`);
  }
}

/** Polls `url` until it answers 200; returns performance.now() at that answer. */
export async function waitForHttp200(url: string, options: { deadline: number; hasExited?: () => boolean }): Promise<number> {
  assertLoopback(url);
  for (;;) {
    if (options.hasExited?.()) throw new Error('the process exited before answering 200');
    const status = await httpStatus(url, 2_000);
    const now = performance.now();
    if (status === 200) return now;
    if (now > options.deadline) throw new Error(`no 200 from ${url} before the deadline (last status: ${status ?? 'no answer'})`);
    await sleep(POLL_INTERVAL_MS);
  }
}

/** The status code of one GET on a fresh connection, or null when nothing answered. */
function httpStatus(url: string, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode ?? null);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(null));
  });
}

/** Whether `promise` settles within `ms`; the timer is cleared so it never holds the process open. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1') throw new Error(`benchmarks only send load to 127.0.0.1, not ${host}`);
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Whether any live (non-zombie) process is still in the group. Reads /proc so that an orphan
 * left as a zombie by a non-reaping init does not count; falls back to kill(-pgid, 0).
 */
function groupAlive(pgid: number): boolean {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces, so split after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true;
  }
  return false;
}

async function waitForGroupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (groupAlive(pgid)) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}
