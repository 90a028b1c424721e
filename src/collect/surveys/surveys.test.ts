import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { exampleSurveyInput } from '../../engine/survey/survey.test-helpers.js';

// jsqr is a CommonJS bundle whose types describe an ES default export.
const jsQR = jsQRModule as unknown as (typeof jsQRModule)['default'];

describe.each(testDatabases())('surveys from draft to closed on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const surveys = (path = '') => `/api/v1/workspaces/${t.workspaceId}/surveys${path}`;

  it('starts from a template in three languages and publishes it as version 1', async () => {
    const templates = (await t.admin.get('/api/v1/survey-templates')).body.items.map((item: { id: string }) => item.id);
    expect(templates).toEqual(expect.arrayContaining(['nps', 'csat', 'ces', 'cli', 'post-support']));
    const created = await t.admin.post(surveys(), { name: 'Relationship NPS', templateId: 'nps' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', latestVersion: null, problems: [] });
    expect(created.body.definition.languages).toEqual(['en', 'fi', 'pl']);
    expect(created.body.publicUrl).toMatch(/\/s\/[a-z2-9]{12}$/);

    const published = await t.admin.post(surveys(`/${created.body.id}/publish`));
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'open', latestVersion: 1, versions: [{ version: 1 }], hasUnpublishedChanges: false });
    expect(created.body.hasUnpublishedChanges).toBe(true);
    expect((await t.admin.get(surveys())).body.items[0]).toMatchObject({ id: created.body.id, status: 'open', responseCount: 0 });
    const answered = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${created.body.slug}/responses`, { submissionId: crypto.randomUUID(), version: 1, language: 'en', isComplete: true, answers: { nps: 9 } });
    expect(answered.status).toBe(201);
    expect((await t.admin.get(surveys())).body.items.find((item: { id: string }) => item.id === created.body.id)).toMatchObject({ responseCount: 1 });
  });

  it("starts in the workspace's default language, from a template or blank", async () => {
    expect((await t.admin.patch(`/api/v1/workspaces/${t.workspaceId}`, { defaultLocale: 'fi' })).status).toBe(200);
    try {
      const fromTemplate = (await t.admin.post(surveys(), { name: 'Asiakaskysely', templateId: 'nps' })).body;
      expect(fromTemplate.definition).toMatchObject({ defaultLanguage: 'fi', languages: ['en', 'fi', 'pl'] });
      expect(fromTemplate.problems).toEqual([]);
      const blank = (await t.admin.post(surveys(), { name: 'Tyhjä' })).body;
      expect(blank.definition).toMatchObject({ defaultLanguage: 'fi', languages: ['fi'] });
    } finally {
      await t.admin.patch(`/api/v1/workspaces/${t.workspaceId}`, { defaultLocale: 'en' });
    }
  });

  it('keeps published versions as they were: editing and publishing again makes version 2', async () => {
    const created = (await t.admin.post(surveys(), { name: 'Edits', definition: exampleSurveyInput })).body;
    await t.admin.post(surveys(`/${created.id}/publish`));
    const edited = structuredClone(exampleSurveyInput);
    edited.title = { en: 'Your visit, again' };
    const saved = await t.admin.patch(surveys(`/${created.id}`), { definition: edited, settings: { responseLimit: 100 } });
    expect(saved.body.definition.title).toEqual({ en: 'Your visit, again' });
    expect(saved.body.settings).toMatchObject({ responseLimit: 100, isAnonymous: false });
    const kept = await t.admin.patch(surveys(`/${created.id}`), { settings: { isAnonymous: true } });
    expect(kept.body.settings).toMatchObject({ responseLimit: 100, isAnonymous: true });
    expect((await t.admin.patch(surveys(`/${created.id}`), { settings: 'all of them' })).body.errors).toEqual([{ path: 'body.settings', problem: 'must be an object of the settings to change' }]);
    const v1 = await t.kuulo.services.database.execute('SELECT definition FROM survey_versions WHERE survey_id = $1 AND version = 1', [created.id]);
    expect((v1.rows[0]!.definition as { title: unknown }).title).toEqual({ en: 'Your visit' });
    expect(saved.body.hasUnpublishedChanges).toBe(true);
    const v1Shown = await t.admin.get(surveys(`/${created.id}/versions/1`));
    expect(v1Shown.body.definition.title).toEqual({ en: 'Your visit' });
    expect((await t.admin.get(surveys(`/${created.id}/versions/9`))).status).toBe(404);
    expect((await t.admin.post(surveys(`/${created.id}/publish`))).body.latestVersion).toBe(2);
  });

  it('refuses a save based on an older revision, so two editors never overwrite each other unseen', async () => {
    const created = (await t.admin.post(surveys(), { name: 'Shared', definition: exampleSurveyInput })).body;
    expect(created.draftRevision).toBe(1);
    const mine = structuredClone(exampleSurveyInput);
    mine.title = { en: 'Mine' };
    const theirs = structuredClone(exampleSurveyInput);
    theirs.title = { en: 'Theirs' };
    const first = await t.admin.patch(surveys(`/${created.id}`), { definition: theirs, baseRevision: 1 });
    expect(first.body.draftRevision).toBe(2);
    const late = await t.admin.patch(surveys(`/${created.id}`), { definition: mine, baseRevision: 1 });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'edit_conflict', errors: [{ path: 'body.baseRevision', problem: 'is 1, but the survey is at revision 2' }] });
    expect((await t.admin.get(surveys(`/${created.id}`))).body.definition.title).toEqual({ en: 'Theirs' });
    // Settings merge key by key, so they never conflict; a save without a base replaces on purpose.
    expect((await t.admin.patch(surveys(`/${created.id}`), { settings: { responseLimit: 5 }, baseRevision: 1 })).body.draftRevision).toBe(2);
    const replaced = await t.admin.patch(surveys(`/${created.id}`), { definition: mine });
    expect(replaced.body).toMatchObject({ draftRevision: 3, definition: { title: { en: 'Mine' } } });
  });

  it('refuses to publish a survey whose logic is broken, naming each problem', async () => {
    const broken = structuredClone(exampleSurveyInput);
    broken.pages[0]!.questions[1]!.visibleIf = { question: 'csat', op: 'lte', value: 3 };
    const created = (await t.admin.post(surveys(), { name: 'Broken', definition: broken })).body;
    expect(created.problems).toEqual([expect.objectContaining({ path: 'pages.0.questions.1.visibleIf', severity: 'error' })]);
    const refused = await t.admin.post(surveys(`/${created.id}/publish`));
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ path: 'definition.pages.0.questions.1.visibleIf', problem: expect.stringContaining('comes later') }]);
  });

  it('rejects a definition that does not fit the model, saying where', async () => {
    const bad = structuredClone(exampleSurveyInput) as Record<string, unknown>;
    (bad.pages as { questions: { type: string }[] }[])[0]!.questions[0]!.type = 'nps_plus';
    const response = await t.admin.post(surveys(), { name: 'Bad', definition: bad });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].path).toBe('body.definition.pages.0.questions.0.type');
  });

  it('closes and reopens, and lets viewers read but not change', async () => {
    const created = (await t.admin.post(surveys(), { name: 'Closing', templateId: 'csat' })).body;
    expect((await t.admin.post(surveys(`/${created.id}/close`))).status).toBe(409);
    await t.admin.post(surveys(`/${created.id}/publish`));
    expect((await t.admin.post(surveys(`/${created.id}/close`))).body.status).toBe('closed');
    expect((await t.admin.post(surveys(`/${created.id}/reopen`))).body.status).toBe('open');

    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/members`, { email: 'viv@example.com', name: 'Viv', role: 'viewer', password: 'viewer password 1' });
    const viewer = new ApiAgent(t.kuulo, { ip: '10.4.0.1' });
    await viewer.signIn('viv@example.com', 'viewer password 1');
    expect((await viewer.get(surveys(`/${created.id}`))).status).toBe(200);
    expect((await viewer.patch(surveys(`/${created.id}`), { name: 'Mine' })).status).toBe(403);
    expect((await viewer.get(surveys(`/${created.id}/responses`))).status).toBe(403);
  });
});

describe('the QR code of a survey', () => {
  const t = useTestKuulo(testDatabases()[0]!, { setUp: true });

  it('carries the survey link marked as the QR channel, as PNG and SVG', async () => {
    const survey = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys`, { name: 'Kauppa / Sklep', templateId: 'csat' })).body;
    const png = await t.kuulo.app.inject({ method: 'GET', url: `/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/qr-code?format=png&size=512`, headers: { cookie: t.admin.cookie! } });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-disposition']).toContain("filename*=UTF-8''Kauppa-Sklep-qr.png");
    const image = PNG.sync.read(png.rawPayload);
    expect(image.width).toBe(512);
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(`${survey.publicUrl}?ch=qr`);
    const svg = await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/qr-code`);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(String(svg.body)).toMatch(/^<svg/);
  });
});
