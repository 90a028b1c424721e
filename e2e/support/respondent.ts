import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { pageWaitMs, watchConsoleErrors } from './browser.js';

/** What the respondent-page browser tests need: the built page, a respondent's browser, and a survey published through the API. */

const respondentConfig = fileURLToPath(new URL('../../respondent/vite.config.ts', import.meta.url));
/** Where the build lands: index.html for /s/:slug, assets/ for /respondent/assets/. */
export const respondentDist = fileURLToPath(new URL('../../respondent/dist/', import.meta.url));

let respondentBuild: Promise<void> | null = null;

/** Builds respondent/dist from the current sources, once per test process, before the server starts. */
export function buildRespondentPage(): Promise<void> {
  respondentBuild ??= (async () => {
    // Vitest runs with NODE_ENV=test, which would bundle Preact's development hooks; test what ships.
    const nodeEnv = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      await build({ configFile: respondentConfig, mode: 'production', logLevel: 'warn' });
    } finally {
      process.env['NODE_ENV'] = nodeEnv;
    }
  })();
  return respondentBuild;
}

/** One respondent's browser: its own context (so its own storage), watched as the test goes. */
export interface Visit {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** The response bodies the page posted, in order. */
  posted: Record<string, unknown>[];
}

/** Opens a respondent's browser at `viewport`; narrower than 600px, it is a phone with touch. */
export async function openVisit(browser: Browser, viewport: { width: number; height: number }, locale = 'en-US'): Promise<Visit> {
  const isPhone = viewport.width < 600;
  const context = await browser.newContext({ viewport, locale, hasTouch: isPhone, isMobile: isPhone });
  const page = await context.newPage();
  page.setDefaultTimeout(pageWaitMs);
  const posted: Record<string, unknown>[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/responses')) posted.push(request.postDataJSON() as Record<string, unknown>);
  });
  return { context, page, consoleErrors: watchConsoleErrors(page), posted };
}

/** The server drops a complete response sent faster than the survey's minimum time (a bot); people take longer. */
export const takeTimeToThink = (page: Page) => page.waitForTimeout(2_100);

/** An administrator signed in over HTTP, the way the admin app is: session cookie plus CSRF token. */
export class AdminClient {
  private cookie = '';
  private csrfToken = '';
  workspaceId = '';

  constructor(readonly baseUrl: string) {}

  /** Runs first-run setup with the token the server printed, which signs the owner in. */
  async setUp(setupToken: string): Promise<this> {
    const body = await this.request('POST', '/api/v1/setup', {
      token: setupToken,
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      password: 'correct horse battery',
      workspaceName: 'Acme Oy',
    });
    this.workspaceId = body.workspaces[0].id;
    return this;
  }

  /** Creates a survey from a definition, lets answers in as fast as a test gives them, and publishes it. */
  async publishSurvey(name: string, definition: unknown, settings: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> {
    const surveys = `/api/v1/workspaces/${this.workspaceId}/surveys`;
    const created = await this.request('POST', surveys, { name, definition });
    if (Object.keys(settings).length) await this.request('PATCH', `${surveys}/${created.id}`, { settings });
    await this.request('POST', `${surveys}/${created.id}/publish`);
    return { id: created.id, slug: created.slug };
  }

  async listResponses(surveyId: string): Promise<{ id: string; state: string; answers: Record<string, unknown>; language: string; channel: string; endingId: string | null; context: Record<string, unknown> }[]> {
    const body = await this.request('GET', `/api/v1/workspaces/${this.workspaceId}/surveys/${surveyId}/responses`);
    return body.items;
  }

  async request(method: string, path: string, body?: unknown): Promise<any> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers['cookie'] = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    for (const cookie of response.headers.getSetCookie()) this.cookie = cookie.split(';')[0]!;
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    if (parsed && typeof parsed === 'object' && typeof parsed.csrfToken === 'string') this.csrfToken = parsed.csrfToken;
    return parsed;
  }
}
