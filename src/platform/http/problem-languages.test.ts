import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';

/** Problems say what went wrong in the reader's language: their own choice, else Accept-Language, else English. */
describe.each(testDatabases())('problems in the reader\'s language on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const finnish = { 'accept-language': 'fi-FI,fi;q=0.9,en;q=0.5' };
  const polish = { 'accept-language': 'pl' };
  const surveys = () => `/api/v1/workspaces/${t.workspaceId}/surveys`;
  const missingSurvey = () => `${surveys()}/${randomUUID()}`;

  it('says a 404 in English by default, and in Finnish or Polish when the request asks', async () => {
    const english = await t.admin.get(missingSurvey());
    expect(english.status).toBe(404);
    expect(english.body).toMatchObject({ code: 'not_found', title: 'Not found', detail: 'The survey was not found.', messageKey: 'survey.notFound' });

    const fi = await t.admin.request('GET', missingSurvey(), undefined, finnish);
    expect(fi.body).toMatchObject({ code: 'not_found', title: 'Ei löytynyt', detail: 'Kyselyä ei löytynyt.', messageKey: 'survey.notFound' });
    const pl = await t.admin.request('GET', missingSurvey(), undefined, polish);
    expect(pl.body).toMatchObject({ code: 'not_found', title: 'Nie znaleziono', detail: 'Nie znaleziono ankiety.', messageKey: 'survey.notFound' });
    const swedish = await t.admin.request('GET', missingSurvey(), undefined, { 'accept-language': 'sv-SE' });
    expect(swedish.body.detail).toBe('The survey was not found.');
  });

  it('says a 409 in the asked language, its values kept as parameters', async () => {
    const survey = (await t.admin.post(surveys(), { name: 'Never published', templateId: 'nps' })).body;
    const close = (headers: Record<string, string>) => t.admin.request('POST', `${surveys()}/${survey.id}/close`, undefined, headers);
    expect((await close({})).body).toMatchObject({ status: 409, code: 'conflict', detail: 'A survey that was never published cannot be closed or reopened.', messageKey: 'survey.neverPublished' });
    expect((await close(finnish)).body).toMatchObject({ status: 409, title: 'Ristiriita', detail: 'Kyselyä, jota ei ole koskaan julkaistu, ei voi sulkea eikä avata uudelleen.' });
    expect((await close(polish)).body).toMatchObject({ status: 409, title: 'Konflikt', detail: 'Ankiety, która nigdy nie została opublikowana, nie można zamknąć ani ponownie otworzyć.' });

    const stale = (headers: Record<string, string>) => t.admin.request('PATCH', `${surveys()}/${survey.id}`, { name: 'Renamed', baseRevision: 99 }, headers);
    const conflict = await stale(polish);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ code: 'edit_conflict', messageKey: 'survey.editConflict', params: { baseRevision: 99, currentRevision: survey.draftRevision } });
    expect(conflict.body.detail).toContain(`Ktoś inny zapisał tę ankietę od wersji 99; teraz jest w wersji ${survey.draftRevision}.`);
    expect(conflict.body.errors).toEqual([{ path: 'body.baseRevision', problem: `ma wartość 99, ale ankieta jest w wersji ${survey.draftRevision}` }]);
  });

  it('says a 422\'s field problems in the asked language: zod\'s own words, the schemas\' and Kuulo\'s', async () => {
    const create = (headers: Record<string, string>) => t.admin.request('POST', `/api/v1/workspaces/${t.workspaceId}/api-keys`, { name: ' ', scopes: [], extra: true }, headers);
    const english = await create({});
    expect(english.status).toBe(422);
    expect(english.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'body.name', problem: 'must not be empty' },
        { path: 'body.scopes', problem: 'must name at least one scope' },
        { path: 'body.extra', problem: 'is not a known field' },
      ]),
    );
    expect(english.body.detail).toMatch(/^body\.\w+: .+ \(and 2 more; see errors\)$/);

    const fi = await create(finnish);
    expect(fi.body.title).toBe('Virheellinen syöte');
    expect(fi.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'body.name', problem: 'ei saa olla tyhjä' },
        { path: 'body.scopes', problem: 'on nimettävä vähintään yksi oikeus' },
        { path: 'body.extra', problem: 'ei ole tunnettu kenttä' },
      ]),
    );
    expect(fi.body.detail).toMatch(/\(ja 2 muuta; katso errors\)$/);
    const pl = await create(polish);
    expect(pl.body.errors).toEqual(expect.arrayContaining([{ path: 'body.name', problem: 'nie może być puste' }, { path: 'body.extra', problem: 'nie jest znanym polem' }]));

    // A number where text belongs, and a name too long: zod's own messages, said by zod's Finnish and Polish.
    const link = (headers: Record<string, string>) =>
      t.admin.request('POST', `${surveys()}/${randomUUID()}/links`, { contact: { externalId: 42, name: 'x'.repeat(201) } }, headers);
    expect((await link({})).body.errors).toEqual([
      { path: 'body.contact.externalId', problem: 'Invalid input: expected string, received number' },
      { path: 'body.contact.name', problem: 'Too big: expected string to have <=200 characters' },
    ]);
    expect((await link(finnish)).body.errors).toEqual([
      { path: 'body.contact.externalId', problem: 'Virheellinen tyyppi: odotettiin string, oli number' },
      { path: 'body.contact.name', problem: 'Liian suuri: merkkijonon täytyy olla <=200 merkkiä' },
    ]);
    expect((await link(polish)).body.errors.map((e: { problem: string }) => e.problem)).not.toContain('Too big: expected string to have <=200 characters');
  });

  it('says what is wrong with a body the server cannot even read in the asked language, keeping the parser\'s words', async () => {
    const send = (payload: string, type: string) => t.kuulo.app.inject({ method: 'POST', url: '/api/v1/session', payload, headers: { 'content-type': type, ...finnish } });
    const malformed = (await send('{"email": ', 'application/json')).json();
    expect(malformed).toMatchObject({ code: 'invalid_json', title: 'Virheellinen JSON', messageKey: 'http.invalidJson' });
    expect(malformed.detail).toMatch(/^Pyynnön runko ei ole kelvollista JSONia: ./);
    const form = (await send('email=a', 'application/x-www-form-urlencoded')).json();
    expect(form).toMatchObject({ code: 'unsupported_media_type', title: 'Sisältötyyppiä ei tueta', messageKey: 'http.unsupportedMediaType' });
    expect(form.detail).toMatch(/^Tämän pyynnön sisältötyyppiä ei hyväksytä: ./);
  });

  it('says a public survey\'s problems to customers in their browser\'s language', async () => {
    const survey = (await t.admin.post(surveys(), { name: 'Closed soon', templateId: 'nps' })).body;
    await t.admin.post(`${surveys()}/${survey.id}/publish`);
    await t.admin.post(`${surveys()}/${survey.id}/close`);
    const customer = new ApiAgent(t.kuulo, { ip: '10.9.9.9' });
    const answer = (headers: Record<string, string>) =>
      customer.request('POST', `/api/v1/public/surveys/${survey.slug}/responses`, { submissionId: randomUUID(), version: 1, language: 'en', isComplete: true, elapsedMs: 9000, answers: { nps: 9 } }, headers);
    expect((await answer({})).body).toMatchObject({ code: 'survey_closed', title: 'The survey is closed', detail: 'This survey is not taking answers now.' });
    expect((await answer(finnish)).body).toMatchObject({ code: 'survey_closed', title: 'Kysely on suljettu', detail: 'Tämä kysely ei ota nyt vastauksia.' });
    expect((await answer(polish)).body).toMatchObject({ code: 'survey_closed', title: 'Ankieta jest zamknięta', detail: 'Ta ankieta nie przyjmuje teraz odpowiedzi.' });

    const forged = await customer.request('POST', `/api/v1/public/surveys/${survey.slug}/responses`, { submissionId: randomUUID(), version: 1, language: 'en', isComplete: true, elapsedMs: 9000, answers: { nps: 9 }, token: 'forged.token' }, finnish);
    expect(forged.body).toMatchObject({ code: 'link_invalid', detail: 'Tämä kyselylinkki ei kelpaa. Avaa linkki viestistäsi uudelleen muuttamatta sitä.' });
  });

  it('says problems in the signed-in person\'s own language, whatever the browser asks for', async () => {
    expect((await t.admin.patch('/api/v1/me', { locale: 'pl' })).status).toBe(200);
    expect((await t.admin.get(missingSurvey())).body.detail).toBe('Nie znaleziono ankiety.');
    expect((await t.admin.request('GET', missingSurvey(), undefined, finnish)).body.detail).toBe('Nie znaleziono ankiety.');
    expect((await t.admin.patch('/api/v1/me', { locale: null })).status).toBe(200);
    expect((await t.admin.request('GET', missingSurvey(), undefined, finnish)).body.detail).toBe('Kyselyä ei löytynyt.');
  });
});
