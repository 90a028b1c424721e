import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAdminApp, ownerClient, setUpThroughPage, type AdminApp } from './support/admin-app.js';
import { pageWaitMs, watchConsoleErrors } from './support/browser.js';

/**
 * An owner builds a survey in the admin app: a blank survey becomes an NPS question with a
 * comment, translated into Finnish and Polish side by side, published, shared by link and QR code,
 * and its responses (answered from the link in Finnish and in Polish) read back in the Responses tab.
 */

let app: AdminApp;
let page: Page;
let surveyPath = '';
let publicUrl = '';

// From the top, so the sticky header and publish bar sit where they belong in a full-page image.
const screenshot = (name: string) => app.screenshot(name);

async function waitUntilSaved(): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
}

function card(n: number) {
  return page.getByRole('article', { name: new RegExp(`^Question ${n}\\b`) });
}

/** Answers the published survey from its link in a fresh browser, as a customer on a phone would. */
async function answerOnPage(slug: string, language: 'fi' | 'pl', score: number, comment: string): Promise<void> {
  const context = await app.browser.newContext({ locale: `${language}-${language.toUpperCase()}`, viewport: { width: 390, height: 844 } });
  const customer = await context.newPage();
  const errors = watchConsoleErrors(customer);
  await customer.goto(`${app.server.url}/s/${slug}?lang=${language}`);
  await customer.getByRole('radio', { name: String(score), exact: true }).check();
  await customer.locator('textarea').fill(comment);
  const stored = customer.waitForResponse((response) => response.url().endsWith('/responses') && response.request().method() === 'POST');
  await customer.getByRole('button', { name: language === 'fi' ? 'Lähetä' : 'Wyślij' }).click();
  expect((await stored).status()).toBe(201);
  expect(await customer.evaluate(() => document.documentElement.lang)).toBe(language);
  expect(errors).toEqual([]);
  await context.close();
}

describe('survey builder', () => {
  beforeAll(async () => {
    app = await openAdminApp({ withSurveyPage: true, clipboard: true });
    page = app.page;
  });

  afterAll(() => app?.close());

  it('creates a blank survey from the Collect room', async () => {
    await setUpThroughPage(app);
    await page.getByRole('heading', { name: 'No surveys yet' }).waitFor();

    await page.getByRole('button', { name: 'New survey' }).click();
    const dialog = page.getByRole('dialog', { name: 'New survey' });
    await dialog.getByRole('radio', { name: /Net Promoter Score/ }).waitFor();
    await dialog.getByLabel('Survey name').fill('Store visit');
    await dialog.getByRole('radio', { name: /Blank survey/ }).check();
    await screenshot('survey-01-new');
    await dialog.getByRole('button', { name: 'Create survey' }).click();

    await page.waitForURL(/\/collect\/surveys\/[^/]+$/);
    surveyPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Store visit' }).waitFor();
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
  });

  it('builds an NPS question and a comment in the default language', async () => {
    await page.getByLabel('Title', { exact: true }).fill('Store visit');
    await card(1).getByLabel('Question', { exact: true }).fill('How likely are you to recommend us?');
    await page.getByRole('button', { name: 'Add question to page 1' }).click();
    await page.getByRole('button', { name: /^Long text/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe('q-0-1');
    await card(2).getByLabel('Question', { exact: true }).fill('Anything else you would like to tell us?');
    await page.getByLabel('Thank-you title').fill('Thank you!');
    await waitUntilSaved();
    await page.getByText('No problems found.').waitFor();
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(false);
    await screenshot('survey-02-builder');
  });

  it('adds Finnish and Polish and translates side by side', async () => {
    const translations: Record<string, Record<string, string>> = {
      Finnish: {
        'Survey title': 'Myymäläkäynti',
        'Question 1': 'Kuinka todennäköisesti suosittelisit meitä?',
        'Question 2': 'Haluatko kertoa meille vielä jotain?',
        'End screen 1, title': 'Kiitos!',
      },
      Polish: {
        'Survey title': 'Wizyta w sklepie',
        'Question 1': 'Jak bardzo prawdopodobne jest, że nas polecisz?',
        'Question 2': 'Czy chcesz nam jeszcze coś powiedzieć?',
        'End screen 1, title': 'Dziękujemy!',
      },
    };
    await page.getByRole('button', { name: 'Translations', exact: true }).click();
    await page.getByText('The survey has one language.', { exact: false }).waitFor();
    for (const [language, texts] of Object.entries(translations)) {
      await page.getByLabel('Add a language').selectOption({ label: `${language} (${language === 'Finnish' ? 'fi' : 'pl'})` });
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByRole('button', { name: language, exact: true }).waitFor();
      expect(await page.getByRole('button', { name: language, exact: true }).getAttribute('aria-pressed')).toBe('true');
      await page.getByText('Missing: 4 of 4 texts.').waitFor();
      for (const [label, text] of Object.entries(texts)) await page.getByLabel(`${label} (${language})`).fill(text);
      await page.getByText(`Everything is translated into ${language}.`).waitFor();
    }
    await waitUntilSaved();
    await screenshot('survey-03-translations');

    await page.getByLabel('Preview language').selectOption({ label: 'Polish' });
    await page.locator('.preview-frame').getByText('Jak bardzo prawdopodobne jest, że nas polecisz?').waitFor();
  });

  it('publishes the survey', async () => {
    await page.getByText('No problems found.').waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 1 is published.').waitFor();
    await page.getByText(/Version 1 published/).waitFor();
    await page.getByRole('button', { name: 'Questions', exact: true }).click();
    await screenshot('survey-04-published');
  });

  it('shows the link and the QR code on the Distribute tab', async () => {
    await page.getByRole('navigation', { name: 'Survey sections' }).getByRole('link', { name: 'Distribute' }).click();
    await page.waitForURL(/\/distribute$/);
    publicUrl = await page.getByRole('textbox', { name: 'Survey link' }).inputValue();
    expect(publicUrl).toMatch(/\/s\/[a-z0-9]+$/);
    const qr = page.getByRole('img', { name: /^QR code for/ });
    await qr.waitFor();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.getByRole('link', { name: 'Download PNG' }).waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied.').waitFor();
    await page.getByRole('heading', { name: 'Website widget' }).waitFor();
    await screenshot('survey-05-distribute');

    const status = page.getByRole('region', { name: 'Taking answers' });
    await status.getByRole('button', { name: 'Close survey' }).click();
    await status.getByText('Closed', { exact: true }).waitFor();
    await status.getByRole('button', { name: 'Reopen survey' }).click();
    await status.getByText('Open', { exact: true }).waitFor();

    await page.getByLabel('Response limit').fill('500');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
  });

  it('lists the responses answered from the link, with their languages', async () => {
    const slug = publicUrl.split('/s/')[1]!;
    await answerOnPage(slug, 'fi', 9, 'Ystävällinen palvelu');
    await answerOnPage(slug, 'pl', 4, 'Za długa kolejka');

    await page.getByRole('navigation', { name: 'Survey sections' }).getByRole('link', { name: 'Responses' }).click();
    await page.waitForURL(/\/responses$/);
    const table = page.locator('table.responses-table');
    await table.getByRole('cell', { name: 'Finnish' }).waitFor();
    await table.getByRole('cell', { name: 'Polish' }).waitFor();
    await table.getByRole('cell', { name: 'Ystävällinen palvelu' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    await screenshot('survey-06-responses');

    const csvUrl = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const csv = await page.evaluate(async (url) => (await fetch(url!)).text(), csvUrl);
    expect(csv).toContain('Ystävällinen palvelu');
    expect(csv).toContain('Za długa kolejka');

    await page.getByRole('search').getByLabel('Language').selectOption({ label: 'Polish' });
    await page.waitForURL(/\/responses\?language=pl$/);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await table.getByRole('cell', { name: 'Za długa kolejka' }).waitFor();

    await table.getByRole('button').first().click();
    const dialog = page.getByRole('dialog', { name: 'Response' });
    await dialog.getByText('Za długa kolejka').waitFor();
    await dialog.getByText('How likely are you to recommend us?').waitFor();
    await screenshot('survey-07-response');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.reload();
    expect(await page.getByRole('search').getByLabel('Language').inputValue()).toBe('pl');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);

    // By answer: the promoter only, then the written answer by a word in it.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    const search = page.getByRole('search');
    await search.getByLabel('Answer to').selectOption({ label: 'How likely are you to recommend us?' });
    await search.getByLabel('Is', { exact: true }).selectOption('9');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await table.getByRole('cell', { name: 'Ystävällinen palvelu' }).waitFor();
    await search.getByLabel('Answer to').selectOption({ label: 'Anything else you would like to tell us?' });
    await search.getByLabel('Contains').fill('kolejka');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await table.getByRole('cell', { name: 'Za długa kolejka' }).waitFor();
  });

  it('is usable on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.server.url}${surveyPath}/responses`);
    await page.locator('table.responses-table').getByText('Ystävällinen palvelu').waitFor();
    await screenshot('survey-08-responses-390');
    await page.goto(`${app.server.url}${surveyPath}`);
    await card(1).waitFor();
    await screenshot('survey-09-builder-390');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.goto(`${app.server.url}${surveyPath.replace(/\/surveys\/.*$/, '')}`);
    await page.getByRole('link', { name: 'Store visit' }).waitFor();
    await screenshot('survey-10-list-390');
  });

  it('logged no console errors on any page', () => {
    expect(app.consoleErrors).toEqual([]);
  });

  it('shows the survey in the website widget from the Distribute tab', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.server.url}${surveyPath}/distribute`);
    const workspaceId = surveyPath.split('/')[2]!;
    const install = page.getByRole('textbox', { name: 'Install code' });
    await expect.poll(() => install.inputValue()).toContain(`data-workspace="${workspaceId}"`);
    expect(await page.getByRole('textbox', { name: 'Embed code' }).inputValue()).toContain(`${publicUrl}?ch=embed`);

    await page.getByLabel('Show this survey in the website widget').check();
    await page.getByRole('button', { name: 'Add page rule' }).click();
    await page.getByRole('textbox', { name: 'Page rule 1: address or path' }).fill('/checkout');
    await page.getByLabel('When to show it').selectOption('event');
    await page.getByLabel('Event name').fill('checkout_done');
    await page.getByRole('button', { name: 'Save widget settings' }).click();
    await page.getByText('Widget settings saved.').waitFor();
    await screenshot('survey-11-widget');

    const config = await page.evaluate(async (id) => (await fetch(`/api/v1/public/widget/${id}/config`)).json(), workspaceId);
    expect(config.surveys).toContainEqual(
      expect.objectContaining({ slug: publicUrl.split('/s/')[1], triggers: { pages: [{ match: 'contains', value: '/checkout' }], when: { type: 'event', name: 'checkout_done' } } }),
    );

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot('survey-12-widget-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(app.consoleErrors).toEqual([]);
  });

  it("starts a survey from a template in the workspace's default language", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const workspaceId = surveyPath.split('/')[2]!;
    await page.goto(`${app.server.url}/w/${workspaceId}/settings`);
    await page.getByLabel('Default language').selectOption({ label: 'Suomi' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Settings saved.').waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Collect' }).click();
    await page.getByRole('button', { name: 'New survey' }).click();
    const dialog = page.getByRole('dialog', { name: 'New survey' });
    await dialog.getByText("New surveys start in the workspace's default language (Finnish)", { exact: false }).waitFor();
    await dialog.getByLabel('Survey name').fill('Asiakaskokemus');
    await dialog.getByRole('radio', { name: /Net Promoter Score/ }).check();
    await dialog.getByRole('button', { name: 'Create survey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Asiakaskokemus' }).waitFor();
    surveyPath = new URL(page.url()).pathname;
    // The builder shows and edits the survey's default language: Finnish, the template's Finnish texts.
    await card(1).getByText('Kuinka todennäköisesti suosittelisit meitä ystävällesi tai kollegallesi?').waitFor();
    const admin = await ownerClient(app);
    const created = await admin.request('GET', `/api/v1/workspaces/${workspaceId}/surveys/${surveyPath.split('/').at(-1)}`);
    expect(created.definition).toMatchObject({ defaultLanguage: 'fi', languages: ['en', 'fi', 'pl'] });
  });

  it('offers the follow-up rule the survey promises at publish, and a consenting detractor then opens a case', async () => {
    const workspaceId = surveyPath.split('/')[2]!;
    const notice = page.getByRole('status').filter({ hasText: 'Customers who ask to be contacted get no follow-up yet' });
    await page.getByText('No problems found.').waitFor();
    expect(await notice.count()).toBe(0);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 1 is published.').waitFor();
    await notice.waitFor();
    await screenshot('survey-13-follow-up-offer');
    await notice.getByRole('button', { name: 'Create the follow-up rule' }).click();
    await page.getByText('Rule “Follow-up: Asiakaskokemus” created', { exact: false }).waitFor();

    const admin = await ownerClient(app);
    const base = `/api/v1/workspaces/${workspaceId}`;
    const survey = await admin.request('GET', `${base}/surveys/${surveyPath.split('/').at(-1)}`);
    const rules = (await admin.request('GET', `${base}/alert-rules`)).items;
    expect(rules).toEqual([
      expect.objectContaining({
        name: 'Follow-up: Asiakaskokemus',
        surveyIds: [survey.id],
        condition: { match: 'all', tests: [{ field: 'nps', op: 'lte', value: 6 }, { field: 'answer', question: 'contact_ok', op: 'eq', value: 'true' }] },
        actions: [expect.objectContaining({ type: 'open_case' })],
      }),
    ]);
    // With the rule in place the page no longer warns.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Asiakaskokemus' }).waitFor();
    await page.getByText(/Version 1 published/).waitFor();
    expect(await notice.count()).toBe(0);

    // A detractor answers on the survey page in Finnish and asks to be contacted.
    const link = await admin.request('POST', `${base}/surveys/${survey.id}/links`, { contact: { email: 'maija@example.fi', name: 'Maija' }, isSingleUse: false, ignoreContactBudget: true });
    const context = await app.browser.newContext({ locale: 'fi-FI' });
    const customer = await context.newPage();
    await customer.goto(`${app.server.url}/s/${survey.slug}?t=${link.token}`);
    await customer.getByRole('radio', { name: '3', exact: true }).check();
    await customer.getByRole('button', { name: 'Seuraava' }).click();
    await customer.getByLabel('Ikävä kuulla. Mitä meidän pitäisi tehdä paremmin?').fill('Toimitus myöhästyi viikon.');
    await customer.getByLabel('Minuun saa ottaa yhteyttä palautteeseeni liittyen.').check();
    await customer.getByRole('button', { name: 'Lähetä' }).click();
    await customer.getByRole('heading', { level: 1, name: 'Kiitos – olemme sinuun pian yhteydessä' }).waitFor();
    await context.close();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Respond' }).click();
    await page.getByRole('link', { name: /Maija|myöhästyi/ }).first().waitFor({ timeout: pageWaitMs });
    expect(app.consoleErrors).toEqual([]);
  });
});
