import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kuulo-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  it('refuses a second holder while a live process has it, naming that process', async () => {
    const dir = tempDir();
    // Another live process writes its pid into the lock, as a running Kuulo would.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(path.join(dir, 'kuulo.lock'), `${other.pid}\n`);
      let error: unknown;
      try {
        lockDataDir(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataDirLockedError);
      expect((error as Error).message).toContain(`already running on the data folder ${dir} (process ${other.pid})`);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that is gone, and releases it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'kuulo.lock'), '999999999\n');
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'kuulo.lock'), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(dir, 'kuulo.lock'))).toBe(false);
  });
});

describe('opening one data folder twice', () => {
  it('refuses the second Kuulo on the same folder, even in one process', async () => {
    const { openDatabase } = await import('./database.js');
    const dir = tempDir();
    const first = await openDatabase({ kind: 'embedded', dataDir: dir });
    try {
      await expect(openDatabase({ kind: 'embedded', dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
      expect((await first.execute('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ kind: 'embedded', dataDir: dir });
    await again.close();
  });
});
