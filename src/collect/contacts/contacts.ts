import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findContactByKeys, insertContact, updateContact, type ContactInput as StoreInput, type ContactRow } from './store.js';

/** A contact as the API and CSV imports take it: who it is (external id or email), and what is known about them. */
export const ContactFields = z
  .object({
    externalId: z.string().trim().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' }),
    email: z.string().trim().max(320).pipe(z.email({ error: 'must be an email address' })),
    name: z.string().trim().max(200, { error: 'must be at most 200 characters' }),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as fi' }),
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
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Creates a contact; refuses one whose external id or email another contact already has. */
export async function createContact(db: Db, workspaceId: string, input: ContactFields) {
  requireKey(input);
  await refuseTaken(db, workspaceId, input, null);
  return insertContact(db, workspaceId, input as StoreInput);
}

export async function changeContact(db: Db, workspaceId: string, contactId: string, input: ContactFields) {
  await refuseTaken(db, workspaceId, input, contactId);
  const row = await updateContact(db, workspaceId, contactId, input);
  if (!row) throw new AppError('not_found', 'The contact was not found.');
  if (!row.externalId && !row.email) throw new AppError('invalid_input', 'A contact needs an external id or an email.', { errors: [{ path: 'body', problem: 'needs an externalId or an email' }] });
  return row;
}

function requireKey(input: ContactFields) {
  if (!input.externalId && !input.email) throw new AppError('invalid_input', 'A contact needs an external id or an email.', { errors: [{ path: 'body', problem: 'needs an externalId or an email to know who it is' }] });
}

async function refuseTaken(db: Db, workspaceId: string, input: ContactFields, selfId: string | null) {
  for (const key of ['externalId', 'email'] as const) {
    if (!input[key]) continue;
    const holder = await findContactByKeys(db, workspaceId, { [key]: input[key] });
    if (holder && holder.id !== selfId) throw new AppError('conflict', `Another contact already has this ${key === 'email' ? 'email' : 'external id'}.`, { errors: [{ path: `body.${key}`, problem: 'is taken by another contact' }] });
  }
}
