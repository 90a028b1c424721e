import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMail, startSmtpPeer } from '../test/smtp-peer.js';
import { waitFor } from '../test/wait-for.js';
import { startReceiver } from '../test/webhook-receiver.js';
import { openAdminApp, owner, setUpThroughPage, type AdminApp } from './support/admin-app.js';
import { findAccessibilityViolations } from './support/axe.js';
import { pageWaitMs, screenshotFolder, watchConsoleErrors } from './support/browser.js';
import { AdminClient } from './support/respondent.js';

/**
 * The closed loop as people live it: a detractor answers the survey page; seconds later a case is
 * in the agent's queue; the agent replies (the mail reaches a real SMTP peer), gives a goodwill
 * credit within their limit (the company's webhook receives it), closes the case with a root cause,
 * and the closed-loop results change.
 */

const npsSurvey = JSON.parse(readFileSync(new URL('./support/surveys/nps-comment.json', import.meta.url), 'utf8')) as unknown;
const agent = { name: 'Aada Agentti', email: 'aada@acme.example', password: 'aada password 123' };

const smtp = startSmtpPeer();
const receiver = startReceiver();
let app: AdminApp;
let admin: AdminClient;
let survey: { id: string; slug: string };
let agentContext: BrowserContext;
let agentPage: Page;
let agentErrors: string[];
const base = () => `/api/v1/workspaces/${admin.workspaceId}`;
const screenshots = screenshotFolder();
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshots, `respond-${name}.png`), fullPage: true }).then(() => undefined);

describe('closing the loop', () => {
  beforeAll(async () => {
    const smtpPort = await smtp.listen();
    const hookUrl = await receiver.listen();
    app = await openAdminApp({ withSurveyPage: true, env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, KUULO_MAIL_FROM: 'Acme <cx@acme.example>', KUULO_WEBHOOKS_ALLOW_PRIVATE: 'true' } });
    await setUpThroughPage(app);
    admin = new AdminClient(app.server.url);
    admin.workspaceId = (await admin.request('POST', '/api/v1/session', { email: owner.email, password: owner.password })).workspaces[0].id;

    // The program owner's set-up: an agent in a service team, a rule for detractors, the CRM's webhook.
    const member = await admin.request('POST', `${base()}/members`, { ...agent, role: 'agent' });
    const team = await admin.request('POST', `${base()}/teams`, { name: 'Customer service', memberUserIds: [member.userId] });
    survey = await admin.publishSurvey('Delivery NPS', npsSurvey);
    await admin.request('POST', `${base()}/alert-rules`, {
      kind: 'response',
      name: 'Detractor follow-up',
      condition: { match: 'all', tests: [{ field: 'nps', op: 'lte', value: 6 }] },
      actions: [{ type: 'open_case', priority: 'high', slaHours: 8, assign: { kind: 'team', teamId: team.id, roundRobin: true } }],
    });
    await admin.request('POST', `${base()}/webhooks`, { url: hookUrl, eventTypes: ['case.action_taken'] });

    agentContext = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    agentPage = await agentContext.newPage();
    agentPage.setDefaultTimeout(pageWaitMs);
    agentErrors = watchConsoleErrors(agentPage);
  });

  afterAll(async () => {
    await agentContext?.close();
    await app?.close();
    await smtp.close();
    await receiver.close();
  });

  it('turns a detractor\'s answer on the survey page into a case in the agent\'s open queue within seconds', async () => {
    await agentPage.goto(`${app.server.url}/login`);
    await agentPage.getByLabel('Email').fill(agent.email);
    await agentPage.getByLabel('Password').fill(agent.password);
    await agentPage.getByRole('button', { name: 'Sign in' }).click();
    await agentPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Respond' }).click();
    await agentPage.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await agentPage.getByRole('navigation', { name: 'Case queues' }).getByRole('link', { name: /^My cases/ }).click();
    await agentPage.getByText('You have no open cases.').waitFor();

    // Meanwhile a customer answers the survey from their personal link.
    const link = await admin.request('POST', `${base()}/surveys/${survey.id}/links`, { contact: { email: 'maija@example.fi', name: 'Maija Meikäläinen', language: 'en' } });
    const customer = await app.browser.newContext({ locale: 'en-US' });
    const page = await customer.newPage();
    await page.goto(`${app.server.url}/s/${survey.slug}?t=${link.token}`);
    await page.getByRole('radio', { name: '2', exact: true }).check();
    await page.getByLabel('What should we do better?').fill('The parcel came a week late.');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForTimeout(2_100);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /Thank/ }).waitFor();
    await customer.close();

    // The rule runs in a job seconds after the response is stored; the open queue shows the case without a reload.
    const caseLink = agentPage.getByRole('link', { name: /week late|Maija/ });
    await caseLink.first().waitFor({ timeout: pageWaitMs });
    const row = agentPage.getByRole('row').filter({ has: caseLink });
    await row.getByText('High').waitFor();
    expect(await row.textContent()).toMatch(/left/);
    await shot(agentPage, '1-queue');
    expect(await findAccessibilityViolations(agentPage)).toEqual([]);
    await caseLink.first().click();
    await agentPage.getByRole('heading', { level: 1, name: /^Case \d+:/ }).waitFor();
    await agentPage.getByText('The parcel came a week late.').first().waitFor();
  });

  it('replies to the customer from a template: the mail reaches the SMTP server', async () => {
    await agentPage.getByRole('heading', { name: 'Reply to the customer' }).waitFor();
    await waitFor(() => agentPage.getByLabel('Subject', { exact: true }).inputValue(), (subject) => subject.includes('Maija'));
    expect(await agentPage.getByLabel('Subject', { exact: true }).inputValue()).toBe('About your feedback, Maija Meikäläinen');
    expect(await agentPage.getByLabel('Message', { exact: true }).inputValue()).toContain('Aada Agentti');
    await agentPage.getByRole('button', { name: 'Send reply' }).click();
    await agentPage.getByText('Reply sent.').waitFor();
    const mail = await waitFor(async () => smtp.received.filter((m) => m.to.includes('maija@example.fi')), (list) => list.length > 0);
    expect(mail).toHaveLength(1);
    const { headers, text } = readMail(mail[0]!.raw);
    expect(headers).toMatchObject({ subject: 'About your feedback, Maija Meikäläinen', 'reply-to': 'aada@acme.example', from: 'Acme <cx@acme.example>' });
    expect(text).toContain('Hello Maija Meikäläinen,');
    expect(text).toContain('Aada Agentti');
    await agentPage.getByText(/Reply sent to maija@example.fi/).waitFor();
  });

  it('gives a goodwill credit within the agent\'s limit, and the company\'s system receives it', async () => {
    const form = agentPage;
    await form.getByLabel('Action', { exact: true }).selectOption({ label: 'Goodwill credit' });
    await form.getByText('Up to 50 EUR').waitFor();
    await form.getByLabel('Amount (EUR)').fill('25');
    await form.getByLabel('Note (optional)', { exact: true }).fill('For the late delivery');
    await form.getByRole('button', { name: 'Take action' }).click();
    await agentPage.getByText('Recorded: Goodwill credit.').waitFor();
    const hooks = await waitFor(async () => receiver.received.map((m) => JSON.parse(m.body)).filter((m) => m.type === 'case.action_taken'), (list) => list.length > 0);
    expect(hooks).toHaveLength(1);
    expect(hooks[0].data).toMatchObject({ action: { id: 'goodwill_credit', amount: 25, unit: 'EUR', note: 'For the late delivery', takenBy: { name: agent.name, role: 'agent' } } });
    await agentPage.getByText(/Action taken: Goodwill credit, 25 EUR/).waitFor();
  });

  it('closes the case with a root cause, and the closed-loop results change', async () => {
    const form = agentPage;
    await form.getByLabel('Root cause', { exact: true }).selectOption({ label: 'Delivery or logistics' });
    await form.getByLabel('Resolution', { exact: true }).fill('Credited 25 EUR and apologised.');
    await form.getByRole('button', { name: 'Close case' }).click();
    await agentPage.getByRole('heading', { name: 'Reopen the case' }).waitFor();
    await agentPage.getByText(/Closed: Delivery or logistics/).waitFor();
    await shot(agentPage, '2-closed-case');
    expect(await findAccessibilityViolations(agentPage)).toEqual([]);

    await agentPage.getByRole('navigation', { name: 'Respond sections' }).getByRole('link', { name: 'Results' }).click();
    await agentPage.getByRole('heading', { level: 1, name: 'Closed-loop results' }).waitFor();
    const results = agentPage.getByRole('main');
    await results.getByText('Deadline met').first().waitFor();
    expect(await results.textContent()).toMatch(/100\s*%/);
    const causes = agentPage.getByRole('table').filter({ hasText: 'Root cause' });
    expect(await causes.getByRole('row').filter({ hasText: 'Delivery or logistics' }).textContent()).toContain('1');
    await shot(agentPage, '3-results');
    expect(await findAccessibilityViolations(agentPage)).toEqual([]);
    expect(agentErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
