import { useState } from 'react';
import { listSurveys } from '../../api/surveys.js';
import { Icon } from '../../components/Icon.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link, useRouter } from '../../router/router.js';
import { surveyPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { NewSurveyDialog } from './NewSurveyDialog.js';
import { StatusBadge } from './StatusBadge.js';
import './surveys.css';

/** The Collect room's surveys, newest first, with a way to start a new one for those who may. */
export function SurveyList({ workspaceId }: { workspaceId: string }) {
  const { t, formatDateTime } = useI18n();
  const { navigate } = useRouter();
  const { can } = useWorkspace();
  const surveys = useLoad(`surveys:${workspaceId}`, () => listSurveys(workspaceId));
  const [isCreating, setIsCreating] = useState(false);
  const canManage = can('surveys.manage');

  const newButton = canManage && (
    <button type="button" className="button button-primary" onClick={() => setIsCreating(true)}>
      {t('surveys.new')}
    </button>
  );

  let content;
  if (surveys.error) content = <LoadError error={surveys.error} onRetry={surveys.reload} />;
  else if (!surveys.data) content = <Loading />;
  else if (surveys.data.length === 0) {
    content = (
      <section className="empty-state empty-state-collect" aria-labelledby="surveys-empty">
        <div className="empty-state-icon" aria-hidden="true">
          <Icon name="collect" />
        </div>
        <h2 id="surveys-empty">{t('room.collect.emptyTitle')}</h2>
        <p>{t('surveys.emptyBody')}</p>
        {newButton && <div>{newButton}</div>}
      </section>
    );
  } else {
    content = (
      <>
        <div className="survey-list-bar">
          <h2 id="surveys-title">{t('surveys.title')}</h2>
          {newButton}
        </div>
        <table className="data-table survey-table" aria-labelledby="surveys-title">
          <thead>
            <tr>
              <th scope="col">{t('surveys.name')}</th>
              <th scope="col">{t('surveys.statusLabel')}</th>
              <th scope="col">{t('surveys.version')}</th>
              <th scope="col" className="numeric">{t('surveys.responses')}</th>
              <th scope="col">{t('surveys.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {surveys.data.map((survey) => (
              <tr key={survey.id}>
                <td data-label={t('surveys.name')}>
                  <Link className="survey-name-link" href={surveyPath(workspaceId, survey.id)}>
                    {survey.name}
                  </Link>
                </td>
                <td data-label={t('surveys.statusLabel')}>
                  <StatusBadge status={survey.status} />
                </td>
                <td data-label={t('surveys.version')}>{survey.latestVersion === null ? t('surveys.notPublished') : `v${survey.latestVersion}`}</td>
                <td data-label={t('surveys.responses')} className="numeric">
                  {survey.responseCount}
                </td>
                <td data-label={t('surveys.updated')}>
                  <time dateTime={survey.updatedAt}>{formatDateTime(survey.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }

  return (
    <>
      {content}
      <NewSurveyDialog
        workspaceId={workspaceId}
        isOpen={isCreating}
        onDismiss={() => setIsCreating(false)}
        onCreated={(survey) => navigate(surveyPath(workspaceId, survey.id))}
      />
    </>
  );
}
