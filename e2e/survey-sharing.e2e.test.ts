import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSurveyThroughPage, openAdminApp, setUpThroughPage, type AdminApp } from './support/admin-app.js';
import { watchConsoleErrors } from './support/browser.js';

/**
 * Two editors on one draft (two colleagues, or one person in two tabs): the later save is refused
 * rather than silently overwriting the earlier one, and the person chooses whose version stays.
 * Then a workspace-wide widget setting the same people share: identity verification.
 */

let app: AdminApp;
let first: Page;
let second: Page;

const titleField = (page: Page) => page.getByLabel('Title', { exact: true });
const savedNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'All changes saved' });

describe('people sharing a survey and its workspace settings', () => {
  beforeAll(async () => {
    app = await openAdminApp();
    first = app.page;
  });

  afterAll(() => app?.close());

  it('refuses the later save and lets the editor load the other version or keep their own', async () => {
    await setUpThroughPage(app);
    await newSurveyThroughPage(app, 'Shared draft', /Net Promoter Score/);
    await titleField(first).waitFor();

    second = await first.context().newPage();
    const secondErrors = watchConsoleErrors(second);
    await second.goto(first.url());
    await titleField(second).fill('Saved in the second tab');
    await savedNotice(second).waitFor();

    await titleField(first).fill('Typed in the first tab');
    const alert = first.getByRole('alert').filter({ hasText: 'Someone else saved this survey while you were editing it.' });
    await alert.waitFor();
    expect(await first.getByRole('status').filter({ hasText: 'Someone else saved this survey' }).count()).toBe(1);

    await alert.getByRole('button', { name: 'Load their version' }).click();
    await expect.poll(() => titleField(first).inputValue()).toBe('Saved in the second tab');
    await savedNotice(first).waitFor();

    // Now the first tab is up to date, so its edits save; the second tab is the one behind.
    await titleField(first).fill('Agreed title');
    await savedNotice(first).waitFor();
    await titleField(second).fill('Late idea');
    const secondAlert = second.getByRole('alert').filter({ hasText: 'Someone else saved this survey' });
    await secondAlert.getByRole('button', { name: 'Keep my version' }).click();
    await savedNotice(second).waitFor();
    await first.reload();
    await expect.poll(() => titleField(first).inputValue()).toBe('Late idea');
    // The refused saves answer 409, which Chromium reports as a failed resource; nothing else may fail.
    expect([...app.consoleErrors, ...secondErrors].filter((error) => !error.includes('409'))).toEqual([]);
  });

  it('turns on widget identity verification, shows the secret once, and can require it', async () => {
    await first.getByRole('navigation', { name: 'Survey sections' }).getByRole('link', { name: 'Distribute' }).click();
    const section = first.getByRole('region', { name: 'Identity verification' });
    await section.getByText('Off: identities are kept as the page tells them').waitFor();
    await section.getByRole('button', { name: 'Turn on identity verification' }).click();
    const secret = section.getByLabel('Identity secret');
    await expect.poll(() => secret.inputValue()).toMatch(/^kis_[\w-]{43}$/);
    await section.getByText(/^On since/).waitFor();
    const require = section.getByLabel('Drop identities that are not verified');
    await require.check();
    await expect.poll(() => require.isDisabled()).toBe(false);
    await app.screenshot('widget-identity-on');

    await first.reload();
    await section.getByText(/^On since/).waitFor();
    expect(await section.getByLabel('Identity secret').count()).toBe(0);
    expect(await require.isChecked()).toBe(true);

    await section.getByRole('button', { name: 'Turn off' }).click();
    await first.getByRole('dialog', { name: 'Turn off identity verification?' }).getByRole('button', { name: 'Turn off' }).click();
    await section.getByText('Off: identities are kept as the page tells them').waitFor();
  });
});
