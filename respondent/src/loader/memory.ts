import { cleanIdentity, type Identity, type WidgetSurvey } from './rules.js';

/**
 * What the widget remembers about the visitor in the host site's localStorage, under `kuulo.`:
 * each survey's sampling roll, when each survey was last shown, answered or dismissed, when any
 * survey was last shown (the workspace-wide cooldown), and the identity from `kuulo.identify()`.
 * Storage is best effort: when the browser refuses it, the memory lasts for the page view.
 */

const day = 24 * 60 * 60 * 1000;

interface Remembered {
  /** surveyId → a number in [0, 100), drawn once: the visitor is in the sample while it is below the percentage. */
  rolls: Record<string, number>;
  /** surveyId → ms since the epoch the survey was last shown, answered or dismissed. */
  seen: Record<string, number>;
  /** ms since the epoch any survey of the workspace was last shown. */
  lastShown?: number;
}

export type Moment = 'shown' | 'answered' | 'dismissed';

export const memoryKey = (workspaceId: string) => `kuulo.widget.${workspaceId}`;
export const identityKey = 'kuulo.identity';

export interface MemoryOptions {
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  now?: () => number;
  random?: () => number;
}

export function createMemory(workspaceId: string, { storage = browserStorage(), now = Date.now, random = Math.random }: MemoryOptions = {}) {
  const key = memoryKey(workspaceId);
  // The fallback when storage fails, and what was last written.
  let kept: Remembered = { rolls: {}, seen: {} };
  let keptIdentity: Identity | null = null;

  // Read each time, so a survey answered in another tab counts here too.
  const read = (): Remembered => {
    const value = readJson(storage, key) as Partial<Remembered> | null;
    if (!value) return kept;
    return { rolls: objectOr(value.rolls), seen: objectOr(value.seen), ...(typeof value.lastShown === 'number' ? { lastShown: value.lastShown } : {}) };
  };
  const write = (change: (remembered: Remembered) => void) => {
    const remembered = read();
    change(remembered);
    kept = remembered;
    writeJson(storage, key, remembered);
  };

  return {
    /** Whether the visitor is in the survey's sample: decided by a roll made once and kept. */
    isSampledIn(survey: Pick<WidgetSurvey, 'surveyId' | 'samplePercent'>): boolean {
      let roll = read().rolls[survey.surveyId];
      if (typeof roll !== 'number' || !(roll >= 0 && roll < 100)) {
        const drawn = Math.min(99.999, random() * 100);
        write((remembered) => void (remembered.rolls[survey.surveyId] = drawn));
        roll = drawn;
      }
      return roll < survey.samplePercent;
    },

    /** Whether showing the survey now keeps its recontact period and the workspace's cooldown. */
    isRested(survey: Pick<WidgetSurvey, 'surveyId' | 'recontactDays'>, cooldownDays: number): boolean {
      const { seen, lastShown } = read();
      const at = now();
      const last = seen[survey.surveyId];
      if (last !== undefined && at - last < survey.recontactDays * day) return false;
      return lastShown === undefined || at - lastShown >= cooldownDays * day;
    },

    /** Notes that a survey was shown (which also starts the cooldown), answered or dismissed. */
    record(surveyId: string, moment: Moment): void {
      const at = now();
      write((remembered) => {
        remembered.seen[surveyId] = at;
        if (moment === 'shown') remembered.lastShown = at;
      });
    },

    identity(): Identity | null {
      const value = readJson(storage, identityKey) as { id?: unknown; attributes?: unknown; signature?: unknown } | null;
      return value ? cleanIdentity(value.id, value.attributes, value.signature) : keptIdentity;
    },

    /** Keeps who the visitor is for the next pages; null forgets it (`kuulo.reset()`). */
    setIdentity(identity: Identity | null): void {
      keptIdentity = identity;
      if (identity) writeJson(storage, identityKey, identity);
      else {
        try {
          storage?.removeItem(identityKey);
        } catch {
          // As in writeJson.
        }
      }
    },
  };
}

export type Memory = ReturnType<typeof createMemory>;

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Reading localStorage itself throws when the site's storage is blocked.
  }
}

function readJson(storage: MemoryOptions['storage'], key: string): unknown {
  try {
    const raw = storage?.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function writeJson(storage: MemoryOptions['storage'], key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or refused: the page view still remembers.
  }
}

function objectOr<T>(value: unknown): Record<string, T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, T>) : {};
}
