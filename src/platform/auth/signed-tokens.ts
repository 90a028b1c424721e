import { createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { instanceSecrets } from '../db/schema.js';
import { newToken } from './secrets.js';

/**
 * Compact signed tokens (`<payload>.<signature>`, both base64url; HMAC-SHA256) for links that
 * carry data through a customer's inbox: whoever changes one byte gets a token that no longer verifies.
 */
export function signToken(payload: object, key: Buffer): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

/** The payload of a token this instance signed, or null for anything else. */
export function verifyToken(token: string, key: Buffer): unknown {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length) return null;
  const expected = createHmac('sha256', key).update(body).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

/** The instance's key for a purpose, made on first use and kept in the database, so every node shares it. */
export async function loadInstanceKey(db: Db, name: string): Promise<Buffer> {
  await db.insert(instanceSecrets).values({ name, secret: newToken(32) }).onConflictDoNothing();
  const [row] = await db.select().from(instanceSecrets).where(sql`${instanceSecrets.name} = ${name}`);
  return Buffer.from(row!.secret, 'base64url');
}
