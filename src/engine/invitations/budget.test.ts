import { describe, expect, it } from 'vitest';
import { checkBudget, limitsFor, budgetLookbackDays, type ContactBudget, type Touch } from './budget.js';

const now = new Date('2026-12-05T12:00:00Z');
const daysAgo = (days: number, priority = 'normal', channel = 'email', surveyName: string | null = 'Q3 NPS'): Touch => ({ at: new Date(now.getTime() - days * 86_400_000), channel, priority, surveyName });
const budget: ContactBudget = {
  isEnabled: true,
  limits: [
    { maxTouches: 1, withinDays: 30 },
    { maxTouches: 4, withinDays: 365 },
  ],
  overrides: [
    { attribute: 'segment', equals: 'key_account', limits: [{ maxTouches: 1, withinDays: 90 }] },
    { attribute: 'vip', equals: true, limits: [] },
  ],
};
const anyone = { attributes: {} };

describe('the contact budget', () => {
  it('allows anyone while it is off, and a first ask when it is on', () => {
    expect(checkBudget({ ...budget, isEnabled: false }, anyone, [daysAgo(1), daysAgo(2)], 'normal', now)).toEqual({ isAllowed: true });
    expect(checkBudget(budget, anyone, [], 'normal', now)).toEqual({ isAllowed: true });
  });

  it('holds back an ask inside a window that is full, saying why and from when', () => {
    const verdict = checkBudget(budget, anyone, [daysAgo(3)], 'normal', now);
    expect(verdict).toMatchObject({ isAllowed: false, limit: { maxTouches: 1, withinDays: 30 }, nextAllowedAt: new Date(now.getTime() + 27 * 86_400_000) });
    expect(verdict.isAllowed || verdict.reason).toBe('contact budget: last asked 3 days ago (email, Q3 NPS); asked 1 time in the last 30 days, the limit is 1');
    expect(checkBudget(budget, anyone, [daysAgo(31)], 'normal', now).isAllowed).toBe(true);
  });

  it('counts the year too: the fifth ask in a year waits until the oldest falls out', () => {
    const touches = [daysAgo(40), daysAgo(100), daysAgo(200), daysAgo(300)];
    const verdict = checkBudget(budget, anyone, touches, 'normal', now);
    expect(verdict.isAllowed).toBe(false);
    if (!verdict.isAllowed) {
      expect(verdict.limit).toEqual({ maxTouches: 4, withinDays: 365 });
      expect(verdict.nextAllowedAt).toEqual(new Date(now.getTime() + 65 * 86_400_000));
    }
  });

  it('lets a higher priority count only asks of its own priority or higher', () => {
    expect(checkBudget(budget, anyone, [daysAgo(2, 'low'), daysAgo(5, 'normal')], 'high', now).isAllowed).toBe(true);
    expect(checkBudget(budget, anyone, [daysAgo(2, 'high')], 'high', now).isAllowed).toBe(false);
    // An ad-hoc poll (low) is held back by every ask.
    expect(checkBudget(budget, anyone, [daysAgo(2, 'high')], 'low', now).isAllowed).toBe(false);
  });

  it('gives contacts with an attribute their own limits; empty limits never hold back', () => {
    const keyAccount = { attributes: { segment: 'key_account' } };
    expect(limitsFor(budget, keyAccount.attributes)).toEqual([{ maxTouches: 1, withinDays: 90 }]);
    expect(checkBudget(budget, keyAccount, [daysAgo(60)], 'normal', now).isAllowed).toBe(false);
    expect(checkBudget(budget, { attributes: { vip: true } }, [daysAgo(0), daysAgo(1), daysAgo(2)], 'normal', now).isAllowed).toBe(true);
    // Attribute values match exactly: "true" as text is not true.
    expect(checkBudget(budget, { attributes: { vip: 'true' } }, [daysAgo(1)], 'normal', now).isAllowed).toBe(false);
  });

  it('never asks a contact whose limit is zero, and ignores touches in the future', () => {
    const never: ContactBudget = { isEnabled: true, limits: [{ maxTouches: 0, withinDays: 365 }], overrides: [] };
    const verdict = checkBudget(never, anyone, [], 'high', now);
    expect(verdict.isAllowed || verdict.reason).toBe('contact budget: is not asked (0 in 365 days)');
    expect(checkBudget(budget, anyone, [{ ...daysAgo(0), at: new Date(now.getTime() + 60_000) }], 'normal', now).isAllowed).toBe(true);
  });

  it('knows how far back touches can matter', () => {
    expect(budgetLookbackDays(budget)).toBe(365);
    expect(budgetLookbackDays({ isEnabled: true, limits: [], overrides: [] })).toBe(0);
  });
});
