import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findContact, findContactByKeys, insertContact, updateContact, type ContactInput as StoreInput, type ContactRow } from './store.js';

/**
 * A contact as the API and CSV imports take it: who it is (external id or email), and what is known
 * about them. `null` clears a field when changing a contact.
 */
export const ContactFields = z
  .object({
    externalId: z.string().trim().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' }).nullable(),
    email: z.string().trim().max(320).pipe(z.email({ error: 'must be an email address' })).nullable(),
    name: z.string().trim().max(200, { error: 'must be at most 200 characters' }).nullable(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as fi' }).nullable(),
    attributes: z.record(
      z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: 'attribute names are lower_snake_case' }),
      z.union([z.string().max(1000), z.number(), z.boolean()]),
    ),
  })
  .partial()
  .strict();
export type ContactFields = z.infer<typeof ContactFields>;

export const contactView = (row: ContactRow) => ({
  id: row.id,
  externalId: row.externalId,
  email: row.email,
  name: row.name,
  language: row.language,
  attributes: row.attributes as Record<string, string | number | boolean>,
  /** When they unsubscribed from surveys (every channel honours it); null: they have not. */
  unsubscribedAt: row.unsubscribedAt?.toISOString() ?? null,
  /** null: mail is fine; 'bounced' or 'complained': no survey mail goes to the address. */
  emailStatus: row.emailStatus,
  emailStatusReason: row.emailStatusReason,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Creates a contact; refuses one whose external id or email another contact already has. */
export async function createContact(db: Db, workspaceId: string, input: ContactFields) {
  requireKey(input);
  await refuseTaken(db, workspaceId, input, null);
  return insertContact(db, workspaceId, withoutNulls(input));
}

export async function changeContact(db: Db, workspaceId: string, contactId: string, input: ContactFields) {
  return db.transaction(async (tx) => {
    const current = await findContact(tx, workspaceId, contactId);
    if (!current) throw new AppError('not_found', 'contact.notFound');
    requireKey({ externalId: current.externalId, email: current.email, ...input });
    await refuseTaken(tx, workspaceId, input, contactId);
    // A new address has not bounced: the old one's mark goes with it.
    const isNewAddress = input.email !== undefined && (input.email ?? '').toLowerCase() !== (current.email ?? '').toLowerCase();
    return (await updateContact(tx, workspaceId, contactId, isNewAddress ? { ...input, emailStatus: null, emailStatusReason: null } : input))!;
  });
}

function requireKey(input: ContactFields) {
  if (!input.externalId && !input.email) throw new AppError('invalid_input', 'contact.needsId', { errors: [{ path: 'body', key: 'field.needsIdOrEmail' }] });
}

async function refuseTaken(db: Db, workspaceId: string, input: ContactFields, selfId: string | null) {
  for (const key of ['externalId', 'email'] as const) {
    if (!input[key]) continue;
    const holder = await findContactByKeys(db, workspaceId, { [key]: input[key] });
    if (holder && holder.id !== selfId) throw new AppError('conflict', key === 'email' ? 'contact.emailTaken' : 'contact.externalIdTaken', { errors: [{ path: `body.${key}`, key: 'field.takenByAnotherContact' }] });
  }
}

/** Fields as the store takes them for a new or matched contact: a null is simply not known. */
export const withoutNulls = (input: ContactFields): StoreInput =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as StoreInput;
