import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../../test/server.js';
import { buildWebApp, launchChromium, pageWaitMs, screenshotFolder, watchConsoleErrors } from './browser.js';
import { AdminClient, buildRespondentPage } from './respondent.js';

/** The first person in every admin journey. */
export const owner = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'correct horse battery', workspace: 'Acme Oy' };

export interface AdminApp {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Browser;
  page: Page;
  /** Fills as the test goes. */
  consoleErrors: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A fresh Kuulo with the admin app (and, when asked, the survey page) built from the current
 * sources, and one 1280×800 English browser page on it.
 */
export async function openAdminApp(options: { withSurveyPage?: boolean; clipboard?: boolean; env?: Record<string, string> } = {}): Promise<AdminApp> {
  await buildWebApp();
  if (options.withSurveyPage) await buildRespondentPage();
  const server = await startTestServer(options.env);
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  page.setDefaultTimeout(pageWaitMs);
  const screenshotDir = screenshotFolder();
  return {
    server,
    browser,
    page,
    consoleErrors: watchConsoleErrors(page),
    async screenshot(name) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await server.close();
      console.info(`e2e screenshots: ${screenshotDir}`);
    },
  };
}

/** First-run setup through the page, as the owner; ends in the workspace's Collect room. */
export async function setUpThroughPage(app: AdminApp): Promise<void> {
  const { page, server } = app;
  await page.goto(`${server.url}/setup#token=${encodeURIComponent(server.setupToken)}`);
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByLabel('Workspace name').fill(owner.workspace);
  await page.getByRole('button', { name: 'Create account and workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Collect' }).waitFor();
}

/** The owner signed in over HTTP too, in their workspace: for setting up what a journey needs through the API. */
export async function ownerClient(app: AdminApp): Promise<AdminClient> {
  const admin = new AdminClient(app.server.url);
  admin.workspaceId = (await admin.request('POST', '/api/v1/session', { email: owner.email, password: owner.password })).workspaces[0].id;
  return admin;
}

/** Starts a survey from the Collect room's "New survey" dialog (blank, or the template whose name matches) and waits for its builder. */
export async function newSurveyThroughPage(app: AdminApp, name: string, template: RegExp = /Blank survey/): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'New survey' }).click();
  const dialog = page.getByRole('dialog', { name: 'New survey' });
  await dialog.getByLabel('Survey name').fill(name);
  await dialog.getByRole('radio', { name: template }).check();
  await dialog.getByRole('button', { name: 'Create survey' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}
