import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks (standardwebhooks.com): each message carries `webhook-id`, `webhook-timestamp`
 * (Unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed
 * with the endpoint's secret (`whsec_` + base64 key). Receivers verify with any Standard Webhooks
 * library, and drop repeats by `webhook-id`.
 */

export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString('base64')}`;

const keyOf = (secret: string): Buffer => Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');

export function signWebhook(secret: string, message: { id: string; timestamp: number; body: string }): string {
  const digest = createHmac('sha256', keyOf(secret)).update(`${message.id}.${message.timestamp}.${message.body}`).digest('base64');
  return `v1,${digest}`;
}

/** The headers of one message. */
export function webhookHeaders(secret: string, message: { id: string; timestamp: number; body: string }): Record<string, string> {
  return {
    'content-type': 'application/json',
    'webhook-id': message.id,
    'webhook-timestamp': String(message.timestamp),
    'webhook-signature': signWebhook(secret, message),
  };
}

/** Whether any `v1,` signature in the header matches (a header may carry several, space-separated, while a secret is rotated). */
export function isWebhookSignatureValid(secret: string, message: { id: string; timestamp: number; body: string }, header: string): boolean {
  const expected = Buffer.from(signWebhook(secret, message));
  return header.split(' ').some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
