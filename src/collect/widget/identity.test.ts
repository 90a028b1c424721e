import { describe, expect, it } from 'vitest';
import { isIdentitySignatureValid, newIdentitySecret, resolveIdentity, signIdentity } from './identity.js';

describe('widget identity verification', () => {
  const secret = newIdentitySecret();

  it('signs an id as HMAC-SHA256 in hex, as any server can compute it', () => {
    // The well-known example value, so snippets in other languages can be checked against it.
    expect(signIdentity('key', 'The quick brown fox jumps over the lazy dog')).toBe('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
    expect(secret).toMatch(/^kis_[\w-]{43}$/);
    expect(newIdentitySecret()).not.toBe(secret);
  });

  it('accepts only the signature of that id with that secret', () => {
    const signature = signIdentity(secret, 'customer-42');
    expect(isIdentitySignatureValid(secret, 'customer-42', signature)).toBe(true);
    expect(isIdentitySignatureValid(secret, 'customer-42', signature.toUpperCase())).toBe(true);
    expect(isIdentitySignatureValid(secret, 'customer-43', signature)).toBe(false);
    expect(isIdentitySignatureValid(newIdentitySecret(), 'customer-42', signature)).toBe(false);
    expect(isIdentitySignatureValid(secret, 'customer-42', signature.slice(2))).toBe(false);
    expect(isIdentitySignatureValid(secret, 'customer-42', 'not hex at all')).toBe(false);
  });

  it('keeps an identity as told and unverified when the workspace has no secret', () => {
    expect(resolveIdentity({ id: 'c1', attributes: { plan: 'pro' }, signature: 'ab' }, { identitySecret: null, requireVerifiedIdentity: false })).toEqual({
      id: 'c1',
      attributes: { plan: 'pro' },
      isVerified: false,
    });
  });

  it('marks a signed identity verified, and drops an unsigned one only when verification is required', () => {
    const rules = { identitySecret: secret, requireVerifiedIdentity: false };
    expect(resolveIdentity({ id: 'c1', signature: signIdentity(secret, 'c1') }, rules)).toEqual({ id: 'c1', isVerified: true });
    expect(resolveIdentity({ id: 'c1', signature: signIdentity(secret, 'c2') }, rules)).toEqual({ id: 'c1', isVerified: false });
    expect(resolveIdentity({ id: 'c1' }, { ...rules, requireVerifiedIdentity: true })).toBeNull();
    expect(resolveIdentity({ id: 'c1', signature: signIdentity(secret, 'c1') }, { ...rules, requireVerifiedIdentity: true })).toEqual({ id: 'c1', isVerified: true });
  });
});
