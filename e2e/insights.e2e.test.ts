import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAdminApp, owner, setUpThroughPage, type AdminApp } from './support/admin-app.js';
import { findAccessibilityViolations } from './support/axe.js';
import { pageWaitMs, watchConsoleErrors } from './support/browser.js';
import { AdminClient } from './support/respondent.js';

/**
 * The Insights room with real responses: an NPS survey published and answered through the API, the
 * overview's numbers, a response from another browser showing up without a reload, filters and
 * breakdowns kept in the address, the survey's own dashboard, and its settings; axe on each page.
 */

const npsSurvey = JSON.parse(readFileSync(new URL('./support/surveys/nps-comment.json', import.meta.url), 'utf8')) as unknown;

let app: AdminApp;
let page: Page;
let admin: AdminClient;
let survey: { id: string; slug: string };
const screenshot = (name: string) => app.screenshot(`insights-${name}`);

/** A response through the public API, as the survey page would send it; complete unless told. */
async function answer(score: number, channel: string, comment?: string, isComplete = true): Promise<void> {
  const response = await fetch(`${app.server.url}/api/v1/public/surveys/${survey.slug}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ submissionId: randomUUID(), version: 1, language: 'en', isComplete, channel, answers: { nps: score, ...(comment ? { comment } : {}) } }),
  });
  expect(response.status).toBe(201);
}

const npsCard = () => page.getByRole('button', { name: /^NPS\s*Net Promoter Score/ });

describe('the Insights room', () => {
  beforeAll(async () => {
    app = await openAdminApp({ withSurveyPage: true });
    page = app.page;
  });

  afterAll(() => app?.close());

  it('shows the NPS of responses sent through the API, with its n', async () => {
    await setUpThroughPage(app);
    admin = new AdminClient(app.server.url);
    const session = await admin.request('POST', '/api/v1/session', { email: owner.email, password: owner.password });
    admin.workspaceId = session.workspaces[0].id;
    survey = await admin.publishSurvey('Checkout NPS', npsSurvey);
    const settings = await admin.request('PATCH', `/api/v1/workspaces/${admin.workspaceId}/insights/settings`, { minResponses: 1 });
    expect(settings.minResponses).toBe(1);
    // Two promoters, a passive and a detractor: NPS (2 − 1) / 4 = 25.
    await answer(10, 'link', 'Quick delivery, thanks!');
    await answer(9, 'link');
    await answer(7, 'widget');
    await answer(3, 'widget', 'The checkout kept failing.');
    // Someone who gave up half-way: no metric counts them, the survey's drop-off does.
    await answer(5, 'link', undefined, false);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await expect.poll(() => npsCard().textContent()).toContain('25.0');
    const card = (await npsCard().textContent()) ?? '';
    expect(card).toContain('n = 4');
    expect(await npsCard().getAttribute('aria-pressed')).toBe('true');
    // No earlier period to compare with: said so, no change shown.
    expect(card).toContain('No comparison');
    await page.getByRole('img', { name: /^NPS from .*latest 25\.0/ }).waitFor();
    await screenshot('01-overview');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('updates the numbers within moments of a response from another browser, without a reload', async () => {
    await page.evaluate(() => ((window as { __sameDocument?: boolean }).__sameDocument = true));
    const respondent = await app.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const other = await respondent.newPage();
    const otherErrors = watchConsoleErrors(other);
    await other.goto(`${app.server.url}/s/${survey.slug}`);
    await other.getByRole('radio', { name: /^10/ }).check();
    await other.getByRole('button', { name: 'Next' }).click();
    await other.getByLabel('Anything else you would like to tell us?').fill('Lovely service.');
    // The survey drops complete answers sent faster than a person could (2 s by default).
    await other.waitForTimeout(2_100);
    // The page saved the first page as a partial response; Submit completes it.
    const stored = other.waitForResponse((r) => r.url().endsWith('/responses') && r.request().method() === 'POST');
    await other.getByRole('button', { name: 'Submit' }).click();
    expect((await stored).ok()).toBe(true);
    const storedAt = Date.now();

    // Three promoters, a passive and a detractor of five: NPS 40.
    await expect.poll(() => npsCard().textContent(), { timeout: pageWaitMs, interval: 100 }).toContain('40.0');
    const delay = Date.now() - storedAt;
    console.info(`insights: the dashboard showed the new response ${delay} ms after it was stored`);
    expect(delay).toBeLessThan(2_500);
    expect(await npsCard().textContent()).toContain('n = 5');
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(otherErrors).toEqual([]);
    await respondent.close();
    await screenshot('02-overview-live');
  });

  it('breaks down by channel, filters by one in the address, and goes back with the browser', async () => {
    await page.getByLabel('Break down by').selectOption({ label: 'Channel' });
    await page.waitForURL(/breakdown=channel/);
    const table = page.getByRole('table', { name: 'NPS by Channel' });
    await table.waitFor();
    expect(await table.getByRole('row').allTextContents()).toEqual(['ChannelAnswersNPS95% interval', expect.stringMatching(/^Link3100\.0/), expect.stringMatching(/^Widget2-50\.0/)]);

    await page.getByRole('button', { name: 'Show as table' }).click();
    await page.waitForURL(/view=table/);
    await page.getByRole('table', { name: /^NPS trend by week/ }).waitFor();
    await screenshot('03-breakdown-table');

    await page.getByLabel('Filter by').selectOption({ label: 'Channel' });
    await page.getByLabel('Value').selectOption({ label: 'Widget (2)' });
    await page.waitForURL(/filter=channel%3Awidget/);
    await expect.poll(() => npsCard().textContent()).toContain('-50.0');
    expect(await npsCard().textContent()).toContain('n = 2');
    // A filter leaves only its own dimension to break down by.
    expect(await page.getByLabel('Break down by').locator('option[value="language"]').isDisabled()).toBe(true);
    await screenshot('04-filtered');

    // The address alone brings the same view back.
    await page.reload();
    await expect.poll(() => npsCard().textContent()).toContain('-50.0');
    expect(await page.getByLabel('Value').inputValue()).toBe('widget');

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('filter='));
    await expect.poll(() => npsCard().textContent()).toContain('40.0');

    // Counting one survey only: ticked in a list that Escape closes.
    await page.getByRole('search').getByText('All surveys').click();
    await page.getByRole('checkbox', { name: 'Checkout NPS' }).check();
    await page.waitForURL(new RegExp(`survey=${survey.id}`));
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox', { name: 'Checkout NPS' }).waitFor({ state: 'hidden' });
    await expect.poll(() => npsCard().textContent()).toContain('40.0');
  });

  it("opens the survey's dashboard with the NPS groups, the scores and the comments", async () => {
    await page.getByRole('link', { name: 'Checkout NPS' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkout NPS' }).waitFor();
    await expect.poll(() => page.title()).toBe('Checkout NPS · Insights · Kuulo');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).getAttribute('aria-current')).toBe('page');
    const question = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /How likely are you to recommend Acme/ }) });
    await question.getByText('Promoters (9–10): 3 · 60.0%').waitFor();
    await question.getByText('Passives (7–8): 1 · 20.0%').waitFor();
    await question.getByText('Detractors (0–6): 1 · 20.0%').waitFor();
    const scores = question.getByRole('list', { name: /^Answers by score/ });
    expect(await scores.getByRole('listitem').count()).toBe(11);
    await scores.getByText('Score 10: 2 · 40.0%').waitFor();
    await scores.getByText('Score 3: 1 · 20.0%').waitFor();
    const comments = page.getByRole('region', { name: 'Comments' });
    await comments.getByText('Lovely service.').waitFor();
    await comments.getByText('The checkout kept failing.').waitFor();
    const dropOff = page.getByRole('table', { name: 'Where unfinished responses stopped' });
    expect((await dropOff.getByRole('row').allTextContents()).filter((row) => row.includes('100.0%'))).toHaveLength(1);
    await screenshot('05-survey');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // The survey's editor leads back here from its tabs.
    await page.getByRole('link', { name: 'Open in Collect' }).click();
    await page.getByRole('navigation', { name: 'Survey sections' }).getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkout NPS' }).waitFor();
    await page.waitForURL(/\/insights\/surveys\/[^/?]+$/);
  });

  it("filters the survey's dashboard, keeping the filter in the address", async () => {
    await page.getByLabel('Filter by').selectOption({ label: 'Channel' });
    await page.getByLabel('Value').selectOption({ label: 'Widget (2)' });
    await page.waitForURL(/\/insights\/surveys\/[^/?]+\?filter=channel%3Awidget$/);
    const question = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /How likely/ }) });
    await question.getByText('Promoters (9–10): 0 · 0.0%').waitFor();
    await question.getByText('n = 2 · skipped 0').waitFor();
    const comments = page.getByRole('region', { name: 'Comments' });
    await comments.getByText('The checkout kept failing.').waitFor();
    expect(await comments.getByText('Lovely service.').count()).toBe(0);
    await page.getByLabel('Period').selectOption({ label: 'Last 7 days' });
    await page.waitForURL(/period=last7&filter=channel%3Awidget$/);
    await screenshot('06-survey-filtered');
  });

  it('checks segments before saving the settings and starts a rebuild in the background', async () => {
    await page.getByRole('link', { name: '← Insights overview' }).click();
    await page.getByRole('navigation', { name: 'Insights sections' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 2, name: 'How numbers are counted' }).waitFor();
    expect(await page.getByLabel('Minimum number of answers').inputValue()).toBe('1');
    await page.getByRole('button', { name: 'Add segment' }).click();
    await page.getByLabel('Segment 1').fill('plan');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Write contact.<attribute> or hidden.<field>, for example contact.plan.').waitFor();
    await page.getByLabel('Segment 1').fill('contact.plan');
    const saved = page.waitForResponse((r) => r.url().endsWith('/insights/settings') && r.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('Settings saved. The numbers are being rebuilt').waitFor();
    await page.getByRole('button', { name: 'Rebuild' }).click();
    await page.getByText('Rebuild started.').waitFor();
    await screenshot('07-settings');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.server.url}/w/${admin.workspaceId}/insights?breakdown=channel`);
    await expect.poll(() => npsCard().textContent()).toContain('40.0');
    await page.getByRole('table', { name: 'NPS by Channel' }).waitFor();
    await screenshot('08-overview-390');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${app.server.url}/w/${admin.workspaceId}/insights/surveys/${survey.id}`);
    await page.getByText('Promoters (9–10): 3 · 60.0%').waitFor();
    await screenshot('09-survey-390');
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  it('reads in Finnish, numbers written the Finnish way', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.server.url}/w/${admin.workspaceId}/insights?filter=channel%3Awidget`);
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Suomi' });
    await page.getByRole('heading', { level: 1, name: 'Oivallukset' }).waitFor();
    // A minus sign and a decimal comma.
    await expect.poll(() => page.getByRole('button', { name: /^NPS\s*Suositteluindeksi/ }).textContent()).toContain('−50,0');
    await page.getByText('Ei vertailua: tällä tai edellisellä jaksolla on liian vähän vastauksia').first().waitFor();
    await screenshot('10-overview-fi');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('logged no console errors on any page', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
