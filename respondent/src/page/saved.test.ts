import { describe, expect, it } from 'vitest';
import { createResponseStore, newSubmissionId, parseSaved, storageKey, type SavedProgress } from './saved.js';

/** localStorage's contract, in memory; `isBroken` makes it throw like a browser with storage blocked. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  isBroken = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    if (this.isBroken) throw new Error('SecurityError');
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.isBroken) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
}

const progress: SavedProgress = {
  state: 'in_progress',
  submissionId: '0b6f4d3c-1d7e-4c55-9a38-7f2a51f0e9a1',
  version: 3,
  answers: { nps: 3, why_low: 'Slow' },
  pageIndex: 1,
  language: 'fi',
  startedAt: 1_700_000_000_000,
};

describe('the response kept in the browser', () => {
  it('is kept per survey under kuulo.response.<slug>', () => {
    const storage = new MemoryStorage();
    createResponseStore('visit2026', storage).save(progress);
    expect(JSON.parse(storage.getItem(storageKey('visit2026'))!)).toEqual(progress);
    expect(storageKey('visit2026')).toBe('kuulo.response.visit2026');
    expect(createResponseStore('other', storage).load()).toBeNull();
    expect(createResponseStore('visit2026', storage).load()).toEqual(progress);
  });

  it('is replaced by a completion that keeps no answers', () => {
    const storage = new MemoryStorage();
    const store = createResponseStore('visit2026', storage);
    store.save(progress);
    store.save({ state: 'complete', submissionId: progress.submissionId, endingId: 'thanks', language: 'fi' });
    expect(store.load()).toEqual({ state: 'complete', submissionId: progress.submissionId, endingId: 'thanks', language: 'fi' });
    expect(storage.getItem(storageKey('visit2026'))).not.toContain('Slow');
    store.clear();
    expect(store.load()).toBeNull();
  });

  it('reads anything odd as nothing saved', () => {
    expect(parseSaved(null)).toBeNull();
    expect(parseSaved('text')).toBeNull();
    expect(parseSaved({ ...progress, answers: [] })).toBeNull();
    expect(parseSaved({ ...progress, pageIndex: 1.5 })).toBeNull();
    expect(parseSaved({ ...progress, state: 'other' })).toBeNull();
    expect(parseSaved({ ...progress, pageIndex: -2 })).toEqual({ ...progress, pageIndex: 0 });
    const storage = new MemoryStorage();
    storage.setItem(storageKey('x'), '{not json');
    expect(createResponseStore('x', storage).load()).toBeNull();
  });

  it('still works, without resuming, when the browser refuses storage', () => {
    const storage = new MemoryStorage();
    storage.isBroken = true;
    const store = createResponseStore('visit2026', storage);
    expect(() => store.save(progress)).not.toThrow();
    expect(store.load()).toBeNull();
    expect(createResponseStore('visit2026', null).load()).toBeNull();
  });
});

describe('newSubmissionId', () => {
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a random UUID', () => {
    expect(newSubmissionId()).toMatch(uuidV4);
    expect(newSubmissionId()).not.toBe(newSubmissionId());
  });

  it('is built from getRandomValues where randomUUID is missing (plain http)', () => {
    const insecure = { getRandomValues: <T extends ArrayBufferView>(array: T) => globalThis.crypto.getRandomValues(array) } as unknown as Crypto;
    expect(newSubmissionId(insecure)).toMatch(uuidV4);
  });
});
