import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';

describe.each(testDatabases())('taking responses on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const respondent = () => new ApiAgent(t.kuulo, { ip: `203.0.113.${Math.floor(Math.random() * 250)}` });

  async function publish(templateId: string, settings?: object) {
    const survey = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys`, { name: templateId, templateId })).body;
    if (settings) await t.admin.patch(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}`, { settings });
    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/publish`);
    return survey as { id: string; slug: string };
  }
  const submit = (agent: ApiAgent, slug: string, body: object) =>
    agent.post(`/api/v1/public/surveys/${slug}/responses`, { version: 1, language: 'fi', isComplete: true, elapsedMs: 10_000, ...body });
  const stored = async (surveyId: string) => (await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/surveys/${surveyId}/responses`)).body.items;

  it('gives the respondent the survey in their language, and records nothing on a GET', async () => {
    const survey = await publish('nps');
    const person = respondent();
    const shown = await person.request('GET', `/api/v1/public/surveys/${survey.slug}`, undefined, { 'accept-language': 'pl-PL,pl;q=0.9,en;q=0.5' });
    expect(shown.body).toMatchObject({ slug: survey.slug, version: 1, language: 'pl', status: 'open' });
    expect((await person.get(`/api/v1/public/surveys/${survey.slug}?lang=fi`)).body.language).toBe('fi');
    expect((await person.get('/api/v1/public/surveys/nosuchsurvey')).status).toBe(404);
    const page = await t.kuulo.app.inject({ method: 'GET', url: `/s/${survey.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(await stored(survey.id)).toEqual([]);
  });

  it('stores a response page by page, once, however often it is retried', async () => {
    const survey = await publish('nps');
    const person = respondent();
    const submissionId = randomUUID();
    const first = await submit(person, survey.slug, { submissionId, answers: { nps: 3 }, isComplete: false });
    expect(first.status).toBe(201);
    expect(first.body.state).toBe('partial');
    const done = await submit(person, survey.slug, { submissionId, answers: { nps: 3, improve: 'Nopeampi toimitus' } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ responseId: first.body.responseId, state: 'complete', endingId: 'thanks' });
    // The network failed after the server stored it; the browser sends it again.
    const retry = await submit(person, survey.slug, { submissionId, answers: { nps: 3, improve: 'Nopeampi toimitus' } });
    expect(retry.body).toEqual(done.body);
    // A late partial save cannot undo a complete response.
    await submit(person, survey.slug, { submissionId, answers: { nps: 10 }, isComplete: false });
    const rows = await stored(survey.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'complete', answers: { nps: 3, improve: 'Nopeampi toimitus' }, language: 'fi', channel: 'link' });
  });

  it('stores concurrent retries of one submission once', async () => {
    const survey = await publish('csat');
    const submissionId = randomUUID();
    const answers = await Promise.all(Array.from({ length: 8 }, () => submit(respondent(), survey.slug, { submissionId, answers: { csat: 5 } })));
    expect(new Set(answers.map((a) => a.body.responseId)).size).toBe(1);
    expect(answers.every((a) => a.status < 300)).toBe(true);
    expect(await stored(survey.id)).toHaveLength(1);
  });

  it('rejects invalid answers with the question and the problem, and stores nothing', async () => {
    const survey = await publish('nps');
    const person = respondent();
    const cases: [object, string, string][] = [
      [{ nps: 11 }, 'body.answers.nps', 'must be from 0 to 10'],
      [{ nps: '9' }, 'body.answers.nps', 'must be a number from 0 to 10'],
      [{ nps: 9, improve: 'x' }, 'body.answers.improve', 'was hidden by the survey logic for these answers, so it cannot be answered'],
      [{ nps: 9, favourite_colour: 'red' }, 'body.answers.favourite_colour', 'is not a question of this survey'],
      [{}, 'body.answers.nps', 'is required'],
    ];
    for (const [answers, path, problem] of cases) {
      const response = await submit(person, survey.slug, { submissionId: randomUUID(), answers });
      expect(response.status, JSON.stringify(answers)).toBe(422);
      expect(response.body.errors).toContainEqual({ path, problem });
    }
    const wrongVersion = await submit(person, survey.slug, { submissionId: randomUUID(), answers: { nps: 9 }, version: 7 });
    expect(wrongVersion.body.errors).toEqual([{ path: 'body.version', problem: 'must be a published version (the latest is 1)' }]);
    const wrongLanguage = await submit(person, survey.slug, { submissionId: randomUUID(), answers: { nps: 9 }, language: 'de' });
    expect(wrongLanguage.body.errors).toEqual([{ path: 'body.language', problem: 'must be one of en, fi, pl' }]);
    expect((await submit(person, survey.slug, { answers: { nps: 9 } })).body.errors).toContainEqual({ path: 'body.submissionId', problem: 'is required' });
    expect(await stored(survey.id)).toEqual([]);
  });

  it('drops bots quietly and keeps anonymous responses anonymous', async () => {
    const survey = await publish('csat', { isAnonymous: true, minSecondsToAnswer: 3 });
    const bot = respondent();
    expect((await submit(bot, survey.slug, { submissionId: randomUUID(), answers: { csat: 5 }, honeypot: 'http://spam.example' })).status).toBe(200);
    expect((await submit(bot, survey.slug, { submissionId: randomUUID(), answers: { csat: 5 }, elapsedMs: 400 })).status).toBe(200);
    expect(await stored(survey.id)).toEqual([]);
    await submit(respondent(), survey.slug, { submissionId: randomUUID(), answers: { csat: 4 }, channel: 'qr' });
    const rows = await t.kuulo.services.database.execute('SELECT ip, user_agent, channel FROM responses WHERE survey_id = $1', [survey.id]);
    expect(rows.rows).toEqual([{ ip: null, user_agent: null, channel: 'qr' }]);
  });

  it('stops at the response limit and when closed, but still answers retries of what it stored', async () => {
    const survey = await publish('csat', { responseLimit: 1 });
    const submissionId = randomUUID();
    expect((await submit(respondent(), survey.slug, { submissionId, answers: { csat: 2 } })).status).toBe(201);
    const full = await submit(respondent(), survey.slug, { submissionId: randomUUID(), answers: { csat: 5 } });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('survey_full');
    expect((await t.admin.get(`/api/v1/public/surveys/${survey.slug}`)).body.status).toBe('full');
    expect((await submit(respondent(), survey.slug, { submissionId, answers: { csat: 2 } })).status).toBe(200);
    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/close`);
    const closed = await submit(respondent(), survey.slug, { submissionId: randomUUID(), answers: { csat: 5 } });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('survey_closed');
  });
});

describe('exporting responses', () => {
  const t = useTestKuulo(testDatabases()[0]!, { setUp: true });

  it('streams every response as CSV, with labels on request and formulas defused', async () => {
    const survey = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys`, { name: 'Tuki / Support', templateId: 'post-support' })).body;
    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/publish`);
    const person = new ApiAgent(t.kuulo);
    for (const [csat, resolved, comment] of [[2, 'no', '=HYPERLINK("http://evil")'], [5, 'yes', 'Nopea, "ystävällinen"\nkiitos']] as const) {
      await person.post(`/api/v1/public/surveys/${survey.slug}/responses`, {
        submissionId: randomUUID(), version: 1, language: 'fi', isComplete: true, elapsedMs: 9000,
        answers: { csat, resolved, comment }, hidden: { case_id: `C-${csat}` },
      });
    }
    const url = `/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/responses/export`;
    const csv = await t.admin.get(`${url}?labels=fi`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('Tuki-Support-responses.csv');
    const text = String(csv.body).replace(/^\uFEFF/, '');
    const [header, ...lines] = text.split('\r\n').filter(Boolean);
    expect(header).toBe('response_id,state,started_at,completed_at,language,channel,survey_version,hidden.case_id,csat,resolved,ces,comment');
    expect(text).toContain(`"Nopea, ""ystävällinen""\nkiitos"`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toMatch(/,C-2,2,Ei,/);
    expect(lines).toHaveLength(2);
    expect(String((await t.admin.get(url)).body)).toMatch(/,C-2,2,no,/);
    expect((await t.admin.get(`${url}?state=partial`)).body.split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
