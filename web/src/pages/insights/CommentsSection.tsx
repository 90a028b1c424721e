import { listResponses } from '../../api/surveys.js';
import type { SurveyDetail } from '../../api/surveys.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { surveyPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { useResponseLabels } from '../surveys/responseLabels.js';
import { writeFilters } from '../surveys/responseFilters.js';
import { commentFilters, commentsOf, responsesTabFilters } from './comments.js';
import type { InsightsQuery } from './insightsQuery.js';
import type { Period } from './periods.js';
import { useDimensionLabels } from './useDimensionLabels.js';
import { useInsightsLoad } from './useInsightsLoad.js';

/** How many responses are read for comments, and how many comments are shown. */
const responsesRead = 100;
const commentsShown = 20;

interface CommentsProps {
  workspaceId: string;
  survey: SurveyDetail;
  query: InsightsQuery;
  period: Period;
  timeZone: string;
}

/** The latest written answers in the period, newest first, with a way to all of the responses. */
export function CommentsSection({ workspaceId, survey, query, period, timeZone }: CommentsProps) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const canRead = can('responses.read');
  return (
    <section className="card insights-section" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('insights.comments.title')}</h2>
      {canRead ? <CommentList workspaceId={workspaceId} survey={survey} query={query} period={period} timeZone={timeZone} /> : <p className="muted">{t('insights.comments.noPermission')}</p>}
    </section>
  );
}

function CommentList({ workspaceId, survey, query, period, timeZone }: CommentsProps) {
  const { t, formatDateTime } = useI18n();
  const labels = useResponseLabels();
  const words = useDimensionLabels([survey.definition]);
  const { filters, isUnfiltered } = commentFilters(query.filter, period, timeZone);
  const responses = useInsightsLoad(`comments:${workspaceId}:${survey.id}:${JSON.stringify(filters)}`, () => listResponses(workspaceId, survey.id, filters, { limit: responsesRead }), [survey.id]);
  const allResponses = `${surveyPath(workspaceId, survey.id, 'responses')}${writeFilters(responsesTabFilters(query.filter, period))}`;

  if (responses.error !== null && !responses.data) return <LoadError error={responses.error} onRetry={responses.reload} />;
  if (!responses.data) return <Loading />;
  const comments = commentsOf(survey.definition, responses.data.items, commentsShown);
  return (
    <>
      <p className="muted">{t('insights.comments.lead', { count: commentsShown })}</p>
      {isUnfiltered && <p className="muted">{t('insights.comments.unfiltered')}</p>}
      {comments.length === 0 ? (
        <p>{t('insights.comments.none')}</p>
      ) : (
        <ul className="comment-list">
          {comments.map((comment) => (
            <li key={`${comment.responseId}:${comment.questionId}`}>
              <blockquote>{comment.text}</blockquote>
              <p className="muted">
                {words.question(comment.questionId)} · <time dateTime={comment.at}>{formatDateTime(comment.at)}</time> · {labels.channel(comment.channel)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={allResponses}>{t('insights.comments.all')}</Link>
      </p>
    </>
  );
}
