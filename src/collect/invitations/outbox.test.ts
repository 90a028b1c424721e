import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { waitFor } from '../../../test/wait-for.js';
import { useTestKuulo } from '../../../test/kuulo.js';

describe.each(testDatabases())('invitations without a mail server on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true, env: { MAIL_RATE_PER_SECOND: '0' } });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;

  it('puts every invitation in the outbox, in each recipient\'s language, and counts them sent', async () => {
    const survey = (await t.admin.post(`${base()}/surveys`, { name: 'Asiakaskysely', templateId: 'csat' })).body;
    await t.admin.post(`${base()}/surveys/${survey.id}/publish`);
    const people = [
      { email: 'eeva@example.fi', name: 'Eeva', language: 'fi' },
      { email: 'ola@example.pl', name: 'Ola', language: 'pl' },
      { email: 'sam@example.com', name: 'Sam' },
    ];
    const created = (await t.admin.post(`${base()}/distributions`, { kind: 'once', name: 'Outbox', surveyId: survey.id, senderName: 'Acme' })).body;
    expect((await t.admin.post(`${base()}/distributions/${created.id}/recipients`, { contacts: people })).body).toEqual({ added: 3, alreadyRecipients: [] });
    await t.admin.post(`${base()}/distributions/${created.id}/send`, {});
    await waitFor(() => t.admin.get(`${base()}/distributions/${created.id}`).then((r) => r.body), (d) => d.status === 'sent');
    const invitations = (await t.admin.get(`${base()}/distributions/${created.id}/invitations`)).body.invitations;
    expect(Object.fromEntries(invitations.map((i: { email: string; language: string; status: string; isInOutbox: boolean }) => [i.email, `${i.status}:${i.language}:${i.isInOutbox}`]))).toEqual({
      'eeva@example.fi': 'sent:fi:true',
      'ola@example.pl': 'sent:pl:true',
      'sam@example.com': 'sent:en:true',
    });
    expect(invitations.every((i: { nextReminderAt: string | null }) => i.nextReminderAt !== null)).toBe(true);
    const outbox = (await t.admin.get(`${base()}/mail?status=outbox`)).body.items.filter((m: { purpose: string }) => m.purpose === 'invitation');
    expect(outbox.map((m: { to: string; subject: string }) => `${m.to}: ${m.subject}`).sort()).toEqual([
      'eeva@example.fi: Hetki aikaa? Kerro, miten Acme Oy onnistui',
      'ola@example.pl: Masz minutę? Powiedz nam, jak nam poszło',
      'sam@example.com: A minute for Acme Oy? Tell us how we did',
    ]);
    expect(outbox[0].from).toContain('"Acme"');
    // Nobody has received them: the report says they wait in the outbox, and no mail server took any.
    const report = (await t.admin.get(`${base()}/distributions/${created.id}/report`)).body;
    expect(report.counts).toMatchObject({ sent: 3 });
    expect(report.delivery).toEqual({ transport: 'outbox', acceptedByServer: 0, inOutbox: 3 });
  });
});
