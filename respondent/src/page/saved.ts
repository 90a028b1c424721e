import type { AnswerValue } from '../../../src/engine/survey/logic.js';

/** A response under way, kept in the browser so a reload resumes where the respondent was. */
export interface SavedProgress {
  state: 'in_progress';
  submissionId: string;
  /** The survey version answered: answers to another version are not resumed. */
  version: number;
  answers: Record<string, AnswerValue>;
  pageIndex: number;
  language: string;
  /** When the survey was first shown (ms since the epoch), for `elapsedMs`. */
  startedAt: number;
}

/** A finished response: only enough to show the end screen again. The answers are gone from the browser. */
export interface SavedCompletion {
  state: 'complete';
  submissionId: string;
  endingId: string | null;
  language: string;
}

export type SavedResponse = SavedProgress | SavedCompletion;

export interface ResponseStore {
  load(): SavedResponse | null;
  save(response: SavedResponse): void;
  clear(): void;
}

/** The localStorage key for one survey's response. */
export const storageKey = (slug: string) => `kuulo.response.${slug}`;

/**
 * Keeps one survey's response in `storage` (localStorage on the page). Storage is a convenience
 * here: when the browser refuses it (private mode, full, disabled) the survey still works, it just
 * does not resume, so failures to read or write are treated as "nothing saved".
 */
export function createResponseStore(slug: string, storage: Storage | null = browserStorage()): ResponseStore {
  const key = storageKey(slug);
  return {
    load() {
      try {
        const raw = storage?.getItem(key);
        return raw ? parseSaved(JSON.parse(raw)) : null;
      } catch {
        return null;
      }
    },
    save(response) {
      try {
        storage?.setItem(key, JSON.stringify(response));
      } catch {
        // Quota or privacy settings: see above.
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Reading localStorage itself throws when cookies are blocked.
  }
}

/** Reads what a browser kept, which may be old, hand-edited or another version's: anything odd is nothing. */
export function parseSaved(value: unknown): SavedResponse | null {
  if (typeof value !== 'object' || value === null) return null;
  const saved = value as Record<string, unknown>;
  if (typeof saved['submissionId'] !== 'string' || typeof saved['language'] !== 'string') return null;
  if (saved['state'] === 'complete') {
    const endingId = typeof saved['endingId'] === 'string' ? saved['endingId'] : null;
    return { state: 'complete', submissionId: saved['submissionId'], endingId, language: saved['language'] };
  }
  const answers = saved['answers'];
  if (saved['state'] !== 'in_progress' || typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
  if (!Number.isInteger(saved['pageIndex']) || !Number.isInteger(saved['version']) || typeof saved['startedAt'] !== 'number') return null;
  return {
    state: 'in_progress',
    submissionId: saved['submissionId'],
    version: saved['version'] as number,
    answers: answers as Record<string, AnswerValue>,
    pageIndex: Math.max(0, saved['pageIndex'] as number),
    language: saved['language'],
    startedAt: saved['startedAt'],
  };
}

/**
 * A new submission id: a random UUID. `crypto.randomUUID` exists only on https and localhost, so
 * elsewhere the same version 4 UUID is built from `getRandomValues`, which exists everywhere.
 */
export function newSubmissionId(random: Crypto = globalThis.crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
