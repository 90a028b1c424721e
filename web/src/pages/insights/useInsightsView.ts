import { useCallback, useMemo } from 'react';
import { useRouter } from '../../router/router.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { readInsightsQuery, resolvePeriod, writeInsightsQuery } from './insightsQuery.js';
import type { InsightsQuery } from './insightsQuery.js';
import { todayIn } from './periods.js';
import type { Period } from './periods.js';

export interface InsightsView {
  query: InsightsQuery;
  /** A new entry in the history, so the back button returns to the view before. */
  setQuery: (next: InsightsQuery) => void;
  /** Today in the workspace's time zone, the end of the presets. */
  today: string;
  timeZone: string;
  /** The days shown, or null while a custom period is incomplete or wrong. */
  period: Period | null;
}

/** The view the address describes, and a way to change it; days in the workspace's time zone. */
export function useInsightsView(): InsightsView {
  const { location, navigate } = useRouter();
  const workspace = useWorkspace();
  const timeZone = workspace.data?.timezone ?? 'UTC';
  const query = useMemo(() => readInsightsQuery(location.search), [location.search]);
  const today = todayIn(timeZone);
  const period = useMemo(() => resolvePeriod(query, today), [query, today]);
  const { pathname } = location;
  const setQuery = useCallback((next: InsightsQuery) => navigate(`${pathname}${writeInsightsQuery(next)}`, { keepScroll: true }), [navigate, pathname]);
  return { query, setQuery, today, timeZone, period };
}
