import { listSurveys } from '../../../api/surveys.js';
import { LoadError } from '../../../components/LoadError.js';
import { Loading } from '../../../components/Loading.js';
import { useLoad } from '../../../hooks/useLoad.js';
import { useTopicList } from '../../../hooks/useTopics.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { MessageKey } from '../../../i18n/messages.js';
import { Link } from '../../../router/router.js';
import { textSections } from '../../../router/routes.js';
import type { TextSection } from '../../../router/routes.js';
import { useWorkspace } from '../../../workspace/WorkspaceProvider.js';
import { useInsightsView } from '../useInsightsView.js';
import { BackfillNotice, BackfillSection } from './BackfillStatus.js';
import { CommentsView } from './CommentsView.js';
import { ModelsView } from './ModelsView.js';
import { TextDashboard } from './TextDashboard.js';
import { textCodec } from './textQuery.js';
import { TextViewProvider, useTextView } from './TextViewContext.js';
import { TopicsView } from './TopicsView.js';
import { useBackfill } from './useBackfill.js';
import './text.css';

export const textSectionNames: Record<TextSection, MessageKey> = {
  dashboard: 'insights.text.section.dashboard',
  comments: 'insights.text.section.comments',
  topics: 'insights.text.section.topics',
  models: 'insights.text.section.models',
};

/** What customers write: a dashboard of the comments, the comments themselves, topics and the sentiment models. */
export function TextInsightsPage({ workspaceId, section }: { workspaceId: string; section: TextSection }) {
  const { can } = useWorkspace();
  const view = useInsightsView(textCodec);
  const analysis = useBackfill(workspaceId);
  const surveys = useLoad(`insights-surveys:${workspaceId}`, () => listSurveys(workspaceId));
  const topics = useTopicList(workspaceId);
  const canManage = can('insights.manage');
  const failed = [surveys, topics].find((loaded) => loaded.error !== null && !loaded.data);
  // Saving a topic starts an analysis of the history: the list loads again and the analysis is followed.
  const topicsChanged = () => {
    topics.reload();
    analysis.watch();
  };

  return (
    <TextViewProvider value={{ workspaceId, view, canManage, analysisKey: analysis.key }}>
      <div className="stack text-insights">
        <TextSections current={section} />
        {section !== 'topics' && <BackfillNotice backfill={analysis.backfill} />}
        {failed ? (
          <LoadError error={failed.error} onRetry={failed.reload} />
        ) : !surveys.data || !topics.data ? (
          <Loading />
        ) : (
          <>
            {section === 'dashboard' && <TextDashboard surveys={surveys.data} topics={topics.data} onTopicsChanged={topicsChanged} />}
            {section === 'comments' && <CommentsView surveys={surveys.data} topics={topics.data} />}
            {section === 'topics' && (
              <>
                <TopicsView topics={topics.data} onChanged={topicsChanged} />
                <BackfillSection backfill={analysis.backfill} canManage={canManage} onStart={analysis.start} />
              </>
            )}
            {section === 'models' && <ModelsView />}
          </>
        )}
      </div>
    </TextViewProvider>
  );
}

/** The text pages, keeping the view's period and filters from one to the next. */
function TextSections({ current }: { current: TextSection }) {
  const { t } = useI18n();
  const { sectionHref } = useTextView();
  return (
    <nav className="subtabs" aria-label={t('insights.text.sections')}>
      <ul>
        {textSections.map((section) => (
          <li key={section}>
            <Link href={sectionHref(section)} aria-current={section === current ? 'page' : undefined}>
              {t(textSectionNames[section])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
