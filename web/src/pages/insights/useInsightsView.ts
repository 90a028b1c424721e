import { useCallback, useMemo } from 'react';
import { useRouter } from '../../router/router.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { readInsightsQuery, resolvePeriod, writeInsightsQuery } from './insightsQuery.js';
import type { InsightsQuery } from './insightsQuery.js';
import { todayIn } from './periods.js';
import type { Period } from './periods.js';

export interface InsightsView<Q extends InsightsQuery = InsightsQuery> {
  query: Q;
  /**
   * A new entry in the history, so the back button returns to the view before. Fields a view adds
   * to the query (the text views' phrase, words…) survive controls that know only the shared ones.
   */
  setQuery(next: Q): void;
  /** Today in the workspace's time zone, the end of the presets. */
  today: string;
  timeZone: string;
  /** The days shown, or null while a custom period is incomplete or wrong. */
  period: Period | null;
}

/** How a view's query is read from the address and written back. */
export interface QueryCodec<Q extends InsightsQuery> {
  read: (search: string) => Q;
  write: (query: Q) => string;
}

const insightsCodec: QueryCodec<InsightsQuery> = { read: readInsightsQuery, write: writeInsightsQuery };

/** The view the address describes, and a way to change it; days in the workspace's time zone. */
export function useInsightsView(): InsightsView;
export function useInsightsView<Q extends InsightsQuery>(codec: QueryCodec<Q>): InsightsView<Q>;
export function useInsightsView(codec: QueryCodec<InsightsQuery> = insightsCodec): InsightsView {
  const { location, navigate } = useRouter();
  const workspace = useWorkspace();
  const timeZone = workspace.data?.timezone ?? 'UTC';
  const { read, write } = codec;
  const query = useMemo(() => read(location.search), [read, location.search]);
  const today = todayIn(timeZone);
  const period = useMemo(() => resolvePeriod(query, today), [query, today]);
  const { pathname } = location;
  const setQuery = useCallback((next: InsightsQuery) => navigate(`${pathname}${write(next)}`, { keepScroll: true }), [navigate, pathname, write]);
  return { query, setQuery, today, timeZone, period };
}
