import { useState } from 'react';
import { useLoad, type Loaded } from './useLoad.js';

export interface PagedList<T, P> {
  /** The first page as loaded (with whatever else its answer carries: counts, transport…). */
  first: Loaded<P>;
  /** The first page's items and every page loaded after it. */
  items: T[];
  /** The cursor of the next page; null when there is none. */
  cursor: string | null;
  /** Whether pages after the first are shown. */
  hasMore: boolean;
  loadMore: () => Promise<void>;
  isBusy: boolean;
  moreError: unknown;
}

/**
 * A list the server hands out a page at a time, newest first: the first page loads when `key`
 * changes (and the pages loaded after it are dropped), `loadMore` appends the next one.
 */
export function usePagedList<T, P extends { items: T[] }>(key: string, load: (before: string | null) => Promise<P>, cursorOf: (page: P) => string | null): PagedList<T, P> {
  const first = useLoad(key, () => load(null));
  const [more, setMore] = useState<{ key: string; items: T[]; cursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const extra = more?.key === key ? more : null;
  const items = [...(first.data?.items ?? []), ...(extra?.items ?? [])];
  const cursor = extra ? extra.cursor : first.data ? cursorOf(first.data) : null;

  const loadMore = async () => {
    if (!cursor) return;
    setIsBusy(true);
    setMoreError(null);
    try {
      const page = await load(cursor);
      setMore({ key, items: [...(extra?.items ?? []), ...page.items], cursor: cursorOf(page) });
    } catch (error) {
      setMoreError(error);
    } finally {
      setIsBusy(false);
    }
  };

  return { first, items, cursor, hasMore: extra !== null, loadMore, isBusy, moreError };
}
