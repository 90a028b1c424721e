import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAdminApp, owner, setUpThroughPage, type AdminApp } from './support/admin-app.js';
import { findAccessibilityViolations } from './support/axe.js';
import { AdminClient } from './support/respondent.js';

/**
 * A program owner writes a Finnish invitation of their own: an unknown placeholder is flagged as
 * they type, they fix it, save, and see the mail as a Finnish contact would get it. Then they turn
 * the contact budget on with an override for key accounts, and check a contact against it. What
 * the pages saved is checked through the API.
 */

let app: AdminApp;
let page: Page;
let admin: AdminClient;
let surveyId: string;
const base = () => `/api/v1/workspaces/${admin.workspaceId}`;
const collectTab = (name: string) => page.getByRole('navigation', { name: 'Collect sections' }).getByRole('link', { name });
const body = 'Hei {{contact.first_name}},\n\nkerro meille, miten onnistuimme. Vastaaminen vie minuutin.\n\n{{survey.link}}\n\nKiitos!\n';

describe('email templates and the contact budget', () => {
  beforeAll(async () => {
    app = await openAdminApp();
    page = app.page;
    await setUpThroughPage(app);
    admin = new AdminClient(app.server.url);
    admin.workspaceId = (await admin.request('POST', '/api/v1/session', { email: owner.email, password: owner.password })).workspaces[0].id;
    const survey = await admin.request('POST', `${base()}/surveys`, { name: 'Asiakaskysely', templateId: 'nps' });
    await admin.request('POST', `${base()}/surveys/${survey.id}/publish`);
    surveyId = survey.id;
    await admin.request('POST', `${base()}/contacts`, { email: 'maija@example.fi', name: 'Maija Meikäläinen', language: 'fi', attributes: { segment: 'key_account' } });
  });

  afterAll(() => app?.close());

  it('writes a Finnish template, fixing an unknown placeholder, and previews it for a contact', async () => {
    await page.reload();
    await collectTab('Email templates').click();
    await page.getByRole('heading', { level: 1, name: 'Email templates' }).waitFor();
    await page.getByRole('cell', { name: /Invitation/ }).first().waitFor();
    await page.getByRole('button', { name: 'New template' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Tilauksen jälkeen');
    await page.getByLabel('Another language').selectOption({ label: 'Finnish' });
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('button', { name: 'Remove English' }).click();

    const subject = page.getByRole('textbox', { name: 'Subject (Finnish)', exact: true });
    await subject.fill('Hei {{asiakas.nimi}}, miten onnistuimme?');
    await page.getByText('{{asiakas.nimi}} is not a placeholder Kuulo knows. Choose one from the list.').waitFor();
    expect(await subject.getAttribute('aria-invalid')).toBe('true');
    await subject.fill('Hei {{contact.first_name}}, miten onnistuimme?');
    await page.getByText('is not a placeholder Kuulo knows').waitFor({ state: 'detached' });

    // The last line comes from the placeholder list, inserted where the cursor is.
    const message = page.getByRole('textbox', { name: 'Message (Finnish)', exact: true });
    await message.fill(body);
    await page.getByRole('button', { name: 'Insert {{workspace.name}} in Message (Finnish)' }).click();
    expect(await message.inputValue()).toBe(`${body}{{workspace.name}}`);
    await page.getByRole('button', { name: 'Create template' }).click();
    await page.getByText('Template saved.').waitFor();

    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByLabel('Show it for a contact (name, email or external ID)').fill('Maija');
    await preview.getByRole('button', { name: 'Find' }).click();
    await preview.getByRole('button', { name: 'Choose Maija Meikäläinen <maija@example.fi>' }).click();
    await preview.getByText('As Maija Meikäläinen <maija@example.fi> gets it, in Finnish.').waitFor();
    await preview.locator('[aria-busy="false"]').waitFor();
    await preview.getByText('Hei Maija, miten onnistuimme?', { exact: true }).waitFor();
    const mail = page.frameLocator('iframe[title^="The mail:"]');
    await mail.getByText('kerro meille, miten onnistuimme.', { exact: false }).waitFor();
    await mail.getByRole('link', { name: 'Peru kyselyviestit' }).waitFor();
    // The frame runs nothing; the mail's own styles are back in it (the button looks like one).
    expect(await page.locator('iframe[title^="The mail:"]').getAttribute('sandbox')).toBe('allow-same-origin');
    expect(await mail.getByRole('link', { name: 'Tai avaa kysely' }).evaluate((link) => getComputedStyle(link).backgroundColor)).toBe('rgb(31, 95, 191)');
    expect(await preview.locator('pre').textContent()).toContain('Acme Oy');
    await app.screenshot('email-templates-1-editor');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const { templates } = await admin.request('GET', `${base()}/email-templates`);
    expect(templates.at(-1)).toMatchObject({
      name: 'Tilauksen jälkeen',
      kind: 'invitation',
      isBuiltIn: false,
      translations: { fi: { subject: 'Hei {{contact.first_name}}, miten onnistuimme?', body: `${body.trim()}\n{{workspace.name}}` } },
    });
    expect(Object.keys(templates.at(-1).translations)).toEqual(['fi']);
  });

  it('turns the contact budget on with an override, and checks a contact against it', async () => {
    await collectTab('Contact budget').click();
    await page.getByRole('heading', { level: 1, name: 'Contact budget' }).waitFor();
    await page.getByLabel('Hold contacts back by the budget').check();
    const rule = page.getByRole('region', { name: 'The rule' });
    await rule.getByRole('button', { name: 'Remove limit 2' }).click();
    const firstLimit = rule.getByRole('group', { name: 'Limit 1' });
    await firstLimit.getByLabel('At most (times)').fill('1');
    await firstLimit.getByLabel('In (days)').fill('30');
    await rule.getByText('At most once in 30 days').waitFor();

    await page.getByRole('button', { name: 'Add override' }).click();
    const override = page.getByRole('group', { name: /^Override 1/ });
    await override.getByLabel('Attribute').fill('segment');
    await override.getByLabel('Equals').fill('key_account');
    await override.getByRole('button', { name: 'Add limit' }).click();
    await override.getByLabel('In (days)').fill('90');
    await page.getByLabel('Priority of Asiakaskysely').selectOption({ label: 'High' });
    await page.getByRole('button', { name: 'Save contact budget' }).click();
    await page.getByText('Contact budget saved.').waitFor();

    expect(await admin.request('GET', `${base()}/contact-budget`)).toEqual({
      budget: { isEnabled: true, limits: [{ maxTouches: 1, withinDays: 30 }], overrides: [{ attribute: 'segment', equals: 'key_account', limits: [{ maxTouches: 1, withinDays: 90 }] }] },
      surveyPriorities: { [surveyId]: 'high' },
    });

    const check = page.getByRole('region', { name: 'Check a contact' });
    await check.getByLabel('Find a contact (name, email or external ID)').fill('maija@example.fi');
    await check.getByRole('button', { name: 'Find' }).click();
    await check.getByRole('button', { name: 'Choose Maija Meikäläinen <maija@example.fi>' }).click();
    await check.getByRole('button', { name: 'Check', exact: true }).click();
    await check.getByText('Maija Meikäläinen <maija@example.fi> may be asked now for Asiakaskysely (priority: High).').waitFor();
    await app.screenshot('email-templates-2-budget');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // A personal link is an ask: now the key account's own limit (once in 90 days) holds her back.
    await admin.request('POST', `${base()}/surveys/${surveyId}/links`, { contact: { email: 'maija@example.fi' } });
    await check.getByRole('button', { name: 'Check', exact: true }).click();
    await check.getByText(/would not be asked for Asiakaskysely now \(priority: High\): contact budget: last asked today \(link, Asiakaskysely\); asked 1 time in the last 90 days, the limit is 1\. They may be asked again from /).waitFor();
  });

  it('shows on the contact\'s page that they complained and unsubscribed, and when they were asked', async () => {
    await admin.request('POST', `${base()}/mail/bounces`, { email: 'maija@example.fi', type: 'complaint', reason: 'spam report from the mail provider' });
    await collectTab('Contacts').click();
    await page.getByRole('link', { name: 'Maija Meikäläinen' }).click();
    const reach = page.getByRole('region', { name: 'Survey mail' });
    await reach.getByText('Unsubscribed', { exact: true }).waitFor();
    await reach.getByText('Marked as spam', { exact: true }).waitFor();
    const asks = reach.getByRole('table', { name: 'Recent asks' });
    expect(await asks.locator('tbody tr td').allTextContents()).toEqual([expect.any(String), 'Personal link', 'Asiakaskysely', 'High']);
    await app.screenshot('email-templates-3-contact');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
