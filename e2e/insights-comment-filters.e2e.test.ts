import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../test/wait-for.js';
import { openAdminApp, ownerClient, setUpThroughPage, type AdminApp } from './support/admin-app.js';
import { findAccessibilityViolations } from './support/axe.js';
import type { AdminClient } from './support/respondent.js';

/**
 * The metric dashboards filtered by what the comments say: an NPS survey answered with clearly
 * negative and positive comments, analysed in the background; the overview counting only the
 * responses whose comment is negative, then Finnish ones, then those on a topic, each kept in the
 * address and through a reload; the survey's dashboard under the same filter, its comments with
 * their sentiment and a way to all of them; a phone screen; Finnish; axe on every page.
 */

const npsSurvey = JSON.parse(readFileSync(new URL('./support/surveys/nps-comment.json', import.meta.url), 'utf8')) as unknown;

let app: AdminApp;
let page: Page;
let admin: AdminClient;
let survey: { id: string; slug: string };
let delivery: { id: string };
const base = () => `/api/v1/workspaces/${admin.workspaceId}`;
const screenshot = (name: string) => app.screenshot(`insights-comment-filters-${name}`);
const overviewPath = (search = '') => `${app.server.url}/w/${admin.workspaceId}/insights${search}`;
const npsCard = () => page.getByRole('button', { name: /^NPS\s*Net Promoter Score/ });
const commentFilters = () => page.getByRole('group', { name: 'What the comments say' });
const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A complete response through the public API; the comment goes to the question the score shows. */
async function answer(nps: number, comment?: string, language: 'en' | 'fi' = 'en', isComplete = true): Promise<void> {
  const question = nps <= 6 ? 'why_low' : 'comment';
  const response = await fetch(`${app.server.url}/api/v1/public/surveys/${survey.slug}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ submissionId: randomUUID(), version: 1, language, isComplete, channel: 'link', answers: { nps, ...(comment ? { [question]: comment } : {}) } }),
  });
  expect(response.status).toBe(201);
}

describe('Insights filtered by what the comments say', () => {
  beforeAll(async () => {
    app = await openAdminApp();
    await setUpThroughPage(app);
    page = app.page;
    admin = await ownerClient(app);
    survey = await admin.publishSurvey('Checkout NPS', npsSurvey);
    await admin.request('PATCH', `${base()}/insights/settings`, { minResponses: 1 });
    // Three detractors with complaints, two promoters with praise, two promoters and a passive who wrote nothing: NPS (4 − 3) / 8 = 12.5.
    await answer(2, 'The checkout kept failing and nobody answered my emails. Terrible.');
    await answer(4, 'Awful delivery, the package arrived broken and late.');
    await answer(3, 'Toimitus oli todella hidas ja asiakaspalvelu ei vastannut viesteihini.', 'fi');
    await answer(10, 'Great service and fast delivery, thank you!');
    await answer(9, 'Lovely staff, everything worked perfectly.');
    await answer(9);
    await answer(10);
    await answer(7);
    // Someone who gave up half-way: started, never counted.
    await answer(5, undefined, 'en', false);
    const analysed = await waitFor(() => admin.request('GET', `${base()}/insights/comments`), (body) => body.items.length === 5);
    expect(analysed.items).toHaveLength(5);
    const negative = await admin.request('GET', `${base()}/insights/comments?sentiment=negative`);
    expect(negative.items).toHaveLength(3);
  });

  afterAll(() => app?.close());

  it('counts only the responses whose comment is negative, and keeps the filter in the address', async () => {
    await page.goto(overviewPath());
    await expect.poll(() => npsCard().textContent()).toContain('12.5');
    expect(await npsCard().textContent()).toContain('n = 8');
    const trend = page.getByRole('region', { name: /^NPS trend by week/ });
    expect(await trend.locator('dl.stat-list').textContent()).toBe('Completed responses8Started9Completion rate88.9%');
    await commentFilters().getByText('Only responses with a comment that matches all of these are counted.').waitFor();

    await commentFilters().getByLabel('Sentiment').selectOption({ label: 'Negative' });
    await page.waitForURL(/[?&]sentiment=negative(&|$)/);
    await expect.poll(() => npsCard().textContent()).toContain('-100.0');
    expect(await npsCard().textContent()).toContain('n = 3');
    // Starts are not known for responses chosen by their comments.
    await expect.poll(() => trend.locator('dl.stat-list').textContent()).toBe('Completed responses3Started–Completion rate–');
    await screenshot('01-negative');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => npsCard().textContent()).toContain('-100.0');
    expect(await commentFilters().getByLabel('Sentiment').inputValue()).toBe('negative');
  });

  it('narrows further by the language of the comment, resets, and filters by a topic', async () => {
    await commentFilters().getByLabel('Comment language').selectOption({ label: 'Finnish' });
    await page.waitForURL(/sentiment=negative&lang=fi/);
    await expect.poll(() => npsCard().textContent()).toContain('n = 1');

    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.waitForURL((url) => url.search === '');
    await expect.poll(() => npsCard().textContent()).toContain('12.5');
    expect(await commentFilters().getByLabel('Sentiment').inputValue()).toBe('');

    // A topic made through the API tags the history again; the page offers it once loaded.
    delivery = await admin.request('POST', `${base()}/insights/topics`, { name: 'Delivery', examples: { en: ['delivery'], fi: ['toimitus'] } });
    const tagged = await waitFor(() => admin.request('GET', `${base()}/insights/comments?topic=${delivery.id}`), (body) => body.items.length === 3);
    expect(tagged.items).toHaveLength(3);
    await page.reload();
    await commentFilters().getByLabel('Topic', { exact: true }).selectOption({ label: 'Delivery' });
    await page.waitForURL(new RegExp(`topic=${delivery.id}`));
    // Two detractors and a promoter wrote about delivery: (1 − 2) / 3.
    await expect.poll(() => npsCard().textContent()).toContain('-33.3');
    expect(await npsCard().textContent()).toContain('n = 3');
  });

  it("opens the survey's dashboard under the same filter, with its negative comments and a way to all of them", async () => {
    await page.goto(overviewPath('?sentiment=negative'));
    await page.getByRole('link', { name: 'Checkout NPS' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkout NPS' }).waitFor();
    await page.waitForURL(/\/insights\/surveys\/[^/?]+\?sentiment=negative$/);
    expect(await commentFilters().getByLabel('Sentiment').inputValue()).toBe('negative');
    const question = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /How likely are you to recommend Acme/ }) });
    await question.getByText('Detractors (0–6): 3 · 100.0%').waitFor();
    const responses = page.getByRole('region', { name: 'Responses' });
    expect(await responses.locator('dl.stat-list').textContent()).toBe('Completed responses3Started–Completion rate–');
    await page.getByRole('region', { name: 'Where unfinished responses stopped' }).getByText('Not known under a filter').waitFor();

    const comments = page.getByRole('region', { name: 'Comments' });
    const items = comments.getByRole('list').first().locator(':scope > li');
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.locator('.sentiment-badge').allTextContents()).toEqual(['Negative', 'Negative', 'Negative']);
    await comments.getByText('Awful delivery, the package arrived broken and late.').waitFor();
    expect(await comments.getByText('Lovely staff').count()).toBe(0);
    // The topic is marked in the comment and leads to its comments.
    await comments.getByRole('link', { name: 'Delivery' }).first().waitFor();
    await screenshot('02-survey-negative');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await comments.getByRole('link', { name: 'All comments' }).click();
    await page.waitForURL(/\/insights\/text\/comments\?/);
    const search = new URL(page.url()).searchParams;
    expect([search.get('survey'), search.get('sentiment')]).toEqual([survey.id, 'negative']);
    await expect.poll(() => page.getByRole('region', { name: 'Comments' }).getByRole('list').first().locator(':scope > li').count()).toBe(3);
    expect(await commentFilters().getByLabel('Sentiment').inputValue()).toBe('negative');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(overviewPath('?sentiment=negative'));
    await expect.poll(() => npsCard().textContent()).toContain('-100.0');
    await screenshot('03-overview-390');
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  it('reads in Finnish', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(overviewPath('?sentiment=negative'));
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Suomi' });
    const group = page.getByRole('group', { name: 'Mitä kommenteissa sanotaan' });
    await group.getByText('Mukaan lasketaan vain vastaukset, joissa on kaikkia näitä vastaava kommentti.').waitFor();
    expect(await group.getByLabel('Sävy').locator('option:checked').textContent()).toBe('Kielteinen');
    await expect.poll(() => page.getByRole('button', { name: /^NPS\s*Suositteluindeksi/ }).textContent()).toContain('−100,0');
    await screenshot('04-overview-fi');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('logged no console errors on any page', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
