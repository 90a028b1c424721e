import { describe, expect, it } from 'vitest';
import { cleanIdentity, isExitIntent, pageMatches, pageRuleHolds, scrolledPercent, targetingHolds, targetRuleHolds, whenFires, type PageRule, type TargetRule } from './rules.js';

const at = (href: string) => new URL(href);

describe('page rules', () => {
  const page = 'https://shop.example/checkout/done?order=42#top';

  it('matches contains, exact, starts_with and regex on the address', () => {
    const holds = (rule: PageRule, href = page) => pageRuleHolds(rule, at(href));
    expect(holds({ match: 'contains', value: '/checkout' })).toBe(true);
    expect(holds({ match: 'contains', value: 'order=42' })).toBe(true);
    expect(holds({ match: 'contains', value: '#top' })).toBe(false); // the fragment is not part of the page
    expect(holds({ match: 'contains', value: '/cart' })).toBe(false);

    expect(holds({ match: 'exact', value: 'https://shop.example/checkout/done?order=42' })).toBe(true);
    expect(holds({ match: 'exact', value: 'https://shop.example/checkout/done' })).toBe(false);
    expect(holds({ match: 'exact', value: '/checkout/done' })).toBe(true); // a path compares with the path only
    expect(holds({ match: 'exact', value: '/checkout/done/' })).toBe(true); // one trailing slash is the same page
    expect(holds({ match: 'exact', value: '/checkout' })).toBe(false);
    expect(holds({ match: 'exact', value: '/' }, 'https://shop.example/?utm=x')).toBe(true);
    expect(holds({ match: 'exact', value: '/' })).toBe(false);

    expect(holds({ match: 'starts_with', value: '/checkout' })).toBe(true);
    expect(holds({ match: 'starts_with', value: 'https://shop.example/check' })).toBe(true);
    expect(holds({ match: 'starts_with', value: 'https://other.example/' })).toBe(false);
    expect(holds({ match: 'starts_with', value: '/done' })).toBe(false);

    expect(holds({ match: 'regex', value: '/checkout/(done|thanks)' })).toBe(true);
    expect(holds({ match: 'regex', value: '^https://shop\\.example/cart' })).toBe(false);
  });

  it('treats a broken pattern or an unknown kind of rule as no match', () => {
    expect(pageRuleHolds({ match: 'regex', value: '([' }, at(page))).toBe(false);
    expect(pageRuleHolds({ match: 'glob' as PageRule['match'], value: '*' }, at(page))).toBe(false);
  });

  it('takes no rules as every page, and any one rule as enough', () => {
    expect(pageMatches([], at(page))).toBe(true);
    expect(pageMatches([{ match: 'contains', value: '/cart' }, { match: 'starts_with', value: '/checkout' }], at(page))).toBe(true);
    expect(pageMatches([{ match: 'contains', value: '/cart' }], at(page))).toBe(false);
  });
});

describe('targeting', () => {
  const attributes = { plan: 'pro', country: 'FI', seats: 12, trial: false, score: '7' };
  const holds = (rule: TargetRule) => targetRuleHolds(rule, attributes);

  it('compares eq and neq as text', () => {
    expect(holds({ attribute: 'plan', op: 'eq', value: 'pro' })).toBe(true);
    expect(holds({ attribute: 'plan', op: 'eq', value: 'Pro' })).toBe(false);
    expect(holds({ attribute: 'seats', op: 'eq', value: '12' })).toBe(true);
    expect(holds({ attribute: 'trial', op: 'eq', value: false })).toBe(true);
    expect(holds({ attribute: 'trial', op: 'eq', value: 'false' })).toBe(true);
    expect(holds({ attribute: 'plan', op: 'neq', value: 'free' })).toBe(true);
    expect(holds({ attribute: 'plan', op: 'neq', value: 'pro' })).toBe(false);
  });

  it('compares gt and lt as numbers, and never a non-number', () => {
    expect(holds({ attribute: 'seats', op: 'gt', value: 10 })).toBe(true);
    expect(holds({ attribute: 'seats', op: 'gt', value: 12 })).toBe(false);
    expect(holds({ attribute: 'seats', op: 'lt', value: '20' })).toBe(true);
    expect(holds({ attribute: 'score', op: 'gt', value: 5 })).toBe(true);
    expect(holds({ attribute: 'plan', op: 'gt', value: 1 })).toBe(false);
    expect(holds({ attribute: 'seats', op: 'gt', value: 'many' })).toBe(false);
    expect(holds({ attribute: 'seats', op: 'lt', value: '' })).toBe(false);
    expect(holds({ attribute: 'trial', op: 'lt', value: 1 })).toBe(false);
  });

  it('knows a missing attribute: absent, neq anything, and nothing else', () => {
    const missing = (op: TargetRule['op'], value?: string) => targetRuleHolds({ attribute: 'company', op, value }, attributes);
    expect(missing('absent')).toBe(true);
    expect(missing('present')).toBe(false);
    expect(missing('neq', 'Acme')).toBe(true);
    expect(missing('eq', 'undefined')).toBe(false);
    expect(missing('gt', '0')).toBe(false);
    expect(missing('lt', '0')).toBe(false);
    expect(holds({ attribute: 'plan', op: 'present' })).toBe(true);
    // An attribute named like an Object method is not there unless the site said so.
    expect(targetRuleHolds({ attribute: 'constructor', op: 'present' }, {})).toBe(false);
  });

  it('needs every rule to hold, and takes no rules as everyone, identified or not', () => {
    expect(targetingHolds([], {})).toBe(true);
    expect(targetingHolds([{ attribute: 'plan', op: 'eq', value: 'pro' }, { attribute: 'country', op: 'eq', value: 'FI' }], attributes)).toBe(true);
    expect(targetingHolds([{ attribute: 'plan', op: 'eq', value: 'pro' }, { attribute: 'country', op: 'eq', value: 'SE' }], attributes)).toBe(false);
    expect(targetingHolds([{ attribute: 'plan', op: 'eq', value: 'pro' }], {})).toBe(false);
  });
});

describe('triggers', () => {
  it('fires each kind of "when" on its own signal only', () => {
    expect(whenFires({ type: 'immediately' }, { type: 'ready' })).toBe(true);
    expect(whenFires(undefined, { type: 'ready' })).toBe(true);
    expect(whenFires(undefined, { type: 'event', name: 'x' })).toBe(false);
    expect(whenFires({ type: 'delay', seconds: 10 }, { type: 'time', seconds: 9.9 })).toBe(false);
    expect(whenFires({ type: 'delay', seconds: 10 }, { type: 'time', seconds: 10.01 })).toBe(true);
    expect(whenFires({ type: 'delay', seconds: 10 }, { type: 'ready' })).toBe(false);
    expect(whenFires({ type: 'scroll', percent: 50 }, { type: 'scroll', percent: 49 })).toBe(false);
    expect(whenFires({ type: 'scroll', percent: 50 }, { type: 'scroll', percent: 50 })).toBe(true);
    expect(whenFires({ type: 'exit_intent' }, { type: 'exit' })).toBe(true);
    expect(whenFires({ type: 'exit_intent' }, { type: 'ready' })).toBe(false);
    expect(whenFires({ type: 'event', name: 'checkout_done' }, { type: 'event', name: 'checkout_done' })).toBe(true);
    expect(whenFires({ type: 'event', name: 'checkout_done' }, { type: 'event', name: 'checkout' })).toBe(false);
    expect(whenFires({ type: 'event', name: 'checkout_done' }, { type: 'ready' })).toBe(false);
  });

  it('measures scroll depth as the share of the page seen', () => {
    expect(scrolledPercent({ scrollTop: 0, viewportHeight: 800, pageHeight: 3200 })).toBe(25);
    expect(scrolledPercent({ scrollTop: 2400, viewportHeight: 800, pageHeight: 3200 })).toBe(100);
    expect(scrolledPercent({ scrollTop: 0, viewportHeight: 800, pageHeight: 600 })).toBe(100);
    expect(scrolledPercent({ scrollTop: 5000, viewportHeight: 800, pageHeight: 3200 })).toBe(100); // overscroll
  });

  it('reads exit intent as the mouse leaving the document through the top', () => {
    expect(isExitIntent({ clientY: -3, relatedTarget: null })).toBe(true);
    expect(isExitIntent({ clientY: 0, relatedTarget: null })).toBe(true);
    expect(isExitIntent({ clientY: 400, relatedTarget: null })).toBe(false); // out through a side or the bottom
    expect(isExitIntent({ clientY: -3, relatedTarget: {} })).toBe(false); // onto another element
  });
});

describe('identity', () => {
  it('keeps what the server accepts and leaves out the rest', () => {
    expect(cleanIdentity('cust-7', { plan: 'pro', seats: 3, beta: true, nested: { a: 1 }, 'bad key': 'x', list: [1], nan: Number.NaN, note: 'x'.repeat(600) })).toEqual({
      id: 'cust-7',
      attributes: { plan: 'pro', seats: 3, beta: true, note: 'x'.repeat(500) },
    });
    expect(cleanIdentity(42, undefined)).toEqual({ id: '42', attributes: {} });
    expect(cleanIdentity('', {})).toBeNull();
    expect(cleanIdentity(null, {})).toBeNull();
    expect(cleanIdentity('y'.repeat(300), null)?.id).toHaveLength(200);
  });

  it('keeps a signature only when it looks like one (64 hex digits)', () => {
    const signature = 'ab'.repeat(32);
    expect(cleanIdentity('cust-7', {}, signature)).toEqual({ id: 'cust-7', attributes: {}, signature });
    expect(cleanIdentity('cust-7', {}, 'ab'.repeat(31))).toEqual({ id: 'cust-7', attributes: {} });
    expect(cleanIdentity('cust-7', {}, { signature })).toEqual({ id: 'cust-7', attributes: {} });
  });
});
