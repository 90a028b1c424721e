import type { AttributeValue, Contact, ContactInput } from '../../api/contacts.js';

/** Pure helpers for the contact screens: attribute rows ↔ the attribute map, and the form ↔ the API's shape. */

export interface AttributeRow {
  /** Stable across edits, for React keys and labels. */
  id: string;
  key: string;
  value: string;
  /** The type the value had when loaded, so a number or a yes/no stays one when it is saved unchanged in kind. */
  kind: 'string' | 'number' | 'boolean';
}

export type AttributeProblem = 'emptyKey' | 'duplicateKey' | 'badKey';

/** Attribute names the server accepts: lower_snake_case, starting with a letter. */
const keyPattern = /^[a-z][a-z0-9_]{0,63}$/;

export interface ContactFields {
  externalId: string;
  email: string;
  name: string;
  language: string;
  attributes: AttributeRow[];
}

let nextRowId = 0;

export function newAttributeRow(key = '', value = ''): AttributeRow {
  nextRowId += 1;
  return { id: `attr-${nextRowId}`, key, value, kind: 'string' };
}

export function attributesToRows(attributes: Record<string, AttributeValue>): AttributeRow[] {
  return Object.entries(attributes).map(([key, value]) => ({
    ...newAttributeRow(key, String(value)),
    kind: typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string',
  }));
}

function typedValue(row: AttributeRow): AttributeValue {
  const text = row.value.trim();
  if (row.kind === 'number' && text !== '' && Number.isFinite(Number(text))) return Number(text);
  if (row.kind === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return row.value.trim();
}

/**
 * The attribute map the rows describe. Rows with neither key nor value are skipped;
 * a value without a key, a key not in lower_snake_case or a key used twice is reported by the row's index.
 */
export function rowsToAttributes(rows: readonly AttributeRow[]): { attributes: Record<string, AttributeValue>; problems: Map<number, AttributeProblem> } {
  const attributes: Record<string, AttributeValue> = {};
  const problems = new Map<number, AttributeProblem>();
  rows.forEach((row, index) => {
    const key = row.key.trim();
    if (!key) {
      if (row.value.trim()) problems.set(index, 'emptyKey');
      return;
    }
    if (!keyPattern.test(key)) {
      problems.set(index, 'badKey');
      return;
    }
    if (Object.prototype.hasOwnProperty.call(attributes, key)) {
      problems.set(index, 'duplicateKey');
      return;
    }
    attributes[key] = typedValue(row);
  });
  return { attributes, problems };
}

export function emptyFields(): ContactFields {
  return { externalId: '', email: '', name: '', language: '', attributes: [newAttributeRow()] };
}

export function contactToFields(contact: Contact): ContactFields {
  return {
    externalId: contact.externalId ?? '',
    email: contact.email ?? '',
    name: contact.name ?? '',
    language: contact.language ?? '',
    attributes: attributesToRows(contact.attributes),
  };
}

/** What to send: blank text fields become null (cleared), and the attributes replace the whole map. */
export function fieldsToInput(fields: ContactFields, attributes: Record<string, AttributeValue>): ContactInput {
  const orNull = (value: string) => (value.trim() ? value.trim() : null);
  return {
    externalId: orNull(fields.externalId),
    email: orNull(fields.email),
    name: orNull(fields.name),
    language: orNull(fields.language),
    attributes,
  };
}

/** For a new contact, leave out what was not filled in rather than sending nulls. */
export function withoutNulls(input: ContactInput): ContactInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as ContactInput;
}

/** For an edit: only the fields that changed (a cleared one as null), and always the whole attribute map. */
export function changedInput(before: Contact, fields: ContactFields, attributes: Record<string, AttributeValue>): ContactInput {
  const input = fieldsToInput(fields, attributes);
  const changed: ContactInput = { attributes };
  for (const key of ['externalId', 'email', 'name', 'language'] as const) {
    if (input[key] !== before[key]) changed[key] = input[key] ?? null;
  }
  return changed;
}

/** The first few attributes as `key: value`, for a table cell. */
export function attributeSummary(attributes: Record<string, AttributeValue>, limit = 3): { shown: string[]; more: number } {
  const entries = Object.entries(attributes);
  return { shown: entries.slice(0, limit).map(([key, value]) => `${key}: ${String(value)}`), more: Math.max(0, entries.length - limit) };
}

/** The search text from the address (`?search=`). */
export function readSearch(search: string): string {
  return new URLSearchParams(search).get('search') ?? '';
}

/** How far an import has got, as a whole percentage (0 while the total is unknown). */
export function importPercent(processed: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.round((processed / total) * 100));
}
