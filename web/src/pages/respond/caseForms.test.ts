import { describe, expect, it } from 'vitest';
import type { Case, EmpoweredAction } from '../../api/cases.js';
import { actionsFor, changeOf, fieldsOf, limitOf, readAmount, templateLanguages } from './caseForms.js';

const credit: EmpoweredAction = { id: 'credit', label: 'Goodwill credit', description: '', unit: 'EUR', allowedRoles: ['agent', 'manager', 'owner'], maxAmountByRole: { agent: 50, manager: 500 } };
const callBack: EmpoweredAction = { id: 'call', label: 'Call back', description: '', unit: null, allowedRoles: ['manager'], maxAmountByRole: {} };

describe('empowered actions', () => {
  it('offers a role only its actions, with its limit', () => {
    expect(actionsFor([credit, callBack], 'agent').map((a) => a.id)).toEqual(['credit']);
    expect(actionsFor([credit, callBack], null).map((a) => a.id)).toEqual(['credit', 'call']);
    expect(limitOf(credit, 'agent')).toBe(50);
    expect(limitOf(credit, 'owner')).toBeUndefined();
    expect(limitOf(callBack, 'manager')).toBeUndefined();
  });

  it('reads amounts as people type them', () => {
    expect(readAmount('12,5', 50)).toEqual({ amount: 12.5 });
    expect(readAmount(' 50 ', 50)).toEqual({ amount: 50 });
    expect(readAmount('', 50)).toEqual({ problem: 'required' });
    expect(readAmount('ten', 50)).toEqual({ problem: 'number' });
    expect(readAmount('0', 50)).toEqual({ problem: 'positive' });
    expect(readAmount('51', 50)).toEqual({ problem: 'overLimit' });
    expect(readAmount('5000', undefined)).toEqual({ amount: 5000 });
  });
});

describe('changeOf', () => {
  const item = { status: 'new', priority: 'normal', teamId: 't1', ownerUserId: null } as unknown as Case;
  it('sends only what changed, and empty choices as null', () => {
    expect(changeOf(item, fieldsOf(item))).toEqual({});
    expect(changeOf(item, { status: 'waiting_for_customer', priority: 'normal', teamId: '', ownerUserId: 'u1' })).toEqual({ status: 'waiting_for_customer', teamId: null, ownerUserId: 'u1' });
    expect(changeOf(item, { ...fieldsOf(item), priority: 'urgent' })).toEqual({ priority: 'urgent' });
  });
});

describe('templateLanguages', () => {
  it('lists the languages of the body', () => {
    expect(templateLanguages({ id: 'a', name: 'A', subject: { en: 'x', fi: 'y' }, body: { en: 'x', fi: 'y' } })).toEqual(['en', 'fi']);
    expect(templateLanguages(undefined)).toEqual([]);
  });
});
