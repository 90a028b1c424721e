import { useEffect, useRef } from 'react';

/**
 * After a client-side navigation, moves focus to the new page's heading, as a
 * full page load would reset it, so keyboard and screen-reader users start at the top.
 */
export function useFocusOnNavigate(pathname: string): void {
  const isFirst = useRef(true);
  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      // A select that navigates (the workspace switcher) keeps focus where the person is.
      if (active instanceof HTMLSelectElement) return;
      const target = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
      target?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
