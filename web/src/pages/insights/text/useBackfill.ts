import { getBackfill, startBackfill } from '../../../api/textInsights.js';
import type { Backfill } from '../../../api/textInsights.js';
import { useLoad } from '../../../hooks/useLoad.js';
import { useQuietRefresh } from '../../../hooks/useQuietRefresh.js';

export interface BackfillState {
  backfill: Backfill | null | undefined;
  /** Looks again, after something started an analysis (a topic saved). */
  watch: () => void;
  /** Analyses the whole history again. */
  start: () => Promise<void>;
  /** The analysis's id and status: what loads numbers again when it changes. */
  key: string;
}

/** The latest analysis of the comment history, followed every second while it runs. */
export function useBackfill(workspaceId: string): BackfillState {
  const loaded = useLoad(`text-backfill:${workspaceId}`, () => getBackfill(workspaceId));
  const backfill = loaded.data;
  useQuietRefresh(backfill?.status === 'running', 1000, loaded.reload);
  return {
    backfill,
    watch: loaded.reload,
    start: async () => {
      loaded.setData(await startBackfill(workspaceId));
    },
    key: backfill ? `${backfill.id}:${backfill.status}` : 'none',
  };
}
