import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { getSurvey } from '../../api/surveys.js';
import { useLoad } from '../../hooks/useLoad.js';

/** At most this many surveys are read for the words of answer breakdowns. */
const most = 25;

/**
 * The definitions of some surveys, for naming questions and options in filters and breakdowns. A
 * survey that cannot be read is left out: its questions show by id.
 */
export function useSurveyDefinitions(workspaceId: string, surveyIds: readonly string[]): SurveyDefinition[] {
  const ids = [...new Set(surveyIds)].slice(0, most).sort();
  const loaded = useLoad(`definitions:${workspaceId}:${ids.join(',')}`, async () => {
    const results = await Promise.allSettled(ids.map((id) => getSurvey(workspaceId, id)));
    return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value.definition] : []));
  });
  return loaded.data ?? [];
}
