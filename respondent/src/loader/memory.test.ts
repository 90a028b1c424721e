import { describe, expect, it } from 'vitest';
import { createMemory, identityKey, memoryKey } from './memory.js';

const day = 24 * 60 * 60 * 1000;

/** localStorage in a Map, and a clock the test moves. */
function fakeBrowser(start = Date.UTC(2026, 10, 23, 12)) {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  let time = start;
  return { items, storage, now: () => time, advance: (ms: number) => void (time += ms) };
}

const survey = (surveyId: string, samplePercent = 100, recontactDays = 30) => ({ surveyId, samplePercent, recontactDays });

describe('sampling', () => {
  it('decides once per visitor and survey, and keeps the decision', () => {
    const browser = fakeBrowser();
    const rolls = [0.3, 0.9];
    const random = () => rolls.shift() ?? 0;
    const memory = createMemory('ws1', { ...browser, random });
    expect(memory.isSampledIn(survey('a', 50))).toBe(true); // rolled 30
    expect(memory.isSampledIn(survey('b', 50))).toBe(false); // rolled 90
    // Later page views draw nothing new: the same visitor stays in or out.
    const later = createMemory('ws1', { ...browser, random: () => 0 });
    expect(later.isSampledIn(survey('a', 50))).toBe(true);
    expect(later.isSampledIn(survey('b', 50))).toBe(false);
    // Raising the share takes in those whose roll is now below it, and nobody else changes.
    expect(later.isSampledIn(survey('b', 95))).toBe(true);
    expect(JSON.parse(browser.items.get(memoryKey('ws1'))!).rolls).toEqual({ a: 30, b: 90 });
  });

  it('never samples at 0% and always at 100%', () => {
    for (const roll of [0, 0.5, 0.999999]) {
      const memory = createMemory('ws1', { ...fakeBrowser(), random: () => roll });
      expect(memory.isSampledIn(survey('a', 0))).toBe(false);
      expect(memory.isSampledIn(survey('a', 100))).toBe(true);
    }
  });

  it('draws again when the kept roll is unreadable', () => {
    const browser = fakeBrowser();
    browser.items.set(memoryKey('ws1'), JSON.stringify({ rolls: { a: 'x' }, seen: {} }));
    expect(createMemory('ws1', { ...browser, random: () => 0.1 }).isSampledIn(survey('a', 20))).toBe(true);
    browser.items.set(memoryKey('ws1'), '{not json');
    expect(createMemory('ws1', { ...browser, random: () => 0.9 }).isSampledIn(survey('a', 20))).toBe(false);
  });
});

describe('recontact and cooldown', () => {
  it('does not show a survey again within its recontact days after it was shown, answered or dismissed', () => {
    const browser = fakeBrowser();
    const memory = createMemory('ws1', browser);
    const nps = survey('nps', 100, 30);
    expect(memory.isRested(nps, 0)).toBe(true);
    memory.record('nps', 'shown');
    browser.advance(2 * 60 * 1000);
    memory.record('nps', 'answered');
    browser.advance(30 * day - 1);
    expect(memory.isRested(nps, 0)).toBe(false);
    browser.advance(1);
    expect(memory.isRested(nps, 0)).toBe(true);
    memory.record('nps', 'dismissed');
    browser.advance(29 * day);
    expect(memory.isRested(nps, 0)).toBe(false);
  });

  it('lets a survey with 0 recontact days show again at once', () => {
    const browser = fakeBrowser();
    const memory = createMemory('ws1', browser);
    memory.record('again', 'answered');
    expect(memory.isRested(survey('again', 100, 0), 0)).toBe(true);
  });

  it('keeps every survey of the workspace back for the cooldown after any one was shown', () => {
    const browser = fakeBrowser();
    const memory = createMemory('ws1', browser);
    memory.record('nps', 'shown');
    browser.advance(6 * day);
    expect(memory.isRested(survey('csat', 100, 0), 7)).toBe(false);
    browser.advance(day);
    expect(memory.isRested(survey('csat', 100, 0), 7)).toBe(true);
    // Answering or dismissing starts no cooldown: only showing does.
    memory.record('nps', 'dismissed');
    expect(memory.isRested(survey('csat', 100, 0), 7)).toBe(true);
    // Another workspace on the same site keeps its own.
    memory.record('nps', 'shown');
    expect(createMemory('ws2', browser).isRested(survey('csat', 100, 0), 7)).toBe(true);
  });

  it('counts what another tab recorded', () => {
    const browser = fakeBrowser();
    const here = createMemory('ws1', browser);
    const otherTab = createMemory('ws1', browser);
    otherTab.record('nps', 'shown');
    expect(here.isRested(survey('nps'), 0)).toBe(false);
  });

  it('remembers for the page view when storage refuses', () => {
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    const memory = createMemory('ws1', { storage: refusing, now: () => 0, random: () => 0.5 });
    expect(memory.isSampledIn(survey('a', 60))).toBe(true);
    memory.record('a', 'shown');
    expect(memory.isRested(survey('a'), 0)).toBe(false);
    memory.setIdentity({ id: 'c1', attributes: {} });
    expect(memory.identity()).toEqual({ id: 'c1', attributes: {} });
    const none = createMemory('ws1', { storage: null, now: () => 0 });
    none.record('a', 'shown');
    expect(none.isRested(survey('a'), 0)).toBe(false);
  });
});

describe('identity', () => {
  it('is kept across page views until reset', () => {
    const browser = fakeBrowser();
    createMemory('ws1', browser).setIdentity({ id: 'cust-7', attributes: { plan: 'pro', country: 'FI' } });
    const nextPage = createMemory('ws1', browser);
    expect(nextPage.identity()).toEqual({ id: 'cust-7', attributes: { plan: 'pro', country: 'FI' } });
    nextPage.setIdentity(null);
    expect(nextPage.identity()).toBeNull();
    expect(browser.items.has(identityKey)).toBe(false);
  });

  it('reads a hand-edited identity as the server would take it', () => {
    const browser = fakeBrowser();
    browser.items.set(identityKey, JSON.stringify({ id: 7, attributes: { plan: 'pro', bad: { x: 1 } } }));
    expect(createMemory('ws1', browser).identity()).toEqual({ id: '7', attributes: { plan: 'pro' } });
  });
});
