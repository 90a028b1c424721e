import { useEffect } from 'react';
import { getSurvey } from '../../api/surveys.js';
import type { SurveyDetail } from '../../api/surveys.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Link } from '../../router/router.js';
import { insightsSurveyPath, roomPath, surveyPath } from '../../router/routes.js';
import type { SurveyTab } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { BuildTab } from './BuildTab.js';
import { DistributeTab } from './DistributeTab.js';
import { FollowUpNotice } from './FollowUpNotice.js';
import { ResponsesTab } from './ResponsesTab.js';
import { StatusBadge } from './StatusBadge.js';
import { useSurveyDraft } from './useSurveyDraft.js';
import './surveys.css';

const tabLabels: Record<SurveyTab, MessageKey> = {
  build: 'surveys.tab.build',
  distribute: 'surveys.tab.distribute',
  responses: 'surveys.tab.responses',
};

/** One survey: build it, share it, read its responses. */
export function SurveyEditorPage({ workspaceId, surveyId, tab }: { workspaceId: string; surveyId: string; tab: SurveyTab }) {
  const { t } = useI18n();
  const survey = useLoad(`survey:${workspaceId}:${surveyId}`, () => getSurvey(workspaceId, surveyId));
  useDocumentTitle(survey.data ? `${survey.data.name} · ${t('nav.collect')}` : t('nav.collect'));

  if (survey.error) {
    return (
      <>
        <Breadcrumb workspaceId={workspaceId} />
        <PageHeading>{t('surveys.editorTitle')}</PageHeading>
        <LoadError error={survey.error} onRetry={survey.reload} />
      </>
    );
  }
  if (!survey.data) return <Loading />;
  // Keyed by survey, so opening another survey starts a fresh draft; tabs share this one.
  return <SurveyEditor key={survey.data.id} workspaceId={workspaceId} initial={survey.data} tab={tab} />;
}

function Breadcrumb({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  return (
    <nav className="breadcrumb" aria-label={t('surveys.breadcrumb')}>
      <Link href={roomPath(workspaceId, 'collect')}>{t('surveys.backToSurveys')}</Link>
    </nav>
  );
}

function SurveyEditor({ workspaceId, initial, tab }: { workspaceId: string; initial: SurveyDetail; tab: SurveyTab }) {
  const { t, formatDateTime } = useI18n();
  const { can } = useWorkspace();
  const draft = useSurveyDraft(workspaceId, initial);
  const { detail, setDetail } = draft;

  // Status and response count move while the editor is open; each tab shows them fresh.
  useEffect(() => {
    let isCurrent = true;
    getSurvey(workspaceId, initial.id).then(
      (fresh) => isCurrent && setDetail(fresh),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [tab, workspaceId, initial.id, setDetail]);
  const tabs = (['build', 'distribute', 'responses'] as const).filter((id) => id !== 'responses' || can('responses.read'));
  const latest = detail.versions.find((v) => v.version === detail.latestVersion);

  return (
    <>
      <Breadcrumb workspaceId={workspaceId} />
      <PageHeading>{draft.name.trim() || detail.name}</PageHeading>
      <div className="survey-meta">
        <StatusBadge status={detail.status} />
        <span className="muted">
          {latest
            ? t('surveys.publishedVersion', { version: latest.version, date: formatDateTime(latest.publishedAt) })
            : t('surveys.neverPublished')}
        </span>
        <span className="muted">{t('surveys.responseCount', { count: detail.responseCount })}</span>
      </div>
      {can('cases.read') && <FollowUpNotice workspaceId={workspaceId} survey={detail} />}
      <nav className="tabs" aria-label={t('surveys.tabs')}>
        <ul>
          {tabs.map((id) => (
            <li key={id}>
              <Link href={surveyPath(workspaceId, detail.id, id)} aria-current={id === tab ? 'page' : undefined}>
                {t(tabLabels[id])}
              </Link>
            </li>
          ))}
          {can('insights.read') && detail.latestVersion !== null && (
            <li>
              <Link href={insightsSurveyPath(workspaceId, detail.id)}>{t('surveys.tab.insights')}</Link>
            </li>
          )}
        </ul>
      </nav>
      {tab === 'build' && <BuildTab workspaceId={workspaceId} draft={draft} />}
      {tab === 'distribute' && <DistributeTab workspaceId={workspaceId} detail={detail} onChange={draft.setDetail} />}
      {tab === 'responses' && (can('responses.read') ? <ResponsesTab workspaceId={workspaceId} survey={detail} definition={draft.definition} /> : <p className="muted">{t('common.noPermission')}</p>)}
    </>
  );
}
