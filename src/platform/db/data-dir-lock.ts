import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Kuulo is already running on the data folder ${dataDir} (process ${pid}). ` +
        'Two processes on one embedded database would corrupt it: stop the other one first, ' +
        'or point KUULO_DATA_DIR at another folder.',
    );
    this.name = 'DataDirLockedError';
  }
}

/** Folders this process holds: a pid equal to ours in a lock file is only ours if we took it (containers reuse pid 1). */
const heldHere = new Set<string>();

export interface DataDirLock {
  release(): void;
}

/**
 * Takes the data folder's lock file, or throws DataDirLockedError when a live process holds it.
 * A lock left by a process that died is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'kuulo.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' });
      heldHere.add(lockPath);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          heldHere.delete(lockPath);
          try {
            if (readPid(lockPath) === process.pid) fs.unlinkSync(lockPath);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = readPid(lockPath);
      const isHeld = pid === process.pid ? heldHere.has(lockPath) : pid !== null && isAlive(pid);
      if (isHeld) throw new DataDirLockedError(dataDir, pid!);
      // Stale (its process is gone) or unreadable: remove it and try again.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock file ${lockPath}.`);
}

function readPid(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
