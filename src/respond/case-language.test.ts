import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headlineIn, headlineOf, headlineText } from '../engine/respond/case-text.js';
import { ApiAgent } from '../../test/api-agent.js';
import { testDatabases } from '../../test/databases.js';
import { waitFor } from '../../test/wait-for.js';
import { useTestKuulo } from '../../test/kuulo.js';

describe('case headlines', () => {
  it('are words in each language around the same parts', () => {
    const headline = { kind: 'response', metric: 'nps', score: 1, survey: 'NPS Suomi 2026', from: 'Jukka Korhonen' } as const;
    expect(headlineText(headline, 'en')).toBe('NPS 1 on NPS Suomi 2026 from Jukka Korhonen');
    expect(headlineText(headline, 'fi')).toBe('NPS 1, kysely NPS Suomi 2026, vastaaja Jukka Korhonen');
    expect(headlineText(headline, 'pl')).toBe('NPS 1 w ankiecie NPS Suomi 2026, respondent: Jukka Korhonen');
    expect(headlineText({ ...headline, from: null }, 'fi')).toBe('NPS 1, kysely NPS Suomi 2026, vastaaja nimetön');
  });

  it('read the English titles older cases stored back into parts; a title a person wrote stays as written', () => {
    expect(headlineIn('NPS 1 on NPS Suomi 2026 from Jukka Korhonen', undefined, 'pl')).toBe('NPS 1 w ankiecie NPS Suomi 2026, respondent: Jukka Korhonen');
    expect(headlineIn('A response on Onboarding from an anonymous respondent', undefined, 'fi')).toBe('Vastaus, kysely Onboarding, vastaaja nimetön');
    expect(headlineOf('Drop watch: NPS -33.3 over 2026-12-01 – 2026-12-07', undefined)).toEqual({ kind: 'metric', rule: 'Drop watch', metric: 'nps', value: -33.3, from: '2026-12-01', to: '2026-12-07' });
    expect(headlineIn('Call Jukka back about the invoice', undefined, 'fi')).toBe('Call Jukka back about the invoice');
  });
});

describe.each(testDatabases())('cases in a Finnish workspace on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;

  it('seeds Respond settings in the workspace language, titles the case in it, and mails the assignee in theirs with the due time in the workspace zone', async () => {
    expect((await t.admin.patch(base(), { defaultLocale: 'fi', timezone: 'Europe/Helsinki' })).status).toBe(200);
    const settings = (await t.admin.get(`${base()}/respond-settings`)).body;
    expect(settings.rootCauses.map((cause: { label: string }) => cause.label)).toContain('Toimitus tai logistiikka');
    expect(settings.actions[0]).toMatchObject({ id: 'goodwill_credit', label: 'Hyvitys' });
    expect(settings.replyTemplates[0].name).toBe('Pahoittelu ja jatkotoimet');

    // A Polish-speaking agent gets the case.
    const created = await t.admin.post(`${base()}/members`, { email: 'ola@acme.example', name: 'Ola', role: 'agent', password: 'Ola password 123' });
    expect(created.status).toBe(201);
    const ola = new ApiAgent(t.kuulo, { ip: '10.0.0.40' });
    await ola.signIn('ola@acme.example', 'Ola password 123');
    expect((await ola.patch('/api/v1/me', { locale: 'pl' })).status).toBe(200);
    const survey = (await t.admin.post(`${base()}/surveys`, { name: 'NPS Suomi 2026', templateId: 'nps' })).body;
    await t.admin.post(`${base()}/surveys/${survey.id}/publish`);
    const rule = await t.admin.post(`${base()}/alert-rules`, {
      kind: 'response',
      name: 'Arvostelijat',
      condition: { match: 'all', tests: [{ field: 'nps', op: 'lte', value: 6 }, { field: 'language', op: 'eq', value: 'fi' }] },
      actions: [{ type: 'open_case', priority: 'high', slaHours: 8, assign: { kind: 'user', userId: created.body.userId } }, { type: 'notify', userIds: [], teamIds: [], emails: ['johto@acme.example'] }],
    });
    expect(rule.status).toBe(201);

    const link = await t.admin.post(`${base()}/surveys/${survey.id}/links`, { contact: { email: 'jukka@example.fi', name: 'Jukka Korhonen' } });
    const answered = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, { submissionId: randomUUID(), token: link.body.token, version: 1, language: 'fi', isComplete: true, answers: { nps: 1 } });
    expect(answered.status).toBe(201);

    const [opened] = (await waitFor(async () => (await t.admin.get(`${base()}/cases`)).body.items, (items) => items.length > 0)) as { id: string; title: string; number: number; dueAt: string; context: Record<string, unknown> }[];
    expect(opened!.title).toBe('NPS 1, kysely NPS Suomi 2026, vastaaja Jukka Korhonen');
    expect(opened!.context['headline']).toEqual({ kind: 'response', metric: 'nps', score: 1, survey: 'NPS Suomi 2026', from: 'Jukka Korhonen' });
    expect(opened!.context['tests']).toEqual([{ field: 'nps', op: 'lte', value: 6 }, { field: 'language', op: 'eq', value: 'fi' }]);
    const detail = (await t.admin.get(`${base()}/cases/${opened!.id}`)).body;
    expect(detail.timeline[0]).toMatchObject({ type: 'opened', actorLabel: 'Rule "Arvostelijat"' });

    const mail = (await t.admin.get(`${base()}/mail`)).body.items.find((m: { to: string }) => m.to === 'ola@acme.example');
    expect(mail.subject).toBe(`Sprawa ${opened!.number} jest Twoja: NPS 1 w ankiecie NPS Suomi 2026, respondent: Jukka Korhonen`);
    const text = (await t.admin.get(`${base()}/mail/${mail.id}`)).body.text as string;
    const due = new Intl.DateTimeFormat('pl', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki', timeZoneName: 'short' }).format(new Date(opened!.dueAt));
    expect(text).toContain('Dzień dobry Ola,');
    expect(text).toContain('(priorytet: wysoki)');
    expect(text).toContain(`Termin: ${due}`);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);

    // An address Kuulo knows nothing else about reads the alert in the workspace's language.
    const alert = (await t.admin.get(`${base()}/mail`)).body.items.find((m: { to: string }) => m.to === 'johto@acme.example');
    expect(alert.subject).toBe('Hälytys: NPS 1, kysely NPS Suomi 2026, vastaaja Jukka Korhonen');
    const alertText = (await t.admin.get(`${base()}/mail/${alert.id}`)).body.text as string;
    expect(alertText).toContain('Hälytyssääntö ”Arvostelijat” laukesi: NPS 1, kysely NPS Suomi 2026, vastaaja Jukka Korhonen');
    expect(alertText).toContain('- NPS ≤ 6\n- kieli = fi\n');
    expect(alertText).toContain(`Avaa se: `);
  });
});
