import { listSurveys } from '../api/surveys.js';
import type { SurveySummary } from '../api/surveys.js';
import { useLoad } from './useLoad.js';
import type { Loaded } from './useLoad.js';

/** The workspace's surveys, to choose from beside other data; none when the member may not read them. */
export function useSurveyList(workspaceId: string): Loaded<SurveySummary[]> {
  return useLoad(`surveys:${workspaceId}`, () => listSurveys(workspaceId).catch(() => [] as SurveySummary[]));
}
