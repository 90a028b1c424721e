import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../test/server.js';
import { readMail, startSmtpPeer } from '../test/smtp-peer.js';
import { waitFor } from '../test/wait-for.js';
import { findAccessibilityViolations } from './support/axe.js';
import { launchChromium, pageWaitMs, screenshotFolder, watchConsoleErrors } from './support/browser.js';
import { AdminClient, buildRespondentPage } from './support/respondent.js';

/**
 * What a customer sees of an invitation, in a real browser: the mail itself (rendered as a mail
 * client would), its survey link opening the survey in their language, and the unsubscribe page,
 * where only the button unsubscribes.
 */

const peer = startSmtpPeer();
let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: AdminClient;
let browser: Browser;
const screenshotDir = screenshotFolder();

/** A mail's raw quoted-printable parts as text (soft breaks joined, escapes decoded as UTF-8). */
const unwrap = (raw: string) => Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
/** The mail's links point at PUBLIC_URL; the test server listens on a port of its own. */
const local = (url: string) => url.replace(/^https:\/\/kuulo\.example/, server.url);

describe('an invitation mail', () => {
  beforeAll(async () => {
    await buildRespondentPage();
    server = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${await peer.listen()}`, PUBLIC_URL: 'https://kuulo.example', MAIL_RATE_PER_SECOND: '0', KUULO_MAIL_FROM: 'Acme <cx@acme.example>' });
    admin = await new AdminClient(server.url).setUp(server.setupToken);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await peer.close();
  });

  it('reads well, opens the survey in the customer\'s language, and unsubscribes only on the button', async () => {
    const base = `/api/v1/workspaces/${admin.workspaceId}`;
    const survey = await admin.request('POST', `${base}/surveys`, { name: 'Asiakaskysely', templateId: 'nps' });
    await admin.request('POST', `${base}/surveys/${survey.id}/publish`);
    await admin.request('POST', `${base}/contacts`, { email: 'maija@example.fi', name: 'Maija Meikäläinen', language: 'fi' });
    const distribution = await admin.request('POST', `${base}/distributions`, { kind: 'once', name: 'Joulukuu', surveyId: survey.id, audience: { kind: 'all' }, embedFirstQuestion: true });
    await admin.request('POST', `${base}/distributions/${distribution.id}/send`, {});
    const [received] = await waitFor(() => peer.received.filter((m) => m.to.includes('maija@example.fi')), (list) => list.length > 0);
    const raw = unwrap(received!.raw);
    const html = /<!doctype html>[\s\S]*<\/html>/i.exec(raw)![0];

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fi-FI' });
    const page = await context.newPage();
    page.setDefaultTimeout(pageWaitMs);
    const consoleErrors = watchConsoleErrors(page);
    await page.setContent(html.replaceAll('https://kuulo.example', server.url));
    expect(await page.locator('a', { hasText: '10' }).first().isVisible()).toBe(true);
    // A mail is shown inside a mail client's page: the rules about a page's own landmarks and h1 are the client's.
    const pageRules = /^(landmark-one-main|page-has-heading-one|region) /;
    expect((await findAccessibilityViolations(page)).filter((violation) => !pageRules.test(violation))).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'invitation-mail-fi.png'), fullPage: true });

    // The plain survey link (the text part's) opens the survey in Finnish; opening it records no answer.
    const surveyLink = /https:\/\/kuulo\.example\/s\/[^\s"<>]+/.exec(raw)![0];
    await page.goto(local(surveyLink));
    await page.getByText(/Kuinka todennäköisesti suosittelisit/).first().waitFor();
    expect(await admin.listResponses(survey.id)).toEqual([]);
    const invitations = (await admin.request('GET', `${base}/distributions/${distribution.id}/invitations`)).invitations;
    // Showing the mail loaded its image: an open, doubtful because it came within a minute of sending.
    expect(invitations[0]).toMatchObject({ status: 'sent', stage: 'opened', isOpenUnreliable: true, language: 'fi' });

    // The unsubscribe page: in Finnish, one button, no change until it is pressed.
    const unsubscribe = /^<(.+)>$/.exec(readMail(received!.raw).headers['list-unsubscribe']!)![1]!;
    await page.goto(local(unsubscribe));
    await page.getByRole('heading', { name: 'Peru kyselyviestit' }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const contact = async () => (await admin.request('GET', `${base}/contacts?search=maija`)).items[0];
    expect((await contact()).unsubscribedAt).toBeNull();
    await page.screenshot({ path: path.join(screenshotDir, 'unsubscribe-fi.png'), fullPage: true });
    await page.getByRole('button', { name: 'Peru tilaus' }).click();
    await page.getByRole('status').filter({ hasText: 'Tilaus on peruttu' }).waitFor();
    expect((await contact()).unsubscribedAt).not.toBeNull();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
