import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { trackFolder, untrackFolder } from './cleanup.js';

/** A new empty folder under the system temp folder, removed when `use` settles (success or error). */
export async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kuulo-bench-'));
  trackFolder(dir);
  try {
    return await use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    untrackFolder(dir);
  }
}
