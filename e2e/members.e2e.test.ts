import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMail, startSmtpPeer } from '../test/smtp-peer.js';
import { waitFor } from '../test/wait-for.js';
import { openAdminApp, setUpThroughPage, type AdminApp } from './support/admin-app.js';
import { watchConsoleErrors } from './support/browser.js';

/**
 * Getting a colleague in: the owner invites an agent by email; the agent opens the mail's link,
 * chooses a password, lands signed in and sees only the rooms an agent may use, with not one
 * refused call in the console. Then the agent forgets the password, resets it from the sign-in
 * page, and changes it again on their account page.
 */

const peer = startSmtpPeer();
const maija = { name: 'Maija Virtanen', email: 'maija@example.fi', password: 'maijan oma salasana', reset: 'uusi salasana maijalle', changed: 'kolmas salasana maijalle' };

let app: AdminApp;
let agentPage: Page;
let agentErrors: string[] = [];

/** The link in the newest mail to an address, pointed at the test server (mail links use PUBLIC_URL). */
async function linkInMail(address: string, count: number, path: RegExp): Promise<string> {
  const mails = await waitFor(() => peer.received.filter((m) => m.to.includes(address)), (list) => list.length >= count);
  const text = readMail(mails.at(-1)!.raw).text;
  const found = new RegExp(`https://kuulo\\.example(${path.source}#token=[\\w-]+)`).exec(text);
  if (!found) throw new Error(`no link in the mail:\n${text}`);
  return `${app.server.url}${found[1]}`;
}

function mainNavLinks(page: Page) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
}

describe('inviting a colleague', () => {
  beforeAll(async () => {
    app = await openAdminApp({ env: { SMTP_URL: `smtp://127.0.0.1:${await peer.listen()}`, PUBLIC_URL: 'https://kuulo.example' } });
    await setUpThroughPage(app);
    const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    agentPage = await context.newPage();
    agentPage.setDefaultTimeout(15_000);
    agentErrors = watchConsoleErrors(agentPage);
  });
  afterAll(async () => {
    await app?.close();
    await peer.close();
  });

  it('the owner invites an agent by email and sees the invitation pending', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { name: 'Invite a colleague' }).waitFor();
    await page.getByLabel('Email').fill(maija.email);
    await page.getByLabel('Name (optional)').fill('Maija');
    await page.getByLabel('Role').last().selectOption({ label: 'Agent' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`An invitation is on its way to ${maija.email}.`).waitFor();
    await page.getByRole('cell', { name: maija.email, exact: true }).waitFor();
    await app.screenshot('members-01-invited');
  });

  it('the agent opens the link, chooses a password and lands in Respond with only the rooms an agent may use', async () => {
    await agentPage.goto(await linkInMail(maija.email, 1, /\/invite/));
    await agentPage.getByRole('heading', { level: 1, name: 'Join Acme Oy' }).waitFor();
    await agentPage.getByText('Ada Lovelace invited you to the Kuulo workspace Acme Oy.').waitFor();
    await agentPage.getByLabel('Your name').fill(maija.name);
    await agentPage.getByLabel('Password').fill(maija.password);
    await agentPage.getByRole('button', { name: 'Join Acme Oy' }).click();
    await agentPage.waitForURL(/\/w\/[^/]+\/respond$/);
    await agentPage.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    expect(await mainNavLinks(agentPage)).toEqual(['Respond', 'Settings']);

    // A room the role may not open says so, without asking the API that would refuse.
    const refused: string[] = [];
    agentPage.on('response', (response) => {
      if (response.status() === 403) refused.push(response.url());
    });
    await agentPage.goto(agentPage.url().replace(/\/respond$/, '/collect'));
    await agentPage.getByRole('heading', { level: 1, name: 'No permission' }).waitFor();
    await agentPage.goto(agentPage.url().replace(/\/collect$/, '/insights/text/topics'));
    await agentPage.getByRole('heading', { level: 1, name: 'No permission' }).waitFor();
    // What an agent may read: Settings and its members.
    await agentPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await agentPage.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await agentPage.getByRole('link', { name: 'Members' }).click();
    await agentPage.getByRole('cell', { name: maija.email, exact: true }).waitFor();
    expect(refused).toEqual([]);

    // The link worked once.
    await agentPage.goto(await linkInMail(maija.email, 1, /\/invite/));
    await agentPage.getByText('This invitation can no longer be used').waitFor();
  });

  it('the agent resets a forgotten password from the sign-in page', async () => {
    await agentPage.goto(`${app.server.url}/`);
    await agentPage.getByRole('button', { name: maija.name }).click();
    await agentPage.getByRole('button', { name: 'Sign out' }).click();
    await agentPage.getByRole('link', { name: 'Forgot your password?' }).click();
    await agentPage.getByLabel('Email').fill(maija.email);
    await agentPage.getByRole('button', { name: 'Send the link' }).click();
    await agentPage.getByText('Check your mail').waitFor();

    await agentPage.goto(await linkInMail(maija.email, 2, /\/reset-password/));
    await agentPage.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await agentPage.getByLabel('New password').fill(maija.reset);
    await agentPage.getByRole('button', { name: 'Save and sign in' }).click();
    await agentPage.waitForURL(/\/w\/[^/]+\/respond$/);
  });

  it('the agent changes the password on their account page, and signs in with the new one', async () => {
    await agentPage.getByRole('button', { name: maija.name }).click();
    await agentPage.getByRole('link', { name: 'Account' }).click();
    await agentPage.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await agentPage.getByLabel('Current password').fill(maija.reset);
    await agentPage.getByLabel('New password').fill(maija.changed);
    await agentPage.getByRole('button', { name: 'Change password' }).click();
    await agentPage.getByText('Your password was changed').waitFor();

    await agentPage.getByRole('button', { name: maija.name }).click();
    await agentPage.getByRole('button', { name: 'Sign out' }).click();
    await agentPage.getByLabel('Email').fill(maija.email);
    await agentPage.getByLabel('Password').fill(maija.changed);
    await agentPage.getByRole('button', { name: 'Sign in' }).click();
    await agentPage.waitForURL(/\/w\/[^/]+\/respond$/);
  });

  it('logged no console errors for either person', () => {
    expect(agentErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
