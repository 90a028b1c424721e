// Runs before `npm start`: rebuilds the server or the admin app when their sources are newer
// than the build, so a fresh checkout or an edited one never starts stale code.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const newest = (dir, skip = () => false) => {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip(full)) continue;
    latest = Math.max(latest, entry.isDirectory() ? newest(full, skip) : fs.statSync(full).mtimeMs);
  }
  return latest;
};
const builtAt = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1);

const parts = [
  { name: 'server', sources: ['src'], output: 'dist/src/main.js', script: 'build:server', skip: (f) => f.endsWith('.test.ts') },
  { name: 'admin app', sources: ['web', 'src/engine'], output: 'web/dist/index.html', script: 'build:web', skip: (f) => f.includes(`web${path.sep}dist`) || f.endsWith('.test.ts') },
  { name: 'survey page', sources: ['respondent', 'src/engine'], output: 'respondent/dist/index.html', script: 'build:respondent', skip: (f) => f.includes(`respondent${path.sep}dist`) || f.endsWith('.test.ts') },
];
for (const part of parts) {
  const sourceTime = Math.max(...part.sources.map((dir) => newest(dir, part.skip)));
  if (sourceTime > builtAt(part.output)) {
    process.stdout.write(`Building the ${part.name}…\n`);
    execSync(`npm run -s ${part.script}`, { stdio: 'inherit' });
  }
}
