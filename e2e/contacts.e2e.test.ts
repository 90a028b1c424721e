import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAdminApp, setUpThroughPage, type AdminApp } from './support/admin-app.js';

/**
 * Contacts in the Collect room: an owner imports a CSV with three good rows and two bad ones,
 * follows the import to its end, finds the contacts in the list, and edits one's attribute.
 */


// Line 1 is the header; lines 4 (a bad email) and 5 (neither email nor external id) must fail.
const csv = [
  'external_id,email,name,language,plan',
  'crm-1,paivi@example.fi,Päivi Jääskeläinen,fi,',
  'crm-2,bob@example.com,Bob Builder,en,pro',
  'crm-3,not-an-email,Bad Email,en,',
  ',,Nobody Atall,en,',
  'crm-4,,Carol Kowalska,pl,',
].join('\n');

let app: AdminApp;
let page: Page;
const screenshot = (name: string) => app.screenshot(name);

function mainNav() {
  return page.getByRole('navigation', { name: 'Main' });
}

describe('contacts', () => {
  beforeAll(async () => {
    app = await openAdminApp();
    page = app.page;
  });

  afterAll(() => app?.close());

  it('opens Contacts from the Collect room, with Collect still marked in the navigation', async () => {
    await setUpThroughPage(app);

    await page.getByRole('navigation', { name: 'Collect sections' }).getByRole('link', { name: 'Contacts' }).click();
    await page.waitForURL(/\/w\/[^/]+\/collect\/contacts$/);
    await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
    await page.getByText('No contacts yet.').waitFor();
    expect(await mainNav().getByRole('link', { name: 'Collect' }).getAttribute('aria-current')).toBe('page');
  });

  it('imports a CSV, following its progress to the created contacts and the failed lines', async () => {
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import contacts from CSV' });
    await dialog.getByText('Any other column becomes an attribute.').waitFor();
    await dialog.getByLabel('CSV file').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await screenshot('contacts-01-import-form');
    // The dialog asks how the import is doing until it has finished.
    const polled = page.waitForResponse((r) => /\/contacts\/imports\/[^/]+$/.test(r.url()) && r.request().method() === 'GET');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    expect((await polled).status()).toBe(200);

    await dialog.getByText('Import finished').waitFor();
    await dialog.getByText('Created: 3. Updated: 0. Failed: 2.').waitFor();
    const failures = dialog.getByRole('table', { name: 'Rows that were not imported' });
    const lines = await failures.locator('tbody tr td:first-child').allTextContents();
    expect(lines).toEqual(['4', '5']);
    await screenshot('contacts-02-import-result');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    for (const name of ['Päivi Jääskeläinen', 'Bob Builder', 'Carol Kowalska']) {
      await page.getByRole('link', { name, exact: true }).waitFor();
    }
    await page.getByText('plan: pro').waitFor();
    await screenshot('contacts-03-list');
  });

  it('searches, keeping the search in the address', async () => {
    await page.getByLabel('Search by name, email or external ID').fill('Jääs');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\?search=J%C3%A4%C3%A4s$/);
    await page.getByRole('link', { name: 'Bob Builder' }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Päivi Jääskeläinen' }).waitFor();

    await page.getByLabel('Search by name, email or external ID').fill('');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: 'Bob Builder' }).waitFor();
  });

  it("changes a contact's attribute and keeps it after a reload", async () => {
    await page.getByRole('link', { name: 'Bob Builder' }).click();
    await page.waitForURL(/\/collect\/contacts\/[^/?]+$/);
    await page.getByRole('heading', { level: 2, name: 'Bob Builder' }).waitFor();
    expect(await mainNav().getByRole('link', { name: 'Collect' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByLabel('Key').first().inputValue()).toBe('plan');
    await page.getByLabel('Value').first().fill('enterprise');
    const saved = page.waitForResponse((r) => /\/contacts\/[^/]+$/.test(r.url()) && r.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByText('No responses are linked to this contact yet.').waitFor();
    await screenshot('contacts-04-contact');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Bob Builder' }).waitFor();
    expect(await page.getByLabel('Value').first().inputValue()).toBe('enterprise');
  });

  it('adds a contact by hand, refusing an email that is taken', async () => {
    await page.getByRole('link', { name: '← All contacts' }).click();
    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByLabel('Email').fill('bob@example.com');
    await dialog.getByLabel('Name').fill('Dana Ääninen');
    await dialog.getByLabel('Key').fill('region');
    await dialog.getByLabel('Value').fill('north');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await dialog.getByText('is taken by another contact', { exact: false }).waitFor();
    await screenshot('contacts-05-new-contact-taken');
    // Chromium logs every 4xx answer; this 409 was the point of the step.
    const conflict = app.consoleErrors.findIndex((e) => /status of 409 .*\/contacts\)$/.test(e));
    expect(conflict).toBeGreaterThanOrEqual(0);
    app.consoleErrors.splice(conflict, 1);

    await dialog.getByLabel('Email').fill('dana@example.fi');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dana Ääninen' }).waitFor();
    expect(await page.getByLabel('Value').first().inputValue()).toBe('north');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot('contacts-06-contact-390');
    await page.getByRole('link', { name: '← All contacts' }).click();
    await page.getByRole('link', { name: 'Bob Builder' }).waitFor();
    await page.getByText('plan: enterprise').waitFor();
    await screenshot('contacts-07-list-390');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('logged no console errors on any page', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
