import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../test/wait-for.js';
import { openAdminApp, owner, setUpThroughPage, type AdminApp } from './support/admin-app.js';
import { findAccessibilityViolations } from './support/axe.js';
import { AdminClient } from './support/respondent.js';

/**
 * A program owner sets up the closed loop through the pages: a frontline team, an alert rule that
 * opens cases for detractors in the team's turn, a root cause of their own, a look at the outbox
 * where mail waits without SMTP, and a rule on what the comments say that opens a case for a
 * complaint about delivery once the comment is analysed. What the pages saved is checked through the API.
 */

let app: AdminApp;
let page: Page;
let admin: AdminClient;
const base = () => `/api/v1/workspaces/${admin.workspaceId}`;
const respondTab = (name: string) => page.getByRole('navigation', { name: 'Respond sections' }).getByRole('link', { name });

describe('setting up the closed loop', () => {
  beforeAll(async () => {
    app = await openAdminApp();
    page = app.page;
    await setUpThroughPage(app);
    admin = new AdminClient(app.server.url);
    admin.workspaceId = (await admin.request('POST', '/api/v1/session', { email: owner.email, password: owner.password })).workspaces[0].id;
    await admin.request('POST', `${base()}/members`, { name: 'Aada Agentti', email: 'aada@acme.example', password: 'aada password 123', role: 'agent' });
    await admin.request('POST', `${base()}/members`, { name: 'Bruno Agent', email: 'bruno@acme.example', password: 'bruno password 123', role: 'agent' });
  });

  afterAll(() => app?.close());

  it('makes a team with its lead and members in the order cases go round', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Respond' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await respondTab('Teams').click();
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
    await page.getByRole('button', { name: 'New team' }).click();
    const dialog = page.getByRole('dialog', { name: 'New team' });
    await dialog.getByLabel('Team', { exact: true }).fill('Customer service');
    await dialog.getByLabel('Lead').selectOption({ label: owner.name });
    for (const name of ['Bruno Agent', 'Aada Agentti']) {
      await dialog.getByLabel('Add a member').selectOption({ label: name });
      await dialog.getByRole('button', { name: 'Add to team' }).click();
    }
    await dialog.getByRole('button', { name: 'Move Aada Agentti up' }).click();
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await page.getByText('Team “Customer service” added.').waitFor();
    await app.screenshot('respond-setup-1-teams');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const teams = (await admin.request('GET', `${base()}/teams`)).items;
    const members = (await admin.request('GET', `${base()}/members`)).items as { userId: string; name: string }[];
    const id = (name: string) => members.find((m) => m.name === name)!.userId;
    expect(teams).toEqual([expect.objectContaining({ name: 'Customer service', leadUserId: id(owner.name), memberUserIds: [id('Aada Agentti'), id('Bruno Agent')] })]);
  });

  it('writes a rule that opens a case for each detractor, in turn within the team', async () => {
    await respondTab('Rules').click();
    await page.getByRole('heading', { level: 1, name: 'Alert rules' }).waitFor();
    await page.getByRole('button', { name: 'New rule' }).click();
    const dialog = page.getByRole('dialog', { name: 'New alert rule' });
    await dialog.getByLabel('Name', { exact: true }).fill('Detractor follow-up');
    const test = dialog.getByRole('group', { name: 'Test 1' });
    await test.getByLabel('Looks at').selectOption({ label: 'NPS score' });
    await test.getByLabel('Condition').selectOption({ label: 'is at most' });
    await test.getByLabel('Value').fill('6');
    // A new rule starts with the action most rules have: open a case.
    const action = dialog.getByRole('group', { name: /^Action 1/ });
    await action.getByLabel('Priority').selectOption({ label: 'High' });
    await action.getByLabel('SLA (hours)').fill('8');
    await action.getByLabel('Assign to').selectOption({ label: 'A team' });
    await action.getByLabel('Team', { exact: true }).selectOption({ label: 'Customer service' });
    await action.getByLabel('Hand cases to its members in turn (round-robin)').check();
    await app.screenshot('respond-setup-2-rule-dialog');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create rule' }).click();
    await page.getByText('Rule “Detractor follow-up” added. It judges responses completed from now on.').waitFor();
    await page.getByRole('switch', { name: 'Rule on: Detractor follow-up' }).or(page.getByRole('checkbox', { name: 'Rule on: Detractor follow-up' })).waitFor();

    const team = (await admin.request('GET', `${base()}/teams`)).items[0];
    const rules = (await admin.request('GET', `${base()}/alert-rules`)).items;
    expect(rules).toEqual([
      expect.objectContaining({
        name: 'Detractor follow-up',
        kind: 'response',
        isEnabled: true,
        surveyIds: [],
        condition: { match: 'all', tests: [{ field: 'nps', op: 'lte', value: 6 }] },
        actions: [{ type: 'open_case', priority: 'high', slaHours: 8, assign: { kind: 'team', teamId: team.id, roundRobin: true } }],
      }),
    ]);
  });

  it('adds a root cause of the workspace\'s own', async () => {
    await respondTab('Settings').click();
    await page.getByRole('heading', { level: 1, name: 'Respond settings' }).waitFor();
    await page.getByRole('button', { name: 'Add root cause' }).click();
    const count = (await admin.request('GET', `${base()}/respond-settings`)).rootCauses.length;
    await page.getByLabel(`Root cause ${count + 1}`, { exact: true }).fill('Packaging');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Respond settings saved.').waitFor();
    await app.screenshot('respond-setup-3-settings');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const saved = await admin.request('GET', `${base()}/respond-settings`);
    expect(saved.rootCauses.at(-1)).toEqual({ id: 'packaging', label: 'Packaging' });
  });

  it('shows the outbox where mail waits without SMTP, and a test message in it', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Mail' }).click();
    await page.getByText('Mail is kept in the outbox, not sent').waitFor();
    await page.getByLabel('Send a test message to').fill('ops@acme.example');
    await page.getByRole('button', { name: 'Send test message' }).click();
    await page.getByText(/Test message to ops@acme.example/).waitFor();
    const subject = (await admin.request('GET', `${base()}/mail`)).items[0].subject as string;
    await page.getByRole('button', { name: subject }).first().click();
    const message = page.getByRole('dialog', { name: 'Message' });
    await message.getByText('ops@acme.example').first().waitFor();
    await app.screenshot('respond-setup-4-mail');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await message.getByRole('button', { name: 'Close' }).first().click();
    expect(app.consoleErrors).toEqual([]);
  });

  it('writes a rule on what the comments say, which opens a case for a complaint about delivery once analysed', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Respond' }).click();
    await respondTab('Rules').click();
    const dialog = page.getByRole('dialog', { name: 'New alert rule' });
    // Without topics, a test on one says where they are made.
    await page.getByRole('button', { name: 'New rule' }).click();
    await dialog.getByRole('group', { name: 'Test 1' }).getByLabel('Looks at').selectOption({ label: 'Comment topic' });
    await dialog.getByText('No topics yet: define them in Insights → What customers say → Topics.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const topic = await admin.request('POST', `${base()}/insights/topics`, { name: 'Delivery', examples: { en: ['delivery'] } });
    await respondTab('Teams').click();
    await respondTab('Rules').click();
    await page.getByRole('button', { name: 'New rule' }).click();
    await dialog.getByLabel('Name', { exact: true }).fill('Delivery complaints');
    const intent = dialog.getByRole('group', { name: 'Test 1' });
    await intent.getByLabel('Looks at').selectOption({ label: 'Comment intent' });
    await intent.getByLabel('Condition').selectOption({ label: 'includes' });
    await intent.getByLabel('Value').selectOption({ label: 'Complaint' });
    await dialog.getByText('A rule with them judges a response a few seconds after it arrives').waitFor();
    await dialog.getByRole('button', { name: 'Add test' }).click();
    const onTopic = dialog.getByRole('group', { name: 'Test 2' });
    await onTopic.getByLabel('Looks at').selectOption({ label: 'Comment topic' });
    // A topic must be chosen before the rule saves.
    await dialog.getByRole('button', { name: 'Create rule' }).click();
    await onTopic.getByText('Choose a topic.').waitFor();
    await onTopic.getByLabel('Value').selectOption({ label: 'Delivery' });
    await dialog.getByRole('group', { name: /^Action 1/ }).getByLabel('Priority').selectOption({ label: 'High' });
    await app.screenshot('respond-setup-5-comment-rule');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create rule' }).click();
    await page.getByText('Rule “Delivery complaints” added.', { exact: false }).waitFor();
    // The rules list says what each rule watches, the topic by its name.
    await page.getByRole('cell', { name: 'Comment intent includes Complaint and Comment topic includes Delivery' }).waitFor();
    await page.getByRole('cell', { name: 'NPS score is at most 6' }).waitFor();
    await app.screenshot('respond-setup-6-rules');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const rule = (await admin.request('GET', `${base()}/alert-rules`)).items.find((r: { name: string }) => r.name === 'Delivery complaints');
    expect(rule).toMatchObject({
      kind: 'response',
      condition: { match: 'all', tests: [{ field: 'intent', op: 'includes', value: 'complaint' }, { field: 'topic', op: 'includes', value: topic.id }] },
      actions: [{ type: 'open_case', priority: 'high', assign: { kind: 'none' } }],
    });

    // A promoter (so the detractor rule stays out) complains about delivery; the case follows the analysis.
    const survey = await admin.request('POST', `${base()}/surveys`, { name: 'Relationship NPS', templateId: 'nps' });
    await admin.request('POST', `${base()}/surveys/${survey.id}/publish`);
    const link = await admin.request('POST', `${base()}/surveys/${survey.id}/links`, { contact: { email: 'riley@example.com' }, isSingleUse: false, ignoreContactBudget: true });
    const answers = { nps: 9, like_most: 'Terrible delivery, it was late again and nobody answered my emails.' };
    await admin.request('POST', `/api/v1/public/surveys/${survey.slug}/responses`, { submissionId: randomUUID(), token: link.token, version: 1, language: 'en', isComplete: true, answers });
    const firings = await waitFor(async () => (await admin.request('GET', `${base()}/alert-rules/${rule.id}/firings`)).items, (items) => items.length > 0);
    expect(firings).toEqual([expect.objectContaining({ caseId: expect.any(String), details: expect.objectContaining({ reasons: ['a comment is a complaint', 'a comment is about Delivery'] }) })]);
    const cases = (await admin.request('GET', `${base()}/cases`)).items;
    expect(cases.find((c: { id: string }) => c.id === firings[0].caseId)).toMatchObject({ priority: 'high' });
    expect(app.consoleErrors).toEqual([]);
  });
});
