import { listEmailTemplates } from '../../api/emailTemplates.js';
import type { EmailTemplate } from '../../api/emailTemplates.js';
import { listSurveys } from '../../api/surveys.js';
import type { SurveySummary } from '../../api/surveys.js';
import { useLoad } from '../../hooks/useLoad.js';
import type { Loaded } from '../../hooks/useLoad.js';

export interface DistributionLookups {
  surveys: SurveySummary[];
  templates: EmailTemplate[];
}

/** What the distribution pages name by id: the workspace's surveys and its email templates. */
export function useDistributionLookups(workspaceId: string): Loaded<DistributionLookups> {
  return useLoad(`distribution-lookups:${workspaceId}`, async () => {
    const [surveys, templates] = await Promise.all([listSurveys(workspaceId), listEmailTemplates(workspaceId)]);
    return { surveys, templates };
  });
}

/** Surveys a distribution can send: published ones (and the one it already names, whatever it is now). */
export function sendableSurveys(surveys: readonly SurveySummary[], keepId = ''): SurveySummary[] {
  return surveys.filter((survey) => survey.latestVersion !== null || survey.id === keepId);
}
