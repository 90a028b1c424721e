import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Identity verification for the website widget. `kuulo.identify(id, attributes)` is whatever the
 * page says, and anyone can type into a browser console; a company that wants to trust the id
 * signs it on its own server with the workspace's identity secret:
 *
 *     signature = hex(HMAC-SHA256(identitySecret, id))
 *
 * and passes it along: `kuulo.identify(id, attributes, { signature })`. Kuulo checks it when the
 * response arrives. A verified id links the response to the contact with that external id; the
 * attributes are never signed, so they stay what the page said.
 */

/** A new identity secret: 32 random bytes, URL-safe, with a prefix that says what it is. */
export const newIdentitySecret = (): string => `kis_${randomBytes(32).toString('base64url')}`;

/** What the company's server computes for a visitor id (shown in the docs and the admin app in several languages). */
export const signIdentity = (secret: string, id: string): string => createHmac('sha256', secret).update(id, 'utf8').digest('hex');

export function isIdentitySignatureValid(secret: string, id: string, signature: string): boolean {
  const expected = Buffer.from(signIdentity(secret, id), 'hex');
  const given = /^[0-9a-fA-F]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : null;
  return given !== null && timingSafeEqual(expected, given);
}

export interface ToldIdentity {
  id: string;
  attributes?: Record<string, string | number | boolean>;
  signature?: string;
}

export interface IdentityRules {
  identitySecret: string | null;
  requireVerifiedIdentity: boolean;
}

/** The identity as stored on the response: without the signature, marked verified or not. */
export interface StoredIdentity {
  id: string;
  attributes?: Record<string, string | number | boolean>;
  isVerified: boolean;
}

/**
 * What to keep of the identity a response brings. Without a secret it is kept as told, marked
 * unverified. With one, a valid signature marks it verified; an invalid or missing one keeps it
 * unverified, or, when the workspace requires verification, drops it (the answers stay, anonymous).
 */
export function resolveIdentity(told: ToldIdentity, rules: IdentityRules): StoredIdentity | null {
  const { signature, ...identity } = told;
  const isVerified = rules.identitySecret !== null && signature !== undefined && isIdentitySignatureValid(rules.identitySecret, told.id, signature);
  if (!isVerified && rules.identitySecret !== null && rules.requireVerifiedIdentity) return null;
  return { ...identity, isVerified };
}
