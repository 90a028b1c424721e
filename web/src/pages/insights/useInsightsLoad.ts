import { useLoad } from '../../hooks/useLoad.js';
import type { Loaded } from '../../hooks/useLoad.js';
import { useLiveRefresh, type LiveChange } from './LiveFeed.js';

/**
 * Loads a dashboard's data and loads it again when the live feed says responses arrived to the
 * surveys it shows (all when none are named), or their comments were analysed (`comments`). The
 * numbers on screen stay while the new ones come.
 */
export function useInsightsLoad<T>(key: string, load: () => Promise<T>, surveyIds: readonly string[] = [], change: LiveChange = 'responses'): Loaded<T> {
  const loaded = useLoad(key, load);
  useLiveRefresh(loaded.reload, surveyIds, change);
  return loaded;
}
