import { describe, expect, it } from 'vitest';
import { isWebhookSignatureValid, newWebhookSecret, signWebhook, webhookHeaders } from './signing.js';

describe('Standard Webhooks signatures', () => {
  it("matches the specification's example", () => {
    const message = { id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}' };
    expect(signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', message)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('signs with a fresh secret and verifies only the same id, time and body', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const message = { id: 'msg_1', timestamp: 1_800_000_000, body: '{"type":"webhook.test"}' };
    const headers = webhookHeaders(secret, message);
    expect(headers).toMatchObject({ 'webhook-id': 'msg_1', 'webhook-timestamp': '1800000000', 'content-type': 'application/json' });
    expect(isWebhookSignatureValid(secret, message, headers['webhook-signature']!)).toBe(true);
    expect(isWebhookSignatureValid(secret, message, `v1,bogus ${headers['webhook-signature']}`)).toBe(true);
    expect(isWebhookSignatureValid(secret, { ...message, body: '{"type":"other"}' }, headers['webhook-signature']!)).toBe(false);
    expect(isWebhookSignatureValid(newWebhookSecret(), message, headers['webhook-signature']!)).toBe(false);
  });
});
