import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { BlockedAddressError, resolveDeliveryAddress } from './address-guard.js';

/** How long one attempt may take, connection and answer together. */
export const attemptTimeoutMs = 10_000;

export type AttemptOutcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/**
 * Posts one signed message to an endpoint, once. 2xx is delivered; a redirect is a failure (never
 * followed: it could point anywhere); a private address is refused before connecting. The answer's
 * body is not read beyond what closing needs.
 */
export async function postWebhook(url: string, headers: Record<string, string>, body: string, options: { allowPrivate: boolean; timeoutMs?: number }): Promise<AttemptOutcome> {
  const target = new URL(url);
  let resolved: { address: string; family: 4 | 6 };
  try {
    resolved = await resolveDeliveryAddress(target.hostname, options);
  } catch (error) {
    if (error instanceof BlockedAddressError) return { ok: false, statusCode: null, error: error.message };
    return { ok: false, statusCode: null, error: `could not resolve ${target.hostname}: ${(error as Error).message}` };
  }
  // Connect to the address just checked, whatever the name resolves to a moment later.
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [resolved]);
    else callback(null, resolved.address, resolved.family);
  };
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise<AttemptOutcome>((resolve) => {
    const request = transport.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Kuulo-Webhooks/1' },
        lookup: pinned,
        timeout: options.timeoutMs ?? attemptTimeoutMs,
        signal: AbortSignal.timeout(options.timeoutMs ?? attemptTimeoutMs),
      },
      (response) => {
        response.resume();
        const statusCode = response.statusCode ?? 0;
        if (statusCode >= 200 && statusCode < 300) resolve({ ok: true, statusCode });
        else if (statusCode >= 300 && statusCode < 400) resolve({ ok: false, statusCode, error: `answered with a redirect (${statusCode}), which webhooks do not follow` });
        else resolve({ ok: false, statusCode, error: `answered ${statusCode}` });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${(options.timeoutMs ?? attemptTimeoutMs) / 1000} s`)));
    request.on('error', (error) => resolve({ ok: false, statusCode: null, error: error.message }));
    request.end(body);
  });
}
