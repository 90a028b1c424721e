import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { contactOfRow, readContactsCsv } from './csv-import.js';

describe('reading a contacts CSV', () => {
  it('takes commas or semicolons, a BOM, quoted newlines, and names each row by its line', () => {
    const { columns, rows } = readContactsCsv('\uFEFFExternal ID;Email;Name;Plan\r\nc-1;a@example.fi;"Äijälä,\nAino";gold\r\n\r\nc-2;;Bo;\r\n');
    expect(columns).toEqual(['external_id', 'email', 'name', 'plan']);
    expect(rows.map((r) => r.line)).toEqual([2, 5]);
    expect(contactOfRow(rows[0]!)).toEqual({ fields: { externalId: 'c-1', email: 'a@example.fi', name: 'Äijälä,\nAino', attributes: { plan: 'gold' } } });
    expect(contactOfRow(rows[1]!)).toEqual({ fields: { externalId: 'c-2', name: 'Bo' } });
    expect(contactOfRow({ line: 9, cells: { email: 'not-an-email' } })).toEqual({ problem: 'email must be an email address' });
    expect(contactOfRow({ line: 9, cells: { name: 'Nobody' } })).toEqual({ problem: 'needs an external_id or an email' });
  });

  it('refuses a file without a usable header at once', () => {
    expect(() => readContactsCsv('name,plan\nAino,gold')).toThrow(/external_id or an email column/);
    expect(() => readContactsCsv('')).toThrow(/empty/);
    expect(() => readContactsCsv('email,"1st"\na@b.fi,x')).toThrow(/must start with a letter/);
  });
});

describe.each(testDatabases())('contacts on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const contacts = (path = '') => `/api/v1/workspaces/${t.workspaceId}/contacts${path}`;

  it('creates, finds, edits and deletes a contact, and keeps keys unique', async () => {
    const created = await t.admin.post(contacts(), { externalId: 'cust-1', email: 'Maija@Example.fi', name: 'Maija', language: 'fi', attributes: { plan: 'gold', seats: 3 } });
    expect(created.status).toBe(201);
    const taken = await t.admin.post(contacts(), { email: 'maija@example.fi' });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([{ path: 'body.email', problem: 'is taken by another contact' }]);
    expect((await t.admin.post(contacts(), { name: 'Nobody' })).status).toBe(422);
    expect((await t.admin.get(`${contacts()}?search=maija`)).body.items.map((c: { id: string }) => c.id)).toEqual([created.body.id]);

    const edited = await t.admin.patch(contacts(`/${created.body.id}`), { attributes: { plan: 'platinum' } });
    expect(edited.body.attributes).toEqual({ plan: 'platinum' });
    expect((await t.admin.patch(contacts(`/${created.body.id}`), { email: 'bad' })).body.errors).toEqual([{ path: 'body.email', problem: 'must be an email address' }]);
    expect((await t.admin.patch(contacts(`/${created.body.id}`), { name: null, language: null })).body).toMatchObject({ name: null, language: null, externalId: 'cust-1' });
    expect((await t.admin.patch(contacts(`/${created.body.id}`), { externalId: null, email: null })).status).toBe(422);

    // A response through the contact's personal link is linked to them, and stays when they are deleted.
    const survey = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys`, { name: 'CSAT', templateId: 'csat' })).body;
    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/publish`);
    const link = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/links`, { contact: { externalId: 'cust-1' } })).body;
    await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, { submissionId: randomUUID(), version: 1, language: 'fi', isComplete: true, answers: { csat: 5 }, token: link.token });
    const shown = await t.admin.get(contacts(`/${created.body.id}`));
    expect(shown.body.responses).toEqual([expect.objectContaining({ surveyName: 'CSAT', state: 'complete', channel: 'api' })]);

    expect((await t.admin.delete(contacts(`/${created.body.id}`))).status).toBe(204);
    expect((await t.admin.get(contacts(`/${created.body.id}`))).status).toBe(404);
    const kept = await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/responses`);
    expect(kept.body.items).toHaveLength(1);
  });

  it('imports a CSV in the background: good rows kept, bad rows reported by line', async () => {
    await t.admin.post(contacts(), { externalId: 'old-1', email: 'old@example.com', attributes: { plan: 'free' } });
    const csv = ['external_id,email,name,plan', 'old-1,old@example.com,Olli,pro', 'new-1,anna@example.pl,Anna Wiśniewska,gold', ',not-an-email,Broken,', ',,No key,', 'new-2,,Pekka,'].join('\n');
    const started = await t.admin.post(contacts('/imports'), { csv });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'queued', totalRows: 5 });
    let progress = started.body;
    for (let i = 0; i < 300 && progress.status !== 'done'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      progress = (await t.admin.get(contacts(`/imports/${started.body.id}`))).body;
    }
    expect(progress).toMatchObject({ status: 'done', totalRows: 5, processedRows: 5, created: 2, updated: 1 });
    expect(progress.failures).toEqual([
      { line: 4, problem: 'email must be an email address' },
      { line: 5, problem: 'needs an external_id or an email' },
    ]);
    const olli = (await t.admin.get(`${contacts()}?search=old-1`)).body.items[0];
    expect(olli).toMatchObject({ name: 'Olli', attributes: { plan: 'pro' } });
    expect((await t.admin.post(contacts('/imports'), { csv: 'name\nx' })).status).toBe(422);
  });
});
