import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import argon2 from 'argon2';

/** A fresh random token, URL-safe, with 256 bits of entropy. */
export const newToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Tokens are long and random, so a fast hash is enough; only the hash is stored. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

export const equalSecrets = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

// OWASP's argon2id recommendation (m=19 MiB, t=2, p=1): strong, and under 50 ms on a small server.
const argonOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, argonOptions);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when the account does not exist keeps the timing the same as a wrong password. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = (): Promise<string> => (dummyHash ??= hashPassword(newToken()));
