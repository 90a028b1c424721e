import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../test/wait-for.js';
import { startingRespondSettings } from '../src/engine/respond/settings.js';
import { localeNames } from '../web/src/i18n/locale.js';
import { dictionaries, translate } from '../web/src/i18n/messages.js';
import { collectSectionPath, collectSections, contactsPath, distributionsPath, insightsPath, insightsSettingsPath, insightsSurveyPath, insightsTextPath, casePath, matchRoute, respondPath, respondSections, roomPath, rooms, settingsPath, settingsSections, surveyPath, surveyTabs, textSections, type Route } from '../web/src/router/routes.js';
import { openAdminApp, owner, type AdminApp } from './support/admin-app.js';
import { AdminClient } from './support/respondent.js';

/**
 * Every page of the admin app, in Finnish and in Polish, on a workspace with what a team has after
 * a while (a survey with answers and comments, a case with a timeline, rules, a distribution with
 * its outbox mail and skipped invitations, contacts, a topic, templates, a key, a webhook): no
 * English may show but names and data. The visible text of each page is split into words and each
 * is looked up among the English dictionary's words (and common English words) that the page's
 * language does not use itself. Survey texts never show a raw `{{placeholder}}` outside the builder.
 */

type Locale = 'fi' | 'pl';

/** Names and codes that read the same in every language. */
const allowed = new Set(['kuulo', 'nps', 'csat', 'ces', 'cli', 'api', 'csv', 'smtp', 'url', 'json', 'html', 'http', 'https', 'id', 'utc', 'qr', 'macro', 'openapi', 'xed', 'ohman', 'acme', 'oy', 'ada', 'lovelace', 'webhook', 'webhooks', 'sse', 'altcha', 'ksm', 'ai', 'iframe', 'javascript', 'eur', 'crm', 'email', 'e-mail', 'pro']);

/** Everyday English a page might say outside the dictionary's own sentences. */
const common = 'the and of to in is are was were be been for with from on at by this that these those it its you your we our they their not no yes or if then than when which who what where why how all any some none more most less new open close save cancel delete remove add edit show hide back next previous loading error failed success please there here about after before into over under again today yesterday tomorrow days day hours hour minutes minute seconds weeks months year years ago left overdue due time date name title status priority owner team rule rules case cases survey surveys response responses answer answers comment comments contact contacts invitation invitations reminder reminders distribution distributions template templates settings members member key keys mail outbox sent queued skipped bounced draft published closed true false none unknown other total average score scores'.split(' ');

/** Codes, not words: addresses, links, placeholders, time zones (America/Swift Current), dotted and snake_case identifiers. */
const codes = [/\S+@\S+/g, /https?:\/\/\S+/g, /\{\{[^}]*\}\}/g, /\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[^\n]*/g, /\b[\w-]+(\.[\w-]+)+\b/g, /\b\w+_\w+\b/g];

const words = (text: string): string[] =>
  codes
    .reduce((rest, pattern) => rest.replace(pattern, ' '), text)
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .flatMap((word) => word.split(/[-'’]/))
    .filter((word) => word.length >= 2);

const allWords = (locale: 'en' | Locale) => new Set(Object.values(dictionaries[locale]).flatMap((value) => words(value.replace(/\{\w+\}/g, ' '))));

/** The English words a page in this language must not show: the dictionary's (of three letters or more) and the common ones, less the language's own. */
function englishFor(locale: Locale): Set<string> {
  const own = allWords(locale);
  // The ids of the starting Respond settings are data a page shows beside their labels.
  const data = new Set([...startingRespondSettings(locale).rootCauses, ...startingRespondSettings(locale).actions].flatMap((item) => words(item.id.replace(/_/g, ' '))));
  return new Set([...[...allWords('en')].filter((word) => word.length >= 3), ...common].filter((word) => !own.has(word) && !allowed.has(word) && !data.has(word)));
}

/** Each language's name in itself (the language switcher), which is not English in an English word list's sense. */
const languageNames = new Set(Object.values(localeNames));

const seenWords = { fi: 'Kuinka todennäköisesti suosittelisit {{yritys|meitä}} ystävällesi?', pl: 'Jak bardzo prawdopodobne jest, że polecisz {{yritys|nas}} znajomemu?' };
const definition = {
  schemaVersion: 1,
  defaultLanguage: 'fi',
  languages: ['fi', 'pl'],
  title: { fi: 'Asiakaskysely', pl: 'Ankieta dla klientów' },
  hiddenFields: [{ key: 'yritys', label: 'Yrityksen nimi' }],
  pages: [
    {
      id: 'arvio',
      questions: [
        { id: 'nps', type: 'nps', required: true, text: seenWords },
        { id: 'syy', type: 'long_text', text: { fi: 'Mitä meidän pitäisi tehdä paremmin?', pl: 'Co powinniśmy poprawić?' } },
        { id: 'kanava', type: 'single_choice', text: { fi: 'Mistä ostit?', pl: 'Gdzie kupiłeś?' }, options: [{ id: 'kauppa', label: { fi: 'Kaupasta', pl: 'W sklepie' } }, { id: 'verkko', label: { fi: 'Verkosta', pl: 'Przez internet' } }] },
        { id: 'lupa', type: 'consent', text: { fi: 'Saamme ottaa sinuun yhteyttä', pl: 'Możemy się z Tobą skontaktować' } },
      ],
    },
  ],
  endings: [{ id: 'kiitos', title: { fi: 'Kiitos!', pl: 'Dziękujemy!' } }],
};

let app: AdminApp;
let admin: AdminClient;
let survey: { id: string; slug: string };
let template: { id: string };
const ids = { contact: '', distribution: '', case: '' };
const base = () => `/api/v1/workspaces/${admin.workspaceId}`;

async function answer(contact: { email: string; name: string; language: string }, answers: Record<string, unknown>): Promise<void> {
  const link = await admin.request('POST', `${base()}/surveys/${survey.id}/links`, { contact, isSingleUse: false });
  const response = await fetch(`${app.server.url}/api/v1/public/surveys/${survey.slug}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ submissionId: randomUUID(), token: link.token, version: 1, language: contact.language, isComplete: true, answers }),
  });
  expect(response.status).toBe(201);
  ids.contact = link.contactId;
}

/** Every route of the admin app (web/src/router), with this workspace's records where a route needs one. */
function everyPage(): string[] {
  const ws = admin.workspaceId;
  return [
    ...rooms.map((room) => roomPath(ws, room)),
    ...settingsSections.map((section) => settingsPath(ws, section)),
    ...surveyTabs.map((tab) => surveyPath(ws, survey.id, tab)),
    contactsPath(ws),
    contactsPath(ws, ids.contact),
    distributionsPath(ws),
    distributionsPath(ws, ids.distribution),
    ...collectSections.map((section) => collectSectionPath(ws, section)),
    insightsPath(ws),
    insightsSurveyPath(ws, survey.id),
    insightsSettingsPath(ws),
    ...textSections.map((section) => insightsTextPath(ws, section)),
    casePath(ws, ids.case),
    ...respondSections.map((section) => respondPath(ws, section)),
    `/w/${ws}/no-such-page`,
    '/setup',
    '/',
  ];
}

/** The page's words a reader sees: its text, its title, and what labels and hints say without being shown as text. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title]')].map((element) => ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? '').join(' '));
    // Code shown as code (snippets, examples) is not text to translate.
    const code = [...document.querySelectorAll('code, pre, kbd')].map((element) => (element as HTMLElement).innerText).filter(Boolean);
    const text = code.reduce((rest, snippet) => rest.split(snippet).join(' '), document.body.innerText);
    return [document.title, text, ...attributes].join('\n');
  });
}

async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading, [aria-busy="true"]'));
}

/** The English words on the page, each with a little of the line it stands in. */
function englishOn(text: string, english: Set<string>): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (languageNames.has(line.trim())) continue;
    const hits = words(line).filter((word) => english.has(word));
    if (hits.length) found.push(`${hits.join(', ')} ← “${line.trim().slice(0, 120)}”`);
  }
  return [...new Set(found)];
}

describe('every page in Finnish and Polish', () => {
  beforeAll(async () => {
    app = await openAdminApp();
    admin = await new AdminClient(app.server.url).setUp(app.server.setupToken);
    await admin.request('PATCH', base(), { defaultLocale: 'fi', timezone: 'Europe/Helsinki' });

    const agent = await admin.request('POST', `${base()}/members`, { email: 'aino@acme.example', name: 'Aino Virtanen', role: 'agent', password: 'aino password 123' });
    const team = await admin.request('POST', `${base()}/teams`, { name: 'Asiakaspalvelu', memberUserIds: [agent.userId] });
    survey = await admin.publishSurvey('Asiakaskokemus 2026', definition);
    await admin.request('POST', `${base()}/alert-rules`, {
      kind: 'response',
      name: 'Arvostelijat',
      condition: { match: 'all', tests: [{ field: 'nps', op: 'lte', value: 6 }] },
      actions: [
        { type: 'open_case', priority: 'high', slaHours: 8, assign: { kind: 'team', teamId: team.id, roundRobin: true } },
        { type: 'notify', userIds: [], teamIds: [team.id], emails: [] },
        { type: 'tag', tag: 'arvostelija' },
      ],
    });
    await admin.request('POST', `${base()}/alert-rules`, { kind: 'metric', name: 'NPS-valvonta', condition: { metric: 'nps', windowDays: 7, below: 0 }, actions: [{ type: 'notify', userIds: [], teamIds: [team.id], emails: [] }] });
    await admin.request('POST', `${base()}/insights/topics`, { name: 'Toimitus', examples: { fi: ['toimitus'], pl: ['dostawa'] } });
    await admin.request('PUT', `${base()}/contact-budget`, { budget: { isEnabled: true, limits: [{ maxTouches: 1, withinDays: 30 }], overrides: [] } });

    await answer({ email: 'jukka@example.fi', name: 'Jukka Korhonen', language: 'fi' }, { nps: 1, syy: 'Toimitus myöhästyi viikon, eikä kukaan vastannut viesteihini.', kanava: 'verkko', lupa: true });
    await answer({ email: 'ewa@example.pl', name: 'Ewa Kowalska', language: 'pl' }, { nps: 3, syy: 'Dostawa była bardzo wolna, kurier się spóźnił.', kanava: 'kauppa', lupa: true });
    await answer({ email: 'liisa@example.fi', name: 'Liisa Nieminen', language: 'fi' }, { nps: 10, syy: 'Ystävällinen palvelu ja nopea toimitus, kiitos!', kanava: 'kauppa' });
    await answer({ email: 'piotr@example.pl', name: 'Piotr Nowak', language: 'pl' }, { nps: 9, syy: 'Świetna obsługa klienta.', kanava: 'verkko' });
    await admin.request('POST', `${base()}/contacts`, { email: 'matti@example.fi', name: 'Matti Mäkinen', language: 'fi', attributes: { asiakkuus: 'kulta' } });

    const cases = await waitFor(() => admin.request('GET', `${base()}/cases`), (body) => body.items.length === 2);
    ids.case = cases.items.find((item: { contact: { email: string } }) => item.contact.email === 'jukka@example.fi').id;
    await admin.request('POST', `${base()}/cases/${ids.case}/notes`, { text: 'Soitan asiakkaalle huomenna.' });
    await admin.request('PATCH', `${base()}/cases/${ids.case}`, { status: 'in_progress' });
    await waitFor(() => admin.request('GET', `${base()}/insights/comments`), (body) => body.items.length === 4);

    // A send to everyone: the new contact gets mail (the outbox: no SMTP here), those asked today are held back by the budget.
    await admin.request('POST', `${base()}/email-templates`, { name: 'Syksyn kutsu', kind: 'invitation', translations: { fi: { subject: 'Kerrotko mielipiteesi, {{contact.name}}?', body: 'Hei {{contact.name}}, vastaa lyhyeen kyselyyn.' } } });
    const distribution = await admin.request('POST', `${base()}/distributions`, { kind: 'once', name: 'Syksyn asiakaskysely', surveyId: survey.id, audience: { kind: 'all' } });
    ids.distribution = distribution.id;
    await admin.request('POST', `${base()}/distributions/${ids.distribution}/send`, {});
    await waitFor(() => admin.request('GET', `${base()}/distributions/${ids.distribution}/report`), (report) => report.skipReasons?.length > 0);
    // The NPS template names the company with a fallback in its English question: {{company|us}}.
    template = await admin.request('POST', `${base()}/surveys`, { name: 'Suositteluhalukkuus', templateId: 'nps' });
    await admin.request('POST', `${base()}/surveys/${template.id}/publish`);
    await admin.request('POST', `${base()}/api-keys`, { name: 'CRM-integraatio', scopes: ['responses.read'] });
    await admin.request('POST', `${base()}/webhooks`, { url: 'https://crm.example.fi/kuulo', eventTypes: ['contact.unsubscribed'] });
  }, 300_000);

  afterAll(() => app?.close());

  it.each(['fi', 'pl'] as const)('shows no English on any page in %s', async (locale) => {
    const english = englishFor(locale);
    const context = await app.browser.newContext({ locale: locale === 'fi' ? 'fi-FI' : 'pl-PL', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems: string[] = [];
    try {
      await page.goto(`${app.server.url}/login`);
      await settle(page);
      problems.push(...englishOn(await visibleText(page), english).map((hit) => `/login: ${hit}`));
      await page.getByLabel(translate(locale, 'login.email')).fill(owner.email);
      await page.getByLabel(translate(locale, 'login.password')).fill(owner.password);
      await page.getByRole('button', { name: translate(locale, 'login.submit') }).click();
      await page.getByRole('navigation', { name: translate(locale, 'nav.label') }).waitFor();

      const visited = new Set<Route['name']>(['login']);
      for (const path of everyPage()) {
        visited.add(matchRoute(path).name);
        await page.goto(`${app.server.url}${path}`);
        await settle(page);
        const text = await visibleText(page);
        problems.push(...englishOn(text, english).map((hit) => `${path}: ${hit}`));
        // Where people write survey texts and templates, placeholders are what they edit.
        const editsPlaceholders = ['/collect/surveys/', '/respond/settings', '/collect/email-templates', '/collect/distributions'].some((part) => path.includes(part));
        if (!editsPlaceholders && text.includes('{{')) problems.push(`${path}: a raw placeholder: ${text.slice(text.indexOf('{{') - 40, text.indexOf('{{') + 40)}`);
      }
      // Dialogs that show what the server wrote or seeded: the rule editor (surveys and their
      // questions), the new survey's templates, and a mail in the outbox (the case-assigned mail).
      const dialogs: [string, string, (page: Page) => Promise<void>][] = [
        ['rule dialog', respondPath(admin.workspaceId, 'rules'), (page) => page.getByRole('button', { name: `${translate(locale, 'respond.setup.edit')}: Arvostelijat` }).click()],
        ['new survey dialog', roomPath(admin.workspaceId, 'collect'), (page) => page.getByRole('button', { name: translate(locale, 'surveys.new') }).click()],
        ['outbox mail', settingsPath(admin.workspaceId, 'mail'), (page) => page.locator('.mail-open').filter({ hasText: /Tapaus|Sprawa/ }).first().click()],
      ];
      for (const [name, path, open] of dialogs) {
        await page.goto(`${app.server.url}${path}`);
        await settle(page);
        await open(page);
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        const dialogText = await dialog.evaluate((element) => (element as HTMLElement).innerText);
        problems.push(...englishOn(dialogText, english).map((hit) => `${name}: ${hit}`));
        if (dialogText.includes('{{')) problems.push(`${name}: a raw placeholder`);
      }

      expect([...visited].sort()).toEqual(['collectSection', 'contacts', 'distributions', 'home', 'insightsSettings', 'insightsSurvey', 'insightsText', 'login', 'notFound', 'respondCase', 'respondSection', 'room', 'settings', 'setup', 'survey'] satisfies Route['name'][]);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
    // Some forty pages, each loaded afresh: more than one journey's time, whatever the machine's load.
  }, 600_000);

  it('reads survey texts\' placeholders as their fallbacks outside the survey page, in English too', async () => {
    const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(`${app.server.url}/login`);
      await page.getByLabel('Email').fill(owner.email);
      await page.getByLabel('Password').fill(owner.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.goto(`${app.server.url}${insightsSurveyPath(admin.workspaceId, template.id)}`);
      await settle(page);
      await page.getByRole('heading', { name: /How likely are you to recommend us to a friend or colleague\?/ }).waitFor();
      await page.goto(`${app.server.url}${insightsSurveyPath(admin.workspaceId, survey.id)}`);
      await settle(page);
      await page.getByRole('heading', { name: /suosittelisit meitä ystävällesi/ }).waitFor();
      expect(await visibleText(page)).not.toContain('{{');
    } finally {
      await context.close();
    }
  });
});
