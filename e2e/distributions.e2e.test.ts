import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAdminApp, owner, setUpThroughPage, type AdminApp } from './support/admin-app.js';
import { findAccessibilityViolations } from './support/axe.js';
import { AdminClient } from './support/respondent.js';
import { pageWaitMs } from './support/browser.js';

/**
 * Email invitations through the pages: a program owner with a published NPS survey and three
 * contacts (one without an email) builds a distribution for everyone, previews the invitation as
 * a Finnish contact gets it, sends it now and follows the report until both mails are out. Without
 * SMTP_URL the mail only goes to the outbox: the report says so and leads there, where each mail
 * shows as it will look.
 */

let app: AdminApp;
let page: Page;
let admin: AdminClient;
const base = () => `/api/v1/workspaces/${admin.workspaceId}`;

describe('email distributions', () => {
  beforeAll(async () => {
    app = await openAdminApp();
    page = app.page;
    await setUpThroughPage(app);
    admin = new AdminClient(app.server.url);
    admin.workspaceId = (await admin.request('POST', '/api/v1/session', { email: owner.email, password: owner.password })).workspaces[0].id;
    const survey = await admin.request('POST', `${base()}/surveys`, { name: 'Asiakaskokemus Q4', templateId: 'nps' });
    await admin.request('POST', `${base()}/surveys/${survey.id}/publish`);
    await admin.request('POST', `${base()}/contacts`, { email: 'maija@example.fi', name: 'Maija Meikäläinen', language: 'fi', attributes: { plan: 'pro' } });
    await admin.request('POST', `${base()}/contacts`, { email: 'bob@example.com', name: 'Bob Builder', language: 'en', attributes: { plan: 'basic' } });
    await admin.request('POST', `${base()}/contacts`, { externalId: 'crm-9', name: 'No Mail', attributes: { plan: 'pro' } });
  });

  afterAll(() => app?.close());

  it('builds a distribution in the dialog, with a live count of whom it reaches', async () => {
    await page.getByRole('navigation', { name: 'Collect sections' }).getByRole('link', { name: 'Distributions' }).click();
    await page.waitForURL(/\/collect\/distributions$/);
    await page.getByRole('heading', { level: 1, name: 'Distributions' }).waitFor();
    await page.getByText('No distributions yet.', { exact: false }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Collect sections' }).getByRole('link', { name: 'Distributions' }).getAttribute('aria-current')).toBe('page');

    await page.getByRole('button', { name: 'New distribution' }).click();
    const dialog = page.getByRole('dialog', { name: 'New distribution' });
    expect(await dialog.getByLabel('Survey', { exact: true }).locator('option:checked').textContent()).toBe('Asiakaskokemus Q4');
    await dialog.getByLabel('Name', { exact: true }).fill('Q4 relationship NPS');
    await dialog.getByRole('radio', { name: /^A segment/ }).check();
    await dialog.getByRole('textbox', { name: 'Attribute' }).fill('plan');
    await dialog.getByRole('textbox', { name: 'Value' }).fill('pro');
    await dialog.getByText('2 contacts, 1 with an email, 0 unsubscribed.').waitFor();
    await dialog.getByRole('radio', { name: 'All contacts' }).check();
    await dialog.getByText('3 contacts, 2 with an email, 0 unsubscribed.').waitFor();
    await dialog.getByRole('checkbox', { name: 'Put the first question in the mail' }).check();
    await dialog.getByLabel('Reminders at most').fill('2');
    await dialog.getByLabel('Sender name').fill('Acme');
    await app.screenshot('distributions-1-new');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const created = page.waitForResponse((r) => r.url().endsWith('/distributions') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Create distribution' }).click();
    expect((await created).status()).toBe(201);
    await page.waitForURL(/\/collect\/distributions\/[^/]+$/);
    await page.getByRole('heading', { level: 2, name: 'Q4 relationship NPS' }).waitFor();
    const [saved] = (await admin.request('GET', `${base()}/distributions`)).distributions;
    expect(saved).toMatchObject({ kind: 'once', status: 'draft', settings: { audience: { kind: 'all' }, embedFirstQuestion: true, reminders: { afterDays: 3, maxReminders: 2 }, senderName: 'Acme' } });
  });

  it('previews the invitation as a Finnish contact gets it', async () => {
    await page.getByRole('button', { name: 'Preview' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preview the mail' });
    await dialog.getByLabel('Preview for a contact (name, email or external ID)').fill('maija');
    await dialog.getByRole('button', { name: 'Search' }).click();
    await dialog.getByRole('button', { name: 'Show: Maija Meikäläinen <maija@example.fi>' }).click();
    await dialog.getByText('As Maija Meikäläinen <maija@example.fi> gets it, in their language (fi).').waitFor();
    expect(await dialog.locator('.mail-preview-subject').textContent()).toMatch(/^Hetki aikaa\?/);
    expect(await dialog.locator('pre').textContent()).toContain('Hei Maija');
    // The mail as it is sent, in a frame that runs no scripts, with its own styles (the NPS scale as buttons).
    expect(await dialog.locator('iframe').getAttribute('sandbox')).toBe('allow-same-origin');
    const mail = page.frameLocator('iframe.mail-preview-frame');
    await mail.getByText('Kuinka todennäköisesti suosittelisit').waitFor();
    expect(await mail.getByRole('link', { name: '10', exact: true }).evaluate((a) => getComputedStyle(a).borderTopStyle)).toBe('solid');
    await app.screenshot('distributions-2-preview');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('sends now after saying how many will get it, and the report says they wait in the outbox, unsent', async () => {
    await page.getByRole('button', { name: 'Send or schedule…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send “Q4 relationship NPS”' });
    await dialog.getByText('The invitation goes now to 2 contacts.').waitFor();
    await dialog.getByRole('radio', { name: 'At a set time' }).check();
    await dialog.getByLabel('Send at').waitFor();
    await dialog.getByRole('radio', { name: 'Now' }).check();
    await dialog.getByRole('button', { name: 'Send now to 2' }).click();
    await page.getByText('Sending. The figures below follow as the mail goes out.').waitFor();

    // The page follows the send quietly until the outbox has taken both mails.
    const funnel = page.getByRole('list', { name: 'From sent to completed' });
    await funnel.locator('.report-step-sent .report-step-count', { hasText: /^2$/ }).waitFor({ timeout: pageWaitMs });
    // No mail server is set: nobody has received them, and the report does not say a server took them.
    const sentStep = funnel.locator('.report-step-sent');
    await sentStep.locator('.report-step-name', { hasText: /^In the outbox, not sent$/ }).waitFor();
    await sentStep.getByText('No mail server is set (SMTP_URL), so these mails wait in the outbox: nobody has received them.').waitFor();
    expect(await sentStep.textContent()).not.toContain('Accepted by the mail server');
    await page.locator('.distribution-head').getByText('Sent', { exact: true }).waitFor({ timeout: pageWaitMs });
    const skipped = page.getByRole('table', { name: 'Why invitations were skipped' });
    expect(await skipped.locator('tbody tr td').allTextContents()).toEqual(['no email address', '1']);
    const recipients = page.getByRole('table', { name: 'Recipients' });
    await recipients.getByRole('row').filter({ hasText: 'Maija Meikäläinen' }).getByText('In the outbox', { exact: true }).waitFor();
    await recipients.getByRole('row').filter({ hasText: 'No Mail' }).getByText('Skipped', { exact: true }).waitFor();
    await app.screenshot('distributions-3-report');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const report = await admin.request('GET', `${base()}/distributions/${page.url().split('/').pop()}/report`);
    expect(report.counts).toMatchObject({ recipients: 3, sent: 2, skipped: 1 });
    expect(report.delivery).toEqual({ transport: 'outbox', acceptedByServer: 0, inOutbox: 2 });
  });

  it('leads from the report to the outbox, where a mail shows as it will look, answer buttons and all, or as plain text', async () => {
    const distributionUrl = page.url();
    const maijaInvitation = async () => (await admin.request('GET', `${base()}/distributions/${distributionUrl.split('/').pop()}/invitations`)).invitations.find((i: { email: string }) => i.email === 'maija@example.fi');
    await page.getByRole('link', { name: 'Open the outbox (Settings → Mail)' }).click();
    await page.waitForURL(/\/settings\/mail$/);
    const row = page.getByRole('table', { name: 'Messages' }).getByRole('row').filter({ hasText: 'maija@example.fi' });
    expect(await row.locator('td').nth(3).textContent()).toBe('Survey invitation');
    await row.getByRole('button', { name: /^Hetki aikaa\?/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Message' });
    const frame = dialog.locator('iframe');
    expect(await frame.getAttribute('title')).toMatch(/^The mail as it looks: Hetki aikaa\?/);
    expect(await frame.getAttribute('sandbox')).toBe('allow-same-origin');
    const mail = page.frameLocator('.mail-message iframe');
    await mail.getByText('Kuinka todennäköisesti suosittelisit').waitFor();
    expect(await mail.getByRole('link', { name: /^([0-9]|10)$/ }).count()).toBe(11);
    expect(await mail.getByRole('link', { name: '10', exact: true }).evaluate((a) => getComputedStyle(a).borderTopStyle)).toBe('solid');
    await app.screenshot('distributions-3b-outbox-mail');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Plain text' }).click();
    expect(await dialog.getByRole('button', { name: 'Plain text' }).getAttribute('aria-pressed')).toBe('true');
    await dialog.locator('pre').getByText('Hei Maija', { exact: false }).waitFor();
    // The mail's open-tracking image was not loaded: looking at it is not Maija opening it.
    expect(await maijaInvitation()).toMatchObject({ status: 'sent', openedAt: null });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.goto(distributionUrl);
    await page.getByRole('heading', { level: 2, name: 'Q4 relationship NPS' }).waitFor();
  });

  it('lists the distribution with its survey, status and figures', async () => {
    await page.getByRole('link', { name: '← All distributions' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Q4 relationship NPS' });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(expect.arrayContaining(['Asiakaskokemus Q4', 'One-off', 'Sent', '3', '2', '0%']));
    await app.screenshot('distributions-4-list');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('sends to chosen contacts and a CSV of recipients, reporting its bad rows by line', async () => {
    await page.getByRole('button', { name: 'New distribution' }).click();
    const dialog = page.getByRole('dialog', { name: 'New distribution' });
    await dialog.getByLabel('Name', { exact: true }).fill('Pilot');
    await dialog.getByRole('radio', { name: 'Chosen contacts' }).check();
    await dialog.getByLabel('Find contacts by name, email or external ID').fill('bob');
    await dialog.getByLabel('Find contacts by name, email or external ID').press('Enter');
    await dialog.getByRole('button', { name: 'Add: Bob Builder <bob@example.com>' }).click();
    await dialog.getByText('Chosen: 1').waitFor();
    await dialog.getByText('1 contacts, 1 with an email, 0 unsubscribed.').waitFor();
    const csv = ['email,name,language', 'carol@example.pl,Carol Kowalska,pl', 'not-an-email,Bad Row,en'].join('\n');
    await dialog.getByLabel('CSV of recipients').setInputFiles({ name: 'pilot.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await dialog.getByRole('button', { name: 'Create distribution' }).click();
    await dialog.getByText('Upload finished').waitFor();
    await dialog.getByText('Recipients added: 1. Rows not added: 1.').waitFor();
    expect(await dialog.getByRole('table', { name: 'Rows that were not added' }).locator('tbody td:first-child').allTextContents()).toEqual(['3']);
    await app.screenshot('distributions-5-csv');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 2, name: 'Pilot' }).waitFor();
    await page.getByRole('table', { name: 'Recipients' }).getByText('Carol Kowalska').waitFor();

    await page.getByRole('button', { name: 'Send or schedule…' }).click();
    const send = page.getByRole('dialog', { name: 'Send “Pilot”' });
    await send.getByText('The invitation goes now to 2 contacts.').waitFor();
    await send.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('link', { name: '← All distributions' }).click();
  });

  it('makes a trigger, with its problems said at their fields, shows the call that sends its event, and pauses it', async () => {
    const survey = await admin.request('POST', `${base()}/surveys`, { name: 'Tukikysely', templateId: 'ces' });
    await admin.request('POST', `${base()}/surveys/${survey.id}/publish`);
    await page.reload();
    await page.getByRole('button', { name: 'New distribution' }).click();
    const dialog = page.getByRole('dialog', { name: 'New distribution' });
    await dialog.getByLabel('Survey', { exact: true }).selectOption({ label: 'Tukikysely' });
    await dialog.getByLabel('Name', { exact: true }).fill('After support');
    await dialog.getByRole('radio', { name: /^On an event/ }).check();
    await dialog.getByLabel('Event name').fill('Case Resolved');
    await dialog.getByLabel('Delay').fill('2');
    await dialog.getByRole('checkbox', { name: 'Put the first question in the mail' }).check();
    await dialog.getByRole('button', { name: 'Create distribution' }).click();
    await dialog.getByText('Use lowercase letters, digits, dots, - and _', { exact: false }).waitFor();
    expect(await dialog.getByLabel('Event name').evaluate((input) => document.activeElement === input)).toBe(true);

    // The survey's first question cannot be answered in a mail: only the server knows, and says so at the checkbox.
    await dialog.getByLabel('Event name').fill('case.resolved');
    await dialog.getByRole('button', { name: 'Create distribution' }).click();
    await dialog.getByText('Needs a survey whose first question is an NPS, a CSAT or a single choice').waitFor();
    const refused = app.consoleErrors.findIndex((e) => /status of 4(00|22) .*\/distributions\)$/.test(e));
    expect(refused).toBeGreaterThanOrEqual(0);
    app.consoleErrors.splice(refused, 1);
    await dialog.getByRole('checkbox', { name: 'Put the first question in the mail' }).uncheck();
    await dialog.getByRole('button', { name: 'Create distribution' }).click();

    await page.getByRole('heading', { level: 2, name: 'After support' }).waitFor();
    await page.locator('.distribution-head').getByText('Active', { exact: true }).waitFor();
    const call = await page.getByLabel('The API call').textContent();
    expect(call).toContain(`/api/v1/workspaces/${admin.workspaceId}/trigger-events`);
    expect(call).toContain('"event":"case.resolved"');
    await app.screenshot('distributions-6-trigger');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.locator('.distribution-head').getByText('Paused', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.locator('.distribution-head').getByText('Active', { exact: true }).waitFor();
    const trigger = (await admin.request('GET', `${base()}/distributions`)).distributions.find((d: { name: string }) => d.name === 'After support');
    expect(trigger).toMatchObject({ kind: 'trigger', status: 'active', settings: { trigger: { event: 'case.resolved', delayMinutes: 120 }, embedFirstQuestion: false } });
    await page.getByRole('link', { name: '← All distributions' }).click();
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await app.screenshot('distributions-7-list-390');
    await page.getByRole('link', { name: 'Q4 relationship NPS' }).click();
    await page.getByRole('heading', { level: 2, name: 'Q4 relationship NPS' }).waitFor();
    await page.getByRole('table', { name: 'Recipients' }).getByText('No Mail').waitFor();
    await app.screenshot('distributions-8-report-390');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('logged no console errors on any page', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
