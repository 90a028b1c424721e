/**
 * A fixed-window counter per key, in memory. Enough to slow password guessing on one node;
 * each node of a cluster counts on its own.
 */
export interface RateLimiter {
  /** Counts one attempt; says whether it is allowed and, if not, when to come back. */
  hit(key: string): { isAllowed: boolean; retryAfterSeconds: number };
  reset(key: string): void;
}

export function createRateLimiter({ limit, windowSeconds, now = Date.now }: { limit: number; windowSeconds: number; now?: () => number }): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  const windowMs = windowSeconds * 1000;

  const sweep = (at: number) => {
    for (const [key, window] of windows) if (at - window.startedAt >= windowMs) windows.delete(key);
  };

  return {
    hit(key) {
      const at = now();
      if (windows.size > 10_000) sweep(at);
      let window = windows.get(key);
      if (!window || at - window.startedAt >= windowMs) {
        window = { startedAt: at, count: 0 };
        windows.set(key, window);
      }
      window.count++;
      const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - at) / 1000));
      return { isAllowed: window.count <= limit, retryAfterSeconds };
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
