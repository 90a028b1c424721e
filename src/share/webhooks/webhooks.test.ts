import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { waitFor } from '../../../test/wait-for.js';
import { startReceiver } from '../../../test/webhook-receiver.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { isWebhookSignatureValid } from './signing.js';

describe.each(testDatabases())('webhooks on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true, env: { KUULO_WEBHOOKS_ALLOW_PRIVATE: 'true', KUULO_WEBHOOK_RETRY_SECONDS: '1' } });
  const receiver = startReceiver();
  let url = '';
  beforeAll(async () => {
    url = await receiver.listen();
  });
  afterAll(() => receiver.close());
  const hooks = (path = '') => `/api/v1/workspaces/${t.workspaceId}/webhooks${path}`;
  const delivery = (endpointId: string, deliveryId: string) => t.admin.get(hooks(`/${endpointId}/deliveries/${deliveryId}`)).then((r) => r.body);

  it('signs each message the Standard Webhooks way, retries a failing receiver, logs every attempt and resends on request', async () => {
    const created = await t.admin.post(hooks(), { url, description: 'CRM', eventTypes: ['webhook.test'] });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    expect(JSON.stringify((await t.admin.get(hooks())).body)).not.toContain(created.body.secret);

    receiver.answers.push(500);
    const sent = await t.admin.post(hooks(`/${created.body.id}/test`));
    expect(sent.status).toBe(202);
    const done = await waitFor(() => delivery(created.body.id, sent.body.deliveryId), (d) => d.status === 'delivered');
    expect(done).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204, eventType: 'webhook.test' });
    expect(done.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 204]);

    expect(receiver.received).toHaveLength(2);
    for (const { headers, body } of receiver.received) {
      const message = { id: String(headers['webhook-id']), timestamp: Number(headers['webhook-timestamp']), body };
      expect(isWebhookSignatureValid(created.body.secret, message, String(headers['webhook-signature']))).toBe(true);
      expect(JSON.parse(body)).toMatchObject({ type: 'webhook.test', data: { endpointId: created.body.id } });
    }
    // Retries and resends keep the message id, so a receiver can drop repeats.
    expect(receiver.received[0]!.headers['webhook-id']).toBe(done.messageId);
    await t.admin.post(hooks(`/${created.body.id}/deliveries/${sent.body.deliveryId}/resend`));
    // The resend's attempt is logged once the receiver has answered it.
    const resent = await waitFor(() => delivery(created.body.id, sent.body.deliveryId), (d) => d.attempts === 3 && d.status === 'delivered');
    expect(resent).toMatchObject({ attempts: 3, status: 'delivered' });
    expect(receiver.received).toHaveLength(3);
    expect(receiver.received[2]!.headers['webhook-id']).toBe(done.messageId);
    const log = (await t.admin.get(hooks(`/${created.body.id}/deliveries`))).body.items;
    expect(log).toEqual([expect.objectContaining({ id: sent.body.deliveryId, status: 'delivered' })]);
  });

  it('never follows a redirect, and a rotated secret signs from then on', async () => {
    const created = (await t.admin.post(hooks(), { url })).body;
    const rotated = (await t.admin.post(hooks(`/${created.id}/rotate-secret`))).body;
    expect(rotated.secret).not.toBe(created.secret);
    receiver.answers.push(302, 204);
    const before = receiver.received.length;
    const sent = (await t.admin.post(hooks(`/${created.id}/test`))).body;
    const done = await waitFor(() => delivery(created.id, sent.deliveryId), (d) => d.status === 'delivered');
    expect(done.attemptLog[0]).toMatchObject({ statusCode: 302, error: expect.stringContaining('redirect') });
    const last = receiver.received.at(-1)!;
    expect(receiver.received.length - before).toBe(2);
    expect(isWebhookSignatureValid(rotated.secret, { id: String(last.headers['webhook-id']), timestamp: Number(last.headers['webhook-timestamp']), body: last.body }, String(last.headers['webhook-signature']))).toBe(true);
  });

  it('sends each completed response to endpoints that want it, once, even when the event is handled twice', async () => {
    // Only this endpoint listens: the earlier tests' ones (which want every type) go.
    for (const old of (await t.admin.get(hooks())).body.items) await t.admin.delete(hooks(`/${old.id}`));
    const endpoint = (await t.admin.post(hooks(), { url, eventTypes: ['response.completed'] })).body;
    const base = `/api/v1/workspaces/${t.workspaceId}`;
    const survey = (await t.admin.post(`${base}/surveys`, { name: 'Hooked', templateId: 'nps' })).body;
    await t.admin.post(`${base}/surveys/${survey.id}/publish`);
    const before = receiver.received.length;
    const submissionId = crypto.randomUUID();
    const answer = (isComplete: boolean) =>
      new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, { submissionId, version: 1, language: 'en', isComplete, answers: { nps: 4 } });
    expect((await answer(false)).status).toBe(201);
    expect((await answer(true)).status).toBe(200);
    const arrived = await waitFor(async () => receiver.received.slice(before).filter((m) => JSON.parse(m.body).type === 'response.completed'), (list) => list.length > 0);
    expect(arrived).toHaveLength(1);
    const message = JSON.parse(arrived[0]!.body);
    expect(message.data).toMatchObject({ surveyId: survey.id, answers: { nps: 4 }, channel: 'link', language: 'en' });
    expect(isWebhookSignatureValid(endpoint.secret, { id: String(arrived[0]!.headers['webhook-id']), timestamp: Number(arrived[0]!.headers['webhook-timestamp']), body: arrived[0]!.body }, String(arrived[0]!.headers['webhook-signature']))).toBe(true);
    // Handling the same event again (after a crash mid-dispatch) delivers nothing new.
    const events = await t.kuulo.services.database.execute("SELECT id FROM domain_events WHERE type = 'response.completed' AND data->>'responseId' = $1", [message.data.responseId]);
    expect(events.rows).toHaveLength(1);
    const handler = await import('./deliveries.js');
    const again = await handler.emitWebhookEvent(t.kuulo.services.db, t.kuulo.services.jobs, { name: 'share.webhook-delivery' } as never, t.workspaceId, { type: 'response.completed', data: message.data }, { eventId: events.rows[0]!['id'] as string });
    expect(again).toEqual([]);
  });

  it('refuses addresses that cannot work, and names the field', async () => {
    const refused = await t.admin.post(hooks(), { url: 'hooks.example.com', eventTypes: ['case.exploded'] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      { path: 'body.url', problem: expect.stringContaining('full URL') },
      { path: 'body.eventTypes.0', problem: expect.stringContaining('webhook.test') },
    ]);
  });
});

describe.each(testDatabases())('webhooks to private addresses on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true, env: { KUULO_WEBHOOK_RETRY_SECONDS: '1' } });

  it('are not sent unless the operator allows them: the log says why', async () => {
    const created = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/webhooks`, { url: 'http://127.0.0.1:9/metadata' })).body;
    const sent = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/webhooks/${created.id}/test`)).body;
    const first = await waitFor(
      () => t.admin.get(`/api/v1/workspaces/${t.workspaceId}/webhooks/${created.id}/deliveries/${sent.deliveryId}`).then((r) => r.body),
      (d) => d.attempts >= 1,
    );
    expect(first).toMatchObject({ status: 'retrying', lastStatusCode: null, lastError: expect.stringContaining('private or reserved address') });
  });
});
