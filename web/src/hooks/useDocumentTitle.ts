import { useEffect } from 'react';

/** Names the browser tab after the page, so people with many tabs and screen readers know where they are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Kuulo` : 'Kuulo';
  }, [title]);
}
