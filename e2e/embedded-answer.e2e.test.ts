import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../test/server.js';
import { findAccessibilityViolations } from './support/axe.js';
import { launchChromium, screenshotFolder } from './support/browser.js';
import { AdminClient, buildRespondentPage, openVisit, takeTimeToThink } from './support/respondent.js';

/**
 * An answer chosen in an invitation mail (`?a.nps=9`), in a real browser: the survey opens with it
 * chosen and says so, opening the link records nothing (mail scanners open every link), and the
 * answer is recorded when the respondent goes on, from a plain link or a personal one.
 */

const npsSurvey = JSON.parse(readFileSync(new URL('./support/surveys/nps-comment.json', import.meta.url), 'utf8')) as unknown;
const phone = { width: 390, height: 844 };
const screenshotDir = screenshotFolder();

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: AdminClient;
let browser: Browser;

/** Long enough for anything the page might send on its own to have arrived. */
const settle = (page: Page) => page.waitForTimeout(1_500);

describe('an answer chosen in the mail', () => {
  beforeAll(async () => {
    await buildRespondentPage();
    server = await startTestServer();
    admin = await new AdminClient(server.url).setUp(server.setupToken);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the survey with the answer chosen, records nothing until the respondent goes on, then records it', async () => {
    const survey = await admin.publishSurvey('NPS from a mail', npsSurvey);
    const { context, page, consoleErrors, posted } = await openVisit(browser, phone, 'en-US');
    await page.goto(`${server.url}/s/${survey.slug}?a.nps=9`);
    await page.getByRole('heading', { level: 1, name: 'How did we do?' }).waitFor();

    const nine = page.getByRole('radio', { name: '9', exact: true });
    expect(await nine.isChecked()).toBe(true);
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(1);
    await page.getByText('Your answer from the email is selected. It is sent when you continue.').waitFor();
    // The answer is on the page now: the address bar no longer chooses it, so a reload keeps a changed mind.
    expect(new URL(page.url()).search).toBe('');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'embedded-answer-1-chosen.png'), fullPage: true });

    await settle(page);
    expect(posted).toEqual([]);
    expect(await admin.listResponses(survey.id)).toEqual([]);

    // A reload keeps the choice (in the browser only), and still sends nothing.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'How did we do?' }).waitFor();
    expect(await nine.isChecked()).toBe(true);
    await settle(page);
    expect(posted).toEqual([]);
    expect(await admin.listResponses(survey.id)).toEqual([]);

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Anything else you would like to tell us?').waitFor();
    expect(await page.getByText('Your answer from the email is selected.', { exact: false }).count()).toBe(0);
    await takeTimeToThink(page);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thank you, friend!' }).waitFor();

    expect(posted.map((body) => [body['isComplete'], body['answers']])).toEqual([
      [false, { nps: 9 }],
      [true, { nps: 9 }],
    ]);
    const responses = await admin.listResponses(survey.id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ state: 'complete', channel: 'link', answers: { nps: 9 } });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('works from a personal link too, in the contact\'s language', async () => {
    const survey = await admin.publishSurvey('NPS from a personal mail', npsSurvey);
    const { token } = await admin.request('POST', `/api/v1/workspaces/${admin.workspaceId}/surveys/${survey.id}/links`, {
      contact: { email: 'aino@example.com', name: 'Aino Virtanen', language: 'fi' },
      isSingleUse: true,
      channel: 'email',
    });
    const { context, page, consoleErrors, posted } = await openVisit(browser, phone, 'en-US');
    await page.goto(`${server.url}/s/${survey.slug}?t=${encodeURIComponent(token)}&a.nps=8`);
    await page.getByRole('heading', { level: 1, name: 'Miten onnistuimme?' }).waitFor();
    expect(await page.getByRole('radio', { name: '8', exact: true }).isChecked()).toBe(true);
    await page.getByText('Sähköpostissa valitsemasi vastaus on valittuna.', { exact: false }).waitFor();
    // The token stays: it goes with every answer.
    expect(new URL(page.url()).searchParams.get('t')).toBe(token);
    expect(new URL(page.url()).searchParams.has('a.nps')).toBe(false);

    await settle(page);
    expect(posted).toEqual([]);
    expect(await admin.listResponses(survey.id)).toEqual([]);

    await page.getByRole('button', { name: 'Seuraava' }).click();
    await takeTimeToThink(page);
    await page.getByRole('button', { name: 'Lähetä' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kiitos, Aino Virtanen!' }).waitFor();

    const responses = await admin.listResponses(survey.id);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ state: 'complete', channel: 'email', language: 'fi', answers: { nps: 8 } });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('ignores an answer off the scale or to a question the mail could not ask', async () => {
    const survey = await admin.publishSurvey('NPS, edited links', npsSurvey);
    const { context, page, consoleErrors, posted } = await openVisit(browser, phone, 'en-US');
    await page.goto(`${server.url}/s/${survey.slug}?a.nps=11&a.comment=Hello`);
    await page.getByRole('heading', { level: 1, name: 'How did we do?' }).waitFor();
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await page.getByText('Your answer from the email', { exact: false }).count()).toBe(0);

    // Nothing chosen, so Next asks for the answer as always.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Please answer this question.').waitFor();
    await settle(page);
    expect(posted).toEqual([]);
    expect(await admin.listResponses(survey.id)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
