import type { SurveySummary } from '../../api/surveys.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { insightsSurveyPath } from '../../router/routes.js';
import { StatusBadge } from '../surveys/StatusBadge.js';

/** Every published survey, each leading to its own dashboard for the same period and filters. */
export function SurveyDashboards({ workspaceId, surveys, search }: { workspaceId: string; surveys: readonly SurveySummary[]; search: string }) {
  const { t } = useI18n();
  const published = surveys.filter((s) => s.latestVersion !== null);
  return (
    <section className="card insights-section" aria-labelledby="survey-dashboards-title">
      <h2 id="survey-dashboards-title">{t('insights.surveyDashboards.title')}</h2>
      {published.length === 0 ? (
        <p className="muted">{t('insights.surveyDashboards.none')}</p>
      ) : (
        <ul className="survey-dashboard-list">
          {published.map((survey) => (
            <li key={survey.id}>
              <Link className="survey-name-link" href={insightsSurveyPath(workspaceId, survey.id, search)}>
                {survey.name}
              </Link>
              <StatusBadge status={survey.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
