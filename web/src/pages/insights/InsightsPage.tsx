import type { ReactNode } from 'react';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { insightsPath, insightsSettingsPath, insightsTextPath } from '../../router/routes.js';
import type { TextSection } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { InsightsOverview } from './InsightsOverview.js';
import { InsightsSettingsView } from './InsightsSettingsView.js';
import { LiveFeedProvider, LiveStatusBadge } from './LiveFeed.js';
import { SurveyInsightsPage } from './SurveyInsightsPage.js';
import { TextInsightsPage, textSectionNames } from './text/TextInsightsPage.js';
import '../surveys/surveys.css';
import './insights.css';
import './charts.css';
import './results.css';

export type InsightsScreen = { name: 'overview' } | { name: 'survey'; surveyId: string } | { name: 'settings' } | { name: 'text'; section: TextSection };

type RoomSection = 'overview' | 'text' | 'settings';

/** The Insights room: the program overview, what customers write, a survey's dashboard or how numbers are read; dashboards live. */
export function InsightsPage({ workspaceId, screen }: { workspaceId: string; screen: InsightsScreen }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  const canRead = workspace.can('insights.read');

  if (screen.name === 'survey' && canRead) {
    return (
      <LiveFeedProvider workspaceId={workspaceId}>
        <SurveyInsightsPage workspaceId={workspaceId} surveyId={screen.surveyId} />
      </LiveFeedProvider>
    );
  }
  let content: ReactNode;
  if (workspace.error) content = <LoadError error={workspace.error} onRetry={workspace.reload} />;
  else if (!workspace.data) content = <Loading />;
  else if (!canRead) content = <p className="muted">{t('common.noPermission')}</p>;
  else if (screen.name === 'settings') content = <InsightsSettingsView workspaceId={workspaceId} />;
  else if (screen.name === 'text') {
    // The text dashboard and the topics' counts follow comments as they are analysed.
    return (
      <LiveFeedProvider workspaceId={workspaceId}>
        <InsightsRoom workspaceId={workspaceId} current="text" page={screen.section !== 'dashboard' ? t(textSectionNames[screen.section]) : undefined} isLive={screen.section === 'dashboard' || screen.section === 'topics'}>
          <TextInsightsPage workspaceId={workspaceId} section={screen.section} />
        </InsightsRoom>
      </LiveFeedProvider>
    );
  } else {
    return (
      <LiveFeedProvider workspaceId={workspaceId}>
        <InsightsRoom workspaceId={workspaceId} current="overview" isLive>
          <InsightsOverview workspaceId={workspaceId} />
        </InsightsRoom>
      </LiveFeedProvider>
    );
  }
  const current: RoomSection = screen.name === 'settings' ? screen.name : 'overview';
  return (
    <InsightsRoom workspaceId={workspaceId} current={current}>
      {content}
    </InsightsRoom>
  );
}

const sectionTitles = { overview: 'insights.overview', text: 'insights.text.title', settings: 'insights.settings.title' } as const;

/** The room's heading and its sections: Overview, What customers say and Settings; `page` names a page within a section, for the title. */
function InsightsRoom({ workspaceId, current, page, isLive = false, children }: { workspaceId: string; current: RoomSection; page?: string | undefined; isLive?: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  useDocumentTitle([page, current === 'overview' ? '' : t(sectionTitles[current]), t('nav.insights')].filter(Boolean).join(' · '));
  return (
    <>
      <div className="insights-heading">
        <PageHeading eyebrow={workspace.data?.name} lead={t('room.insights.lead')}>
          {t('nav.insights')}
        </PageHeading>
        {isLive && <LiveStatusBadge />}
      </div>
      <nav className="tabs" aria-label={t('insights.sections')}>
        <ul>
          <li>
            <Link href={insightsPath(workspaceId)} aria-current={current === 'overview' ? 'page' : undefined}>
              {t('insights.overview')}
            </Link>
          </li>
          <li>
            <Link href={insightsTextPath(workspaceId)} aria-current={current === 'text' ? 'page' : undefined}>
              {t('insights.text.title')}
            </Link>
          </li>
          <li>
            <Link href={insightsSettingsPath(workspaceId)} aria-current={current === 'settings' ? 'page' : undefined}>
              {t('insights.settings.title')}
            </Link>
          </li>
        </ul>
      </nav>
      {children}
    </>
  );
}
