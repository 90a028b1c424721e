import { describe, expect, it } from 'vitest';
import {
  attributeSummary,
  attributesToRows,
  changedInput,
  contactToFields,
  fieldsToInput,
  importPercent,
  newAttributeRow,
  readSearch,
  rowsToAttributes,
  withoutNulls,
} from './contactForm.js';

describe('attribute rows', () => {
  it('round-trips a map, keeping numbers and yes/no values as they were', () => {
    const attributes = { plan: 'pro', seats: 12, trial: false };
    const rows = attributesToRows(attributes);
    expect(rows.map((r) => [r.key, r.value, r.kind])).toEqual([
      ['plan', 'pro', 'string'],
      ['seats', '12', 'number'],
      ['trial', 'false', 'boolean'],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
    expect(rowsToAttributes(rows)).toEqual({ attributes, problems: new Map() });
  });

  it('keeps a value as text once it no longer fits its old type, and new rows as text', () => {
    const [seats] = attributesToRows({ seats: 12 });
    expect(rowsToAttributes([{ ...seats!, value: 'many' }, newAttributeRow('tier', '3')]).attributes).toEqual({ seats: 'many', tier: '3' });
  });

  it('trims, skips blank rows and reports a value without a key or a key used twice', () => {
    const rows = [newAttributeRow(' plan ', ' pro '), newAttributeRow('', ''), newAttributeRow('', 'orphan'), newAttributeRow('plan', 'basic'), newAttributeRow('Plan B', 'x')];
    const { attributes, problems } = rowsToAttributes(rows);
    expect(attributes).toEqual({ plan: 'pro' });
    expect([...problems]).toEqual([
      [2, 'emptyKey'],
      [3, 'duplicateKey'],
      [4, 'badKey'],
    ]);
  });
});

describe('contact fields', () => {
  const contact = {
    id: 'c1',
    externalId: 'crm-1',
    email: null,
    name: 'Äijä Öljynen',
    language: 'fi',
    attributes: { plan: 'pro' },
    unsubscribedAt: null,
    emailStatus: null,
    emailStatusReason: null,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  };

  it('turns blanks into null for an edit and leaves them out for a new contact', () => {
    const fields = contactToFields(contact);
    expect(fields.email).toBe('');
    const input = fieldsToInput({ ...fields, name: '  ' }, { plan: 'pro' });
    expect(input).toEqual({ externalId: 'crm-1', email: null, name: null, language: 'fi', attributes: { plan: 'pro' } });
    expect(withoutNulls(input)).toEqual({ externalId: 'crm-1', language: 'fi', attributes: { plan: 'pro' } });
  });

  it('sends only what changed in an edit, a cleared field as null', () => {
    const fields = { ...contactToFields(contact), name: '', email: 'new@example.fi' };
    expect(changedInput(contact, fields, { plan: 'basic' })).toEqual({ email: 'new@example.fi', name: null, attributes: { plan: 'basic' } });
    expect(changedInput(contact, contactToFields(contact), { plan: 'pro' })).toEqual({ attributes: { plan: 'pro' } });
  });

  it('summarises the first few attributes', () => {
    expect(attributeSummary({ a: 1, b: true, c: 'x', d: 'y' })).toEqual({ shown: ['a: 1', 'b: true', 'c: x'], more: 1 });
    expect(attributeSummary({})).toEqual({ shown: [], more: 0 });
  });

  it('reads the search from the address and measures import progress', () => {
    expect(readSearch('?search=%C3%A4+b')).toBe('ä b');
    expect(readSearch('')).toBe('');
    expect(importPercent(0, 0)).toBe(0);
    expect(importPercent(2, 5)).toBe(40);
    expect(importPercent(9, 5)).toBe(100);
  });
});
