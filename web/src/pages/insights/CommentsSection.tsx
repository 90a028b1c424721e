import { useMemo } from 'react';
import { listTextComments } from '../../api/textInsights.js';
import type { SurveyDetail } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link, useRouter } from '../../router/router.js';
import { insightsTextPath, surveyPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { writeFilters } from '../surveys/responseFilters.js';
import type { Period } from './periods.js';
import { responsesTabFilters } from './responsesTab.js';
import { CommentItem } from './text/CommentItem.js';
import { isNarrowed, surveyCommentsQuery, textParams, writeTextQuery } from './text/textQuery.js';
import type { TextQuery } from './text/textQuery.js';
import { TextViewProvider } from './text/TextViewContext.js';
import { useInsightsLoad } from './useInsightsLoad.js';
import type { InsightsView } from './useInsightsView.js';
import './text/text.css';

/** How many comments are shown. */
const commentsShown = 20;

interface CommentsProps {
  workspaceId: string;
  survey: SurveyDetail;
  view: InsightsView;
  period: Period;
}

/**
 * The latest comments of the survey in the dashboard's period and filters, newest first, with what
 * the analysis found in each (personal data masked for those who may not read responses), and ways
 * to all of them under What customers say and, for those who may, to the responses.
 */
export function CommentsSection({ workspaceId, survey, view, period }: CommentsProps) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const { navigate } = useRouter();
  const query = useMemo(() => surveyCommentsQuery(view.query, survey.id), [view.query, survey.id]);
  // The comments' own view, so each comment's topics lead to the comments of that topic.
  const textView = useMemo(
    () => ({ ...view, query, setQuery: (next: TextQuery) => navigate(insightsTextPath(workspaceId, 'comments', writeTextQuery(next))) }),
    [view, query, navigate, workspaceId],
  );
  const params = textParams(query, period);
  const comments = useInsightsLoad(`survey-comments:${workspaceId}:${JSON.stringify(params)}`, () => listTextComments(workspaceId, params, { limit: commentsShown }), [survey.id], 'comments');
  const allComments = insightsTextPath(workspaceId, 'comments', writeTextQuery(query));
  const allResponses = `${surveyPath(workspaceId, survey.id, 'responses')}${writeFilters(responsesTabFilters(view.query.filter, period))}`;
  const items = comments.data?.items ?? [];

  return (
    <section className="card insights-section" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('insights.comments.title')}</h2>
      <p className="muted">{t('insights.comments.lead', { count: commentsShown })}</p>
      {query.filter !== view.query.filter && <p className="muted">{t('insights.comments.unfiltered')}</p>}
      {comments.data?.isMasked && <Alert tone="info">{t('insights.text.comments.masked')}</Alert>}
      {comments.error !== null && !comments.data ? (
        <LoadError error={comments.error} onRetry={comments.reload} />
      ) : !comments.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{isNarrowed({ ...query, surveys: [] }) ? t('insights.text.comments.noneFiltered') : t('insights.comments.none')}</p>
      ) : (
        <TextViewProvider value={{ workspaceId, view: textView, canManage: can('insights.manage'), analysisKey: '' }}>
          <ol className="comment-list text-comment-list" aria-busy={comments.isLoading}>
            {items.map((comment) => (
              <CommentItem key={comment.id} comment={comment} surveyName="" />
            ))}
          </ol>
        </TextViewProvider>
      )}
      <p className="comment-links">
        <Link href={allComments}>{t('insights.comments.allComments')}</Link>
        {can('responses.read') && <Link href={allResponses}>{t('insights.comments.all')}</Link>}
      </p>
    </section>
  );
}
