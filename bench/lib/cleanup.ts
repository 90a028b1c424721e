import fs from 'node:fs';

/**
 * Everything a benchmark leaves behind — child process groups and temp folders — is
 * registered here, so that an error, Ctrl-C or SIGTERM still kills and removes it all.
 * The normal path cleans up in `finally` blocks; this is the safety net.
 */
const processGroups = new Set<number>();
const folders = new Set<string>();

export const trackProcessGroup = (pgid: number) => void processGroups.add(pgid);
export const untrackProcessGroup = (pgid: number) => void processGroups.delete(pgid);
export const trackFolder = (dir: string) => void folders.add(dir);
export const untrackFolder = (dir: string) => void folders.delete(dir);

/** Synchronous, for `exit` and signal handlers: kill whatever is left, then delete the folders. */
export function cleanUpEverything(): void {
  for (const pgid of processGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  processGroups.clear();
  for (const dir of folders) {
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      process.stderr.write(`could not remove the temp folder ${dir}\n`);
    }
  }
  folders.clear();
}

let installed = false;

/** Installs the safety net once (exit, SIGINT, SIGTERM, SIGHUP). */
export function installCleanupHandlers(): void {
  if (installed) return;
  installed = true;
  process.on('exit', cleanUpEverything);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      process.stderr.write(`\n${signal}: stopping the benchmark, cleaning up\n`);
      cleanUpEverything();
      process.exit(code);
    });
  }
}
