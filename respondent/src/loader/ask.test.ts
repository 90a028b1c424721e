import { describe, expect, it } from 'vitest';
import { askBody, mayAsk } from './ask.js';
import type { Identity } from './rules.js';

const url = 'https://kuulo.example/api/v1/public/widget/ws1/ask';
const signature = 'a'.repeat(64);
const verified: Identity = { id: 'cust-7', attributes: { plan: 'pro' }, signature };
const unsigned: Identity = { id: 'cust-7', attributes: { plan: 'pro' } };

/** A fetch that answers with `status` and `payload` and keeps what it was asked. */
function server(status: number, payload: unknown) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    requests.push({ url: String(input), init });
    return new Response(typeof payload === 'string' ? payload : JSON.stringify(payload), { status, headers: { 'content-type': 'application/json' } });
  };
  return { requests, fetchImpl };
}

describe('asking before a survey is shown', () => {
  it('asks only about a visitor the site signed, by id and signature alone', () => {
    expect(askBody('s1', verified)).toEqual({ surveyId: 's1', identity: { id: 'cust-7', signature } });
    expect(askBody('s1', unsigned)).toBeNull();
    expect(askBody('s1', null)).toBeNull();
  });

  it('sends no request for an anonymous or unsigned visitor, and shows the survey', async () => {
    const { requests, fetchImpl } = server(200, { mayAsk: false });
    expect(await mayAsk(url, 's1', null, fetchImpl)).toBe(true);
    expect(await mayAsk(url, 's1', unsigned, fetchImpl)).toBe(true);
    expect(requests).toEqual([]);
  });

  it('posts the question as JSON, without cookies, and follows the answer', async () => {
    const no = server(200, { mayAsk: false });
    expect(await mayAsk(url, 's1', verified, no.fetchImpl)).toBe(false);
    expect(no.requests).toHaveLength(1);
    expect(no.requests[0]!.url).toBe(url);
    expect(no.requests[0]!.init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'content-type': 'application/json' } });
    expect(no.requests[0]!.init?.signal).toBeInstanceOf(AbortSignal); // a slow answer does not hold the survey back for ever
    expect(JSON.parse(String(no.requests[0]!.init?.body))).toEqual({ surveyId: 's1', identity: { id: 'cust-7', signature } });

    expect(await mayAsk(url, 's1', verified, server(200, { mayAsk: true }).fetchImpl)).toBe(true);
  });

  it('shows the survey when the question cannot be answered: no connection, an older server, an odd answer', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await mayAsk(url, 's1', verified, offline)).toBe(true);
    expect(await mayAsk(url, 's1', verified, server(404, { code: 'not_found' }).fetchImpl)).toBe(true);
    expect(await mayAsk(url, 's1', verified, server(429, { code: 'rate_limited' }).fetchImpl)).toBe(true);
    expect(await mayAsk(url, 's1', verified, server(503, 'unavailable').fetchImpl)).toBe(true);
    expect(await mayAsk(url, 's1', verified, server(200, 'not json').fetchImpl)).toBe(true);
    expect(await mayAsk(url, 's1', verified, server(200, null).fetchImpl)).toBe(true);
    expect(await mayAsk(url, 's1', verified, server(200, { mayAsk: 'no' }).fetchImpl)).toBe(true);
  });
});
