import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';

/** What every browser test needs: the built admin app, Debian's Chromium, and a watch on the console. */

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * How long a page may take to show what a test waits for. Far above what it takes on an idle
 * machine, so a busy one makes the browser tests slower, never red.
 */
export const pageWaitMs = 60_000;
const webConfig = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

let webBuild: Promise<void> | null = null;

/**
 * Builds web/dist from the current sources (once per test process), so a test never
 * runs a stale app. Call it before starting the server: the server looks for web/dist when it starts.
 */
export function buildWebApp(): Promise<void> {
  webBuild ??= (async () => {
    // Vitest runs with NODE_ENV=test, which would bundle React's development build; test what ships.
    const nodeEnv = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      await build({ configFile: webConfig, mode: 'production', logLevel: 'warn' });
    } finally {
      process.env['NODE_ENV'] = nodeEnv;
    }
  })();
  return webBuild;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: install Debian's chromium package or set CHROMIUM_PATH.`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Collects console errors and uncaught exceptions from a page; the list fills as the test goes.
 * Chromium reports every 4xx answer as one, and none is expected: even signed out, the session
 * probe answers 200.
 */
export function watchConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** Where screenshots go: KUULO_E2E_SCREENSHOTS, or a fresh temporary folder. */
export function screenshotFolder(): string {
  return process.env['KUULO_E2E_SCREENSHOTS'] ?? mkdtempSync(path.join(os.tmpdir(), 'kuulo-e2e-'));
}
