import { useEffect, useRef } from 'react';

/**
 * Calls `refresh` every `everyMs` while the page is visible and `enabled`, and when the page
 * becomes visible again: for lists that other people and rules change (a case queue), without
 * the reader having to reload.
 */
export function useQuietRefresh(enabled: boolean, everyMs: number, refresh: () => void): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    if (!enabled) return;
    const tick = () => {
      if (document.visibilityState === 'visible') latest.current();
    };
    const timer = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [enabled, everyMs]);
}
