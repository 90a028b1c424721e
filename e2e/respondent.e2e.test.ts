import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../test/server.js';
import { findAccessibilityViolations } from './support/axe.js';
import { launchChromium, screenshotFolder } from './support/browser.js';
import { AdminClient, buildRespondentPage, openVisit, respondentDist, takeTimeToThink } from './support/respondent.js';

/**
 * A customer answering a survey in a real browser: on a phone in Finnish, on a laptop in Polish,
 * resuming after a reload, riding out a dropped connection, and every question type once, with no
 * console errors, no axe violations, and exactly the responses the server should have.
 */

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./support/surveys/${name}.json`, import.meta.url), 'utf8')) as unknown;
const npsSurvey = fixture('nps-comment');
const everyQuestionSurvey = fixture('every-question');

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };
const screenshotDir = screenshotFolder();

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: AdminClient;
let browser: Browser;

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `respondent-${name}.png`), fullPage: true });
}

/** Publishes a survey of its own for one test, so each test counts only its own responses. */
const publish = (name: string, definition: unknown) => admin.publishSurvey(name, definition);

describe('the survey page', () => {
  beforeAll(async () => {
    await buildRespondentPage();
    server = await startTestServer();
    admin = await new AdminClient(server.url).setUp(server.setupToken);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    console.info(`e2e screenshots: ${screenshotDir}`);
  });

  it('ships within its budget, 30 KB gzip of script and style, with nothing inline for the CSP to block', () => {
    const assets = readdirSync(path.join(respondentDist, 'assets')).filter((file) => /\.(js|css)$/.test(file));
    const gzipBytes = assets.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(respondentDist, 'assets', file))).length, 0);
    console.info(`respondent page: ${assets.join(', ')}: ${(gzipBytes / 1024).toFixed(1)} KB gzip`);
    expect(gzipBytes).toBeLessThanOrEqual(30 * 1024);
    const html = readFileSync(path.join(respondentDist, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
  });

  it('takes an NPS answer with its follow-up on a phone, in Finnish', async () => {
    const survey = await publish('NPS fi', npsSurvey);
    const { context, page, consoleErrors } = await openVisit(browser, phone, 'fi-FI');
    await page.goto(`${server.url}/s/${survey.slug}?lang=fi&name=Aino`);
    await page.getByRole('heading', { level: 1, name: 'Miten onnistuimme?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    const followUp = page.getByLabel('Mitä meidän pitäisi tehdä paremmin?');
    expect(await followUp.count()).toBe(0);

    // Next without the required answer: the error shows by the question and takes the focus.
    await page.getByRole('button', { name: 'Seuraava' }).click();
    await page.getByText('Vastaa tähän kysymykseen.').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    await screenshot(page, 'phone-fi-1-required');

    await page.getByRole('radio', { name: '3', exact: true }).check();
    await followUp.waitFor();
    expect(await page.getByText('Vastaa tähän kysymykseen.').count()).toBe(0);
    await followUp.fill('Toimitus kesti liian kauan.');
    await page.getByText('27/500 merkkiä').waitFor();
    await screenshot(page, 'phone-fi-2-detractor');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Seuraava' }).click();
    await page.getByText('Haluatko kertoa vielä jotain?').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.getByLabel('Haluatko kertoa vielä jotain?').fill('Muuten hyvä palvelu!');
    await takeTimeToThink(page);
    await page.getByRole('button', { name: 'Lähetä' }).click();

    await page.getByRole('heading', { level: 1, name: 'Kiitos, Aino!' }).waitFor();
    await page.getByText('Palautteesi auttaa meitä kehittymään.').waitFor();
    await screenshot(page, 'phone-fi-3-thanks');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // A reload shows the thank-you again, not an empty survey.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kiitos, Aino!' }).waitFor();

    const responses = await admin.listResponses(survey.id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      state: 'complete',
      language: 'fi',
      channel: 'link',
      endingId: 'thanks',
      answers: { nps: 3, why_low: 'Toimitus kesti liian kauan.', comment: 'Muuten hyvä palvelu!' },
    });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('takes the same survey on a laptop in Polish from a QR code, and switches language on the way', async () => {
    const survey = await publish('NPS pl', npsSurvey);
    const { context, page, consoleErrors } = await openVisit(browser, laptop, 'en-GB');
    await page.goto(`${server.url}/s/${survey.slug}?ch=qr`);
    await page.getByRole('heading', { level: 1, name: 'How did we do?' }).waitFor();

    await page.getByLabel('Language').selectOption('pl');
    await page.getByRole('heading', { level: 1, name: 'Jak nam poszło?' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('pl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');

    await page.getByRole('radio', { name: '9', exact: true }).check();
    expect(await page.getByLabel('Co powinniśmy poprawić?').count()).toBe(0);
    await page.getByRole('radio', { name: '3', exact: true }).check();
    await page.getByLabel('Co powinniśmy poprawić?').fill('Dłuższe godziny otwarcia.');
    await screenshot(page, 'laptop-pl-1-detractor');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Dalej' }).click();
    await page.getByText('Czy chcesz nam jeszcze coś powiedzieć?').waitFor();
    await takeTimeToThink(page);
    await page.getByRole('button', { name: 'Wyślij' }).click();

    await page.getByRole('heading', { level: 1, name: 'Dziękujemy, przyjacielu!' }).waitFor();
    await screenshot(page, 'laptop-pl-2-thanks');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const responses = await admin.listResponses(survey.id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ state: 'complete', language: 'pl', channel: 'qr', answers: { nps: 3, why_low: 'Dłuższe godziny otwarcia.' } });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('wears the survey\'s theme: its accent colour with readable text, and its logo', async () => {
    const logo = 'data:image/svg+xml;base64,' + Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0a7d3e"/></svg>').toString('base64');
    const survey = await publish('NPS themed', { ...(npsSurvey as object), theme: { accentColor: '#ffd400', logo } });
    const { context, page, consoleErrors } = await openVisit(browser, phone);
    await page.goto(`${server.url}/s/${survey.slug}?lang=fi`);
    await page.getByRole('radio', { name: '5', exact: true }).check();
    const chosen = page.locator('.k-point-input:checked + .k-point-face');
    await page.mouse.move(0, 0);
    // The choice fades in; wait for it to settle.
    await expect.poll(() => chosen.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 212, 0)');
    expect(await chosen.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(17, 17, 17)');
    expect(await page.locator('img.k-logo').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(40);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('resumes on the same page with the answers after a reload', async () => {
    const survey = await publish('NPS resume', npsSurvey);
    const { context, page, consoleErrors } = await openVisit(browser, phone);
    await page.goto(`${server.url}/s/${survey.slug}?lang=fi`);
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByLabel('Mitä meidän pitäisi tehdä paremmin?').fill('Nopeampi toimitus');
    await page.getByRole('button', { name: 'Seuraava' }).click();
    await page.getByLabel('Haluatko kertoa vielä jotain?').fill('Kesken');

    await page.reload();
    await page.getByLabel('Haluatko kertoa vielä jotain?').waitFor();
    expect(await page.getByLabel('Haluatko kertoa vielä jotain?').inputValue()).toBe('Kesken');
    await page.getByRole('button', { name: 'Edellinen' }).click();
    expect(await page.getByRole('radio', { name: '5', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Mitä meidän pitäisi tehdä paremmin?').inputValue()).toBe('Nopeampi toimitus');

    // Next saved the first page as a partial response; nothing else was sent.
    const responses = await admin.listResponses(survey.id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ state: 'partial', answers: { nps: 5, why_low: 'Nopeampi toimitus' } });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the answers through a failed submit, retries, and lands the response exactly once', async () => {
    const survey = await publish('NPS offline', npsSurvey);
    const { context, page, consoleErrors } = await openVisit(browser, phone);
    let failedSubmits = 0;
    await page.route('**/responses', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { isComplete?: boolean };
      if (body.isComplete && failedSubmits === 0) {
        failedSubmits++;
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });
    await page.goto(`${server.url}/s/${survey.slug}?lang=fi`);
    await page.getByRole('radio', { name: /^10/ }).check();
    await page.getByRole('button', { name: 'Seuraava' }).click();
    await page.getByLabel('Haluatko kertoa vielä jotain?').fill('Kiitos!');
    await takeTimeToThink(page);
    await page.getByRole('button', { name: 'Lähetä' }).click();

    await page.getByText('Palvelimeen ei saatu yhteyttä').waitFor();
    await screenshot(page, 'phone-fi-offline');
    await page.getByRole('heading', { level: 1, name: 'Kiitos, ystävä!' }).waitFor();
    expect(failedSubmits).toBe(1);

    const responses = await admin.listResponses(survey.id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ state: 'complete', answers: { nps: 10, comment: 'Kiitos!' } });
    // The aborted request is the one console error Chromium reports for it.
    expect(consoleErrors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(error))).toEqual([]);
    await context.close();
  });

  it('puts piped values into the page as text, never as markup', async () => {
    const survey = await publish('NPS piping', npsSurvey);
    const { context, page, consoleErrors } = await openVisit(browser, laptop);
    const name = '<img src=x onerror="window.__injected=1">Eve';
    await page.goto(`${server.url}/s/${survey.slug}?name=${encodeURIComponent(name)}`);
    await page.getByRole('radio', { name: /^10/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await takeTimeToThink(page);
    await page.getByRole('button', { name: 'Submit' }).click();
    const title = page.getByRole('heading', { level: 1 });
    await title.filter({ hasText: 'Thank you' }).waitFor();
    expect(await title.textContent()).toBe(`Thank you, ${name}!`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('answers every question type by touch and keyboard, and the server accepts them all', async () => {
    const survey = await publish('Every question', everyQuestionSurvey);
    const { context, page, consoleErrors } = await openVisit(browser, phone);
    await page.goto(`${server.url}/s/${survey.slug}?lang=en`);

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Please answer this question.').waitFor();
    await page.getByRole('radio', { name: '4: Satisfied' }).first().check();
    await page.getByRole('group', { name: 'Acme made it easy for me to handle my issue.' }).getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('group', { name: 'Rate our app' }).getByRole('radio', { name: '4', exact: true }).check();
    await page.getByRole('group', { name: 'recommend Acme' }).getByRole('radio', { name: '8', exact: true }).check();
    await page.getByRole('group', { name: 'buy from Acme again' }).getByRole('radio', { name: '7', exact: true }).check();
    await page.getByRole('group', { name: 'try other Acme products' }).getByRole('radio', { name: '6', exact: true }).check();
    await screenshot(page, 'phone-en-every-1');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('radio', { name: 'Chat' }).check();
    const topics = page.getByRole('group', { name: 'What was it about?' });
    for (const topic of ['Billing', 'Delivery', 'Returns']) await topics.getByRole('checkbox', { name: topic }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Please choose at most 2.').waitFor();
    await topics.getByRole('checkbox', { name: 'Returns' }).uncheck();
    await page.getByLabel('Where do you live?').selectOption('fi');
    await page.getByLabel('When did you visit?').fill('2026-03-14');
    await screenshot(page, 'phone-en-every-2');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('radio', { name: 'our staff: Good' }).check();
    await page.getByRole('radio', { name: 'our app: OK' }).check();
    // Ranking by keyboard: Quality to the top, with the focus staying on the button pressed.
    await page.getByRole('button', { name: 'Move Quality up' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Quality up');
    await page.getByText('Quality: position 1 of 3').waitFor({ state: 'attached' });
    await page.getByLabel('Your first name').fill('A'.repeat(41));
    await page.getByText('41 / 40 characters').waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Please shorten this to 40 characters or fewer.').waitFor();
    await page.getByText('Please tick the box to continue.').waitFor();
    await page.getByLabel('Your first name').fill('Aino');
    await page.getByLabel('Acme may contact me about my answers.').check();
    await screenshot(page, 'phone-en-every-3');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await takeTimeToThink(page);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thank you!' }).waitFor();

    const responses = await admin.listResponses(survey.id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      state: 'complete',
      answers: {
        csat: 4,
        ces: 6,
        stars: 4,
        cli: { recommend: 8, buy_again: 7, try_other: 6 },
        channel: 'chat',
        topics: ['billing', 'delivery'],
        country: 'fi',
        visit_day: '2026-03-14',
        grid: { staff: 'good', app: 'ok' },
        rank: ['quality', 'price', 'speed'],
        name_text: 'Aino',
        ok_to_call: true,
      },
    });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('greets a contact from a personal link in their language, and lets the link answer only once', async () => {
    const survey = await publish('NPS invitation', npsSurvey);
    const { token } = await admin.request('POST', `/api/v1/workspaces/${admin.workspaceId}/surveys/${survey.id}/links`, {
      contact: { email: 'aino@example.com', name: 'Aino Virtanen', language: 'fi' },
      isSingleUse: true,
      channel: 'email',
    });
    const first = await openVisit(browser, phone, 'en-US');
    await first.page.goto(`${server.url}/s/${survey.slug}?t=${encodeURIComponent(token)}`);
    await first.page.getByRole('heading', { level: 1, name: 'Miten onnistuimme?' }).waitFor();
    await first.page.getByRole('radio', { name: '8', exact: true }).check();
    await first.page.getByRole('button', { name: 'Seuraava' }).click();
    await takeTimeToThink(first.page);
    await first.page.getByRole('button', { name: 'Lähetä' }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Kiitos, Aino Virtanen!' }).waitFor();
    expect(first.consoleErrors).toEqual([]);
    await first.context.close();

    const responses = await admin.listResponses(survey.id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ state: 'complete', channel: 'email', language: 'fi', answers: { nps: 8 } });

    // The same link on another device: the survey shows, but the first save is refused politely.
    const second = await openVisit(browser, phone, 'fi-FI');
    await second.page.goto(`${server.url}/s/${survey.slug}?t=${encodeURIComponent(token)}`);
    await second.page.getByRole('radio', { name: '7', exact: true }).check();
    await second.page.getByRole('button', { name: 'Seuraava' }).click();
    await second.page.getByRole('heading', { level: 1, name: 'Linkkiä on jo käytetty' }).waitFor();
    expect(await admin.listResponses(survey.id)).toHaveLength(1);
    await second.context.close();
  });

  it('says politely when a survey is closed or does not exist', async () => {
    const survey = await publish('Closed', npsSurvey);
    await admin.request('POST', `/api/v1/workspaces/${admin.workspaceId}/surveys/${survey.id}/close`);
    const { context, page, consoleErrors } = await openVisit(browser, phone, 'pl-PL');
    await page.goto(`${server.url}/s/${survey.slug}?lang=pl`);
    await page.getByRole('heading', { level: 1, name: 'Ankieta jest zamknięta' }).waitFor();
    await screenshot(page, 'phone-pl-closed');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);

    await page.goto(`${server.url}/s/nosuchsurvey?lang=fi`);
    await page.getByRole('heading', { level: 1, name: 'Kyselyä ei löytynyt' }).waitFor();
    await context.close();
  });
});
