import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../test/wait-for.js';
import { openAdminApp, ownerClient, setUpThroughPage, type AdminApp } from './support/admin-app.js';
import { findAccessibilityViolations } from './support/axe.js';
import type { AdminClient } from './support/respondent.js';
import { pageWaitMs } from './support/browser.js';

/**
 * What customers say, through the pages: eight comments in English, Finnish and Polish sent with
 * personal links and analysed in the background; the text dashboard's summary and phrases; a topic
 * made from example phrases in three languages, the history analysed again with a progress bar and
 * the topic counted; its comments with their marks; a sentiment corrected; topics made from a found
 * phrase; the sentiment models; a phone screen; axe on every page.
 */

let app: AdminApp;
let page: Page;
let admin: AdminClient;
let survey: { id: string; slug: string };
const base = () => `/api/v1/workspaces/${admin.workspaceId}`;
const screenshot = (name: string) => app.screenshot(`text-insights-${name}`);
const textPath = (section = '', search = '') => `${app.server.url}/w/${admin.workspaceId}/insights/text${section ? `/${section}` : ''}${search}`;

/** A customer answers through a personal link: the comment goes to the question the score shows. */
async function answer(email: string, nps: number, comment: string, language: 'en' | 'fi' | 'pl', attributes: Record<string, number | string> = {}): Promise<void> {
  const link = await admin.request('POST', `${base()}/surveys/${survey.id}/links`, { contact: { email, attributes }, isSingleUse: false, ignoreContactBudget: true, hidden: { company: language === 'en' ? 'Acme Store' : 'Verkkokauppa' } });
  const question = nps <= 6 ? 'improve' : nps <= 8 ? 'even_better' : 'like_most';
  const response = await fetch(`${app.server.url}/api/v1/public/surveys/${survey.slug}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ submissionId: randomUUID(), token: link.token, version: 1, language, isComplete: true, answers: { nps, [question]: comment } }),
  });
  expect(response.status).toBe(201);
}

const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('what customers say', () => {
  beforeAll(async () => {
    app = await openAdminApp();
    page = app.page;
    await setUpThroughPage(app);
    admin = await ownerClient(app);
    survey = await admin.request('POST', `${base()}/surveys`, { name: 'Relationship NPS', templateId: 'nps' });
    await admin.request('POST', `${base()}/surveys/${survey.id}/publish`);
    await answer('maija@example.fi', 2, 'Toimitus oli todella hidas ja asiakaspalvelu ei vastannut viesteihini.', 'fi', { revenue: 12000 });
    await answer('jan@example.pl', 1, 'Dostawa była bardzo wolna, kurier się spóźnił. Dlaczego nikt nie odpowiada?', 'pl', { revenue: 800 });
    await answer('anna@example.com', 10, 'Great service and fast delivery, thank you!', 'en', { revenue: 5000 });
    await answer('tom@example.com', 8, 'Please add dark mode to the app, it would be great.', 'en', { revenue: 300 });
    await answer('eva@example.com', 7, 'Would love a dark mode in the app.', 'en', { revenue: 9000 });
    await answer('toni@example.fi', 3, 'Toimituksen seuranta ei toimi ollenkaan.', 'fi', { revenue: 100 });
    await answer('ewa@example.pl', 9, 'Świetna obsługa klienta, bardzo miła rozmowa.', 'pl', { revenue: 2500 });
    await answer('li@example.com', 4, 'The delivery was late and the package was damaged.', 'en', { revenue: 700 });
    const analysed = await waitFor(() => admin.request('GET', `${base()}/insights/comments`), (body) => body.items.length === 8);
    expect(analysed.items).toHaveLength(8);
  });

  afterAll(() => app?.close());

  it('opens the text dashboard with the comments, their sentiment, intents and the phrases found', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('navigation', { name: 'Insights sections' }).getByRole('link', { name: 'What customers say' }).click();
    await page.waitForURL(/\/insights\/text$/);
    await expect.poll(() => page.title()).toBe('What customers say · Insights · Kuulo');
    await page.getByRole('link', { name: 'Comments, all comments: 8' }).waitFor();
    const summary = page.getByRole('region', { name: 'Summary' });
    for (const language of ['English: 4', 'Finnish: 2', 'Polish: 2']) await summary.getByText(language).waitFor();
    await summary.getByText('Feature request: 2').waitFor();
    await page.getByRole('region', { name: 'Topics' }).getByText('No topics yet.').waitFor();
    const phrases = page.getByRole('table', { name: 'Found phrases' });
    await phrases.getByRole('link', { name: 'dark mode', exact: true }).waitFor();
    await page.getByRole('img', { name: /^Mean sentiment from / }).waitFor();
    await screenshot('01-dashboard');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // The trend as a table, kept in the address.
    await page.getByRole('button', { name: 'Show as table' }).click();
    await page.waitForURL(/view=table/);
    await page.getByRole('table', { name: /^Sentiment trend by week/ }).waitFor();
  });

  it('creates a topic from example phrases in three languages, follows the analysis of the history and counts the topic', async () => {
    await page.getByRole('navigation', { name: 'What customers say: pages' }).getByRole('link', { name: 'Topics' }).click();
    await page.waitForURL(/\/insights\/text\/topics/);
    await page.getByRole('button', { name: 'New topic' }).click();
    const dialog = page.getByRole('dialog', { name: 'New topic' });
    await dialog.getByLabel('Name').fill('Delivery');
    await dialog.getByLabel('In English').fill('delivery');
    await dialog.getByLabel('In Finnish').fill('toimitus');
    await dialog.getByLabel('In Polish').fill('dostawa\nkurier');
    await screenshot('02-new-topic');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const created = page.waitForResponse((r) => r.url().endsWith('/insights/topics') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Create topic' }).click();
    expect((await created).status()).toBe(201);
    await page.getByText('Topic Delivery saved. The history is being analysed again.').waitFor();

    const analysis = page.getByRole('region', { name: 'Analysis of the history' });
    await analysis.getByText(/^Analysis finished .*: 8 of 8 responses$/).waitFor();
    const bar = analysis.getByRole('progressbar');
    expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
    const topics = page.getByRole('table', { name: 'Topics' });
    await topics.getByRole('link', { name: 'Comments, Delivery: 5' }).waitFor();
    await screenshot('03-topics');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'What customers say: pages' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('table', { name: 'Topics' }).getByRole('link', { name: 'Comments, Delivery: 5' }).waitFor();
  });

  it('opens a topic’s comments with the topic marked in each', async () => {
    await page.getByRole('table', { name: 'Topics' }).getByRole('link', { name: 'Delivery', exact: true }).click();
    await page.waitForURL(/\/insights\/text\/comments\?.*topic=/);
    const list = page.getByRole('region', { name: 'Comments' }).getByRole('list').first();
    await expect.poll(() => list.locator(':scope > li').count()).toBe(5);
    expect(await page.getByLabel('Topic', { exact: true }).locator('option:checked').textContent()).toBe('Delivery');
    const emphasised = await list.locator('mark.is-emphasised').allTextContents();
    expect(emphasised).toHaveLength(5);
    for (const text of emphasised) expect(text.toLowerCase()).toMatch(/^(delivery|toimitu|dostaw|kurier)/);
    await screenshot('04-topic-comments');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('corrects a comment’s sentiment, which then counts as the analyst’s, and gives the model’s back', async () => {
    const item = page.getByRole('listitem').filter({ hasText: 'The delivery was late and the package was damaged.' });
    const before = (await item.locator('.sentiment-badge').textContent()) ?? '';
    const target = before.startsWith('Negative') ? 'Neutral' : 'Negative';
    await item.getByLabel('Sentiment').selectOption({ label: target });
    const saved = page.waitForResponse((r) => r.url().endsWith('/sentiment') && r.request().method() === 'PUT');
    await item.getByRole('button', { name: 'Correct', exact: true }).click();
    expect((await saved).status()).toBe(200);
    await item.getByText('Sentiment corrected.').waitFor();
    await expect.poll(() => item.locator('.sentiment-badge').textContent()).toMatch(new RegExp(`^${target} · corrected \\(model: `));
    // Only the sentiment changes: the topic stays marked.
    await item.getByRole('link', { name: 'Delivery' }).waitFor();
    expect(await item.locator('mark.is-emphasised').count()).toBe(1);
    const stored = () => admin.request('GET', `${base()}/insights/comments?q=${encodeURIComponent('package was damaged')}`).then((body) => body.items[0].sentiment);
    expect(await stored()).toMatchObject({ label: target.toLowerCase(), isCorrected: true });
    await screenshot('05-corrected');

    // And back to what the model said.
    await item.getByRole('button', { name: 'Use the model’s' }).click();
    await item.getByText('The model’s sentiment is back.').waitFor();
    expect(await item.locator('.sentiment-badge').textContent()).toBe(before);
    expect(await stored()).toMatchObject({ isCorrected: false });
  });

  it('makes a topic of a found phrase and ranks feature requests by customers and their value', async () => {
    await page.goto(textPath('', '?value=contact.revenue'));
    const phrases = page.getByRole('table', { name: 'Found phrases' });
    await phrases.getByRole('button', { name: 'Make a topic: “dark mode”' }).click();
    const dialog = page.getByRole('dialog', { name: 'New topic' });
    expect(await dialog.getByLabel('Name').inputValue()).toBe('dark mode');
    await dialog.getByText('dark mode', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Create topic' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const requests = page.getByRole('table', { name: 'Feature requests' });
    await requests.getByRole('link', { name: 'Customers, dark mode: 2' }).first().waitFor();
    expect(await requests.getByRole('row').filter({ hasText: 'Topic' }).filter({ hasText: 'dark mode' }).textContent()).toContain('9,300');
    await page.getByRole('table', { name: 'Topics' }).getByRole('link', { name: 'Comments, dark mode: 2' }).waitFor();
    await screenshot('06-feature-requests');
  });

  it('shows the sentiment model each language uses and trains on request', async () => {
    await page.goto(textPath('models'));
    for (const language of ['English', 'Finnish', 'Polish']) await page.getByRole('heading', { level: 3, name: language }).waitFor();
    expect(await page.getByText('In use: Kuulo’s generic model').count()).toBe(3);
    await page.getByRole('button', { name: 'Train now' }).click();
    await page.getByText('Training started.', { exact: false }).waitFor();
    await screenshot('07-models');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('edits and deletes topics, asking first', async () => {
    await page.goto(textPath('topics'));
    await page.getByRole('button', { name: 'Edit Delivery' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit the topic Delivery' });
    expect(await editor.getByLabel('In Polish').inputValue()).toBe('dostawa\nkurier');
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete dark mode' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the topic dark mode?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Topic dark mode deleted.').waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Topics' }).getByRole('row').count()).toBe(2);
    expect((await admin.request('GET', `${base()}/insights/topics`)).items.map((topic: { name: string }) => topic.name)).toEqual(['Delivery']);
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(textPath());
    await page.getByRole('link', { name: 'Comments, all comments: 8' }).waitFor();
    await page.getByRole('table', { name: 'Topics' }).getByRole('link', { name: 'Comments, Delivery: 5' }).waitFor();
    await screenshot('08-dashboard-390');
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.goto(textPath('comments', '?sentiment=negative'));
    await page.getByRole('region', { name: 'Comments' }).getByRole('listitem').first().waitFor();
    await screenshot('09-comments-390');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(textPath('topics'));
    await page.getByRole('table', { name: 'Topics' }).waitFor();
    await screenshot('10-topics-390');
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  it('reads in Finnish', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(textPath());
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Suomi' });
    await page.getByRole('navigation', { name: 'Oivallusten osiot' }).getByRole('link', { name: 'Mitä asiakkaat sanovat' }).waitFor();
    await page.getByRole('link', { name: 'Kommentit, kaikki kommentit: 8' }).waitFor();
    await page.getByRole('table', { name: 'Aiheet' }).getByRole('link', { name: 'Kommentit, Delivery: 5' }).waitFor();
    await screenshot('11-dashboard-fi');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('follows new comments live, once they are analysed', async () => {
    // Still in Finnish: the dashboard is open and says it is live.
    await page.getByRole('status').filter({ hasText: 'Reaaliajassa' }).waitFor();
    await answer('olli@example.fi', 2, 'Toimitus myöhästyi taas viikolla.', 'fi', { revenue: 400 });
    await page.getByRole('link', { name: 'Kommentit, kaikki kommentit: 9' }).waitFor({ timeout: pageWaitMs });
    await page.getByRole('table', { name: 'Aiheet' }).getByRole('link', { name: 'Kommentit, Delivery: 6' }).waitFor();
  });

  it('logged no console errors on any page', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
