import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ApiAgent } from '../../test/api-agent.js';
import { testDatabases } from '../../test/databases.js';
import { useTestKuulo } from '../../test/kuulo.js';

/** Opens the live stream as a browser's EventSource would, collecting its events. */
async function openStream(url: string, cookie: string) {
  const events: { event: string; data: unknown }[] = [];
  const request = http.get(url, { headers: { cookie, accept: 'text/event-stream' } });
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => request.once('response', resolve).once('error', reject));
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  });
  return { response, events, close: () => request.destroy() };
}

const waitFor = async (check: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe.each(testDatabases())('the live feed on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });

  it("tells an open dashboard of its workspace's responses as they are stored, and nothing of other workspaces", async () => {
    await t.kuulo.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.kuulo.app.server.address() as AddressInfo;
    const base = `/api/v1/workspaces/${t.workspaceId}`;
    const survey = (await t.admin.post(`${base}/surveys`, { name: 'Live', templateId: 'nps' })).body;
    await t.admin.post(`${base}/surveys/${survey.id}/publish`);
    const other = (await t.admin.post('/api/v1/workspaces', { name: 'Elsewhere' })).body.id as string;
    const elsewhere = (await t.admin.post(`/api/v1/workspaces/${other}/surveys`, { name: 'Other', templateId: 'nps' })).body;
    await t.admin.post(`/api/v1/workspaces/${other}/surveys/${elsewhere.id}/publish`);

    const stream = await openStream(`http://127.0.0.1:${address.port}${base}/live`, t.admin.cookie!);
    try {
      expect(stream.response.statusCode).toBe(200);
      expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      await waitFor(() => stream.events.some((e) => e.event === 'ready'));
      const send = (slug: string, isComplete: boolean) =>
        new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${slug}/responses`, { submissionId: randomUUID(), version: 1, language: 'en', isComplete, answers: { nps: 8 } });
      expect((await send(elsewhere.slug, true)).status).toBe(201);
      expect((await send(survey.slug, true)).status).toBe(201);
      await waitFor(() => stream.events.some((e) => e.event === 'responses'));
      expect(stream.events.find((e) => e.event === 'responses')!.data).toEqual({ surveyIds: [survey.id], complete: 1, partial: 0, analysed: 0 });
      // A burst is summed into as few messages as the half-second pace allows (one, unless the machine is slow).
      await send(survey.slug, false);
      await send(survey.slug, true);
      const later = () => stream.events.filter((e) => e.event === 'responses').slice(1).map((e) => e.data as { surveyIds: string[]; complete: number; partial: number });
      await waitFor(() => later().reduce((sum, m) => sum + m.complete + m.partial, 0) === 2);
      expect(later().every((m) => m.surveyIds.length === 1 && m.surveyIds[0] === survey.id)).toBe(true);
      expect(later().reduce((sum, m) => sum + m.partial, 0)).toBe(1);
      // A comment is heard of twice: as the response is stored, and once it has been analysed.
      const commented = await new ApiAgent(t.kuulo).post(`/api/v1/public/surveys/${survey.slug}/responses`, {
        submissionId: randomUUID(),
        version: 1,
        language: 'en',
        isComplete: true,
        answers: { nps: 7, even_better: 'Faster delivery, please.' },
      });
      expect(commented.status).toBe(201);
      const analysed = () => stream.events.filter((e) => e.event === 'responses').reduce((sum, e) => sum + (e.data as { analysed: number }).analysed, 0);
      await waitFor(() => analysed() === 1, 20_000);
    } finally {
      stream.close();
    }
  });

  it('refuses the stream without the right to read insights', async () => {
    const anonymous = await new ApiAgent(t.kuulo).get(`/api/v1/workspaces/${t.workspaceId}/live`);
    expect(anonymous.status).toBe(401);
  });
});
