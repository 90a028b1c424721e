import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Runs once before the browser tests: they drive Debian's Chromium, which a fresh machine lacks.
 * As root on Debian the package is installed here; anywhere else the run stops with one line
 * saying how to get it.
 */
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function canInstallDebianPackages(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export default function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.env['CHROMIUM_PATH'] || !canInstallDebianPackages()) {
    throw new Error(`The browser tests need Chromium at ${chromiumPath}: run \`sudo apt-get install -y chromium\` (Debian) or set CHROMIUM_PATH to a Chromium binary.`);
  }
  process.stdout.write("Installing Debian's chromium package for the browser tests…\n");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (!existsSync(chromiumPath)) throw new Error(`apt-get installed chromium, but there is no ${chromiumPath}: set CHROMIUM_PATH.`);
}
