import { describe, expect, it } from 'vitest';
import { loadSurvey, postResponse, retryAfterMs, type ResponseBody } from './api.js';

const body: ResponseBody = {
  submissionId: '0b6f4d3c-1d7e-4c55-9a38-7f2a51f0e9a1',
  version: 1,
  answers: { nps: 3 },
  language: 'fi',
  isComplete: true,
  channel: 'qr',
  honeypot: '',
  elapsedMs: 5000,
};

const answering =
  (status: number, payload: unknown, headers: Record<string, string> = {}): typeof fetch =>
  async () =>
    new Response(payload === undefined ? null : JSON.stringify(payload), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('postResponse', () => {
  it('posts the body as JSON to the survey responses', async () => {
    let request: { url: string; init: RequestInit | undefined } | undefined;
    const recording: typeof fetch = async (url, init) => {
      request = { url: String(url), init };
      return new Response(JSON.stringify({ responseId: 'r1', state: 'complete', endingId: 'thanks' }), { status: 201 });
    };
    expect(await postResponse('visit2026', body, recording)).toEqual({ kind: 'saved', responseId: 'r1', state: 'complete', endingId: 'thanks' });
    expect(request?.url).toBe('/api/v1/public/surveys/visit2026/responses');
    expect(request?.init?.method).toBe('POST');
    expect(JSON.parse(String(request?.init?.body))).toEqual(body);
  });

  it('retries what may pass later: no connection, 5xx, 429 with Retry-After', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await postResponse('s', body, offline)).toEqual({ kind: 'retry', afterMs: null });
    expect(await postResponse('s', body, answering(503, { code: 'unavailable' }))).toEqual({ kind: 'retry', afterMs: null });
    expect(await postResponse('s', body, answering(429, { code: 'rate_limited' }, { 'retry-after': '30' }))).toEqual({ kind: 'retry', afterMs: 30_000 });
  });

  it('reads validation problems in either path style', async () => {
    const problem = { code: 'invalid_input', errors: [{ path: 'body.answers.nps', problem: 'is required' }, { path: 'answers.why', problem: 'must be text' }] };
    expect(await postResponse('s', body, answering(422, problem))).toEqual({
      kind: 'invalid',
      problems: [
        { path: 'body.answers.nps', problem: 'is required' },
        { path: 'answers.why', problem: 'must be text' },
      ],
    });
  });

  it('knows a closed survey from other refusals', async () => {
    expect(await postResponse('s', body, answering(409, { code: 'survey_closed' }))).toEqual({ kind: 'stopped', reason: 'closed' });
    expect(await postResponse('s', body, answering(409, { code: 'link_used' }))).toEqual({ kind: 'stopped', reason: 'link_used' });
    expect(await postResponse('s', body, answering(410, { code: 'link_expired' }))).toEqual({ kind: 'stopped', reason: 'link_expired' });
    expect(await postResponse('s', body, answering(403, { code: 'link_invalid' }))).toEqual({ kind: 'stopped', reason: 'link_invalid' });
    expect(await postResponse('s', body, answering(404, { code: 'not_found' }))).toEqual({ kind: 'rejected', status: 404 });
    expect(await postResponse('s', body, answering(413, undefined))).toEqual({ kind: 'rejected', status: 413 });
  });
});

describe('loadSurvey', () => {
  it('asks for the language and the personal link', async () => {
    let url = '';
    const recording: typeof fetch = async (input) => ((url = String(input)), new Response('{}', { status: 200 }));
    await loadSurvey('visit2026', { language: 'fi', token: 'a.b' }, recording);
    expect(url).toBe('/api/v1/public/surveys/visit2026?lang=fi&t=a.b');
    await loadSurvey('visit2026', { language: null, token: null }, recording);
    expect(url).toBe('/api/v1/public/surveys/visit2026');
  });

  it('tells a missing survey from a failed load', async () => {
    expect(await loadSurvey('s', { language: 'fi', token: null }, answering(404, { code: 'not_found' }))).toEqual({ kind: 'not_found' });
    expect(await loadSurvey('s', { language: null, token: 'x' }, answering(410, { code: 'link_expired' }))).toEqual({ kind: 'stopped', reason: 'link_expired' });
    expect(await loadSurvey('s', { language: null, token: null }, answering(500, {}))).toEqual({ kind: 'failed' });
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await loadSurvey('s', { language: null, token: null }, offline)).toEqual({ kind: 'failed' });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });
});
