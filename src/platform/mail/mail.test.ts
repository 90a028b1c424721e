import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { useSmtpPeer } from '../../../test/smtp-peer.js';
import { waitFor } from '../../../test/wait-for.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { classifySmtpFailure, createMailTransport, queueMail } from './mail.js';

const smtpEnv: Record<string, string> = { KUULO_MAIL_FROM: 'Acme CX <cx@acme.example>' };
const peer = useSmtpPeer(smtpEnv);

describe.each(testDatabases())('mail over SMTP on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true, env: smtpEnv });

  it('sends a message through the job queue to the SMTP server', async () => {
    const sent = await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/mail/test`, { to: 'ops@example.com' });
    expect(sent.status).toBe(202);
    const arrived = await waitFor(() => peer.received.filter((m) => m.raw.includes(sent.body.id)), (list) => list.length > 0);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.to).toEqual(['ops@example.com']);
    expect(arrived[0]!.raw).toMatch(/^Subject: Kuulo test message/m);
    const logged = await waitFor(() => t.admin.get(`/api/v1/workspaces/${t.workspaceId}/mail/${sent.body.id}`).then((r) => r.body), (m) => m.status === 'sent');
    expect(logged).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/mail`)).body.transport).toBe('smtp');
  });

  it('retries after a refusal, sends once, and keeps the headers a room asks for', async () => {
    const { services } = t.kuulo;
    const id = await queueMail(
      services.db,
      {
        workspaceId: t.workspaceId,
        purpose: 'case.reply',
        to: 'maija@example.fi',
        subject: 'Palautteesi',
        text: 'Kiitos palautteestasi, Maija.',
        headers: { 'List-Unsubscribe': '<https://kuulo.example/u/abc>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      },
      services.config,
    );
    // The job's handler, run the way the queue runs it (the queue's own retry waits a minute).
    const run = () => services.mailJob.handler({ workspaceId: t.workspaceId, messageId: id }, { jobId: 'test', log: services.log, isLastAttempt: false });
    peer.refuse(1);
    await expect(run()).rejects.toThrow(/busy/);
    await run();
    await run();
    const mine = peer.received.filter((m) => m.raw.includes(id));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.from).toBe('cx@acme.example');
    expect(mine[0]!.raw).toMatch(/^Subject: Palautteesi/m);
    expect(mine[0]!.raw).toMatch(/^List-Unsubscribe: <https:\/\/kuulo\.example\/u\/abc>/m);
    expect(mine[0]!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(mine[0]!.raw).toContain(`Message-ID: <${id}@`);
    expect(mine[0]!.raw).toContain('Kiitos palautteestasi, Maija.');
    expect((await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/mail/${id}`)).body).toMatchObject({ status: 'sent', attempts: 2, purpose: 'case.reply' });
  });
});

describe.each(testDatabases())('mail without an SMTP server on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });

  it('stays in the outbox, for the admin app to show', async () => {
    const sent = await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/mail/test`, { to: 'ops@example.com' });
    expect(sent.status).toBe(202);
    const list = await waitFor(
      () => t.admin.get(`/api/v1/workspaces/${t.workspaceId}/mail?status=outbox`).then((r) => r.body),
      (body) => body.items.some((m: { id: string }) => m.id === sent.body.id),
    );
    expect(list.transport).toBe('outbox');
    expect(list.items.find((m: { id: string }) => m.id === sent.body.id)).toMatchObject({ to: 'ops@example.com', subject: 'Kuulo test message', status: 'outbox' });
    expect((await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/mail/test`, { to: 'not an address' })).body.errors).toEqual([{ path: 'body.to', problem: 'must be an email address' }]);
  });
});

describe('the SMTP transport', () => {
  it('sends over its own sockets, pooled or not, and reports a server that is not there as a temporary failure', async () => {
    for (const pooled of [false, true]) {
      const transport = createMailTransport({ mail: { smtpUrl: smtpEnv['SMTP_URL']!, from: 'cx@acme.example', ratePerSecond: 0 } }, { pooled })!;
      await transport.sendMail({ from: 'cx@acme.example', to: 'a@example.com', subject: `Socket ${pooled}`, text: 'Hei' });
      transport.close();
      expect(peer.received.some((m) => m.raw.includes(`Subject: Socket ${pooled}`))).toBe(true);
    }
    const closed = createMailTransport({ mail: { smtpUrl: 'smtp://127.0.0.1:1', from: 'cx@acme.example', ratePerSecond: 0 } })!;
    const error = await closed.sendMail({ from: 'cx@acme.example', to: 'a@example.com', subject: 'Nobody', text: 'Hei' }).catch((e: unknown) => e);
    expect(classifySmtpFailure(error).kind).toBe('temporary');
  });
});
