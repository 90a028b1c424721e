import { AppError } from '../errors/app-error.js';
import { newId } from '../db/ids.js';
import { equalSecrets, hashToken, newToken } from '../auth/secrets.js';

/**
 * An API key reads `kuulo_<key id, 32 hex>_<secret, 43 characters>`. The id finds the row;
 * only a hash of the secret is stored, so the key is shown once, when it is made.
 */
const keyPattern = /^kuulo_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export function mintApiKey(): { id: string; token: string; prefix: string; secretHash: string } {
  const id = newId();
  const hex = id.replaceAll('-', '');
  const secret = newToken(32);
  const token = `kuulo_${hex}_${secret}`;
  return { id, token, prefix: token.slice(0, 22), secretHash: hashToken(secret) };
}

/** Splits a presented key into its id and secret; throws for anything that is not a Kuulo key. */
export function parseApiKey(token: string): { id: string; secret: string } {
  const match = keyPattern.exec(token);
  if (!match) throw new AppError('unauthenticated', 'apiKey.notKuuloKey');
  const hex = match[1]!;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { id, secret: match[2]! };
}

export const isSecretOf = (secret: string, secretHash: string): boolean => equalSecrets(hashToken(secret), secretHash);
