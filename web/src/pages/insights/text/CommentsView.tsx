import { listTextComments } from '../../../api/textInsights.js';
import type { CommentPage, TextComment, Topic } from '../../../api/textInsights.js';
import type { SurveySummary } from '../../../api/surveys.js';
import { Alert } from '../../../components/Alert.js';
import { LoadError } from '../../../components/LoadError.js';
import { Loading } from '../../../components/Loading.js';
import { describeError } from '../../../forms/errors.js';
import { usePagedList } from '../../../hooks/usePagedList.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { Period } from '../periods.js';
import { useDimensionLabels } from '../useDimensionLabels.js';
import { CommentItem } from './CommentItem.js';
import { TextFilters } from './TextFilters.js';
import { isNarrowed, textParams } from './textQuery.js';
import { useTextView } from './TextViewContext.js';

const pageSize = 20;

/** The comments behind every number, newest first, a page at a time, filtered as the address says. */
export function CommentsView({ surveys, topics }: { surveys: readonly SurveySummary[]; topics: readonly Topic[] }) {
  const { t } = useI18n();
  const { view } = useTextView();
  const labels = useDimensionLabels([]);
  return (
    <>
      <TextFilters surveys={surveys} topics={topics} labels={labels} />
      {view.period ? <CommentList period={view.period} surveys={surveys} /> : <Alert tone="info">{t('insights.period.fixIt')}</Alert>}
    </>
  );
}

function CommentList({ period, surveys }: { period: Period; surveys: readonly SurveySummary[] }) {
  const { t } = useI18n();
  const { workspaceId, view, analysisKey } = useTextView();
  const params = textParams(view.query, period);
  const list = usePagedList<TextComment, CommentPage>(
    `text-comments:${workspaceId}:${JSON.stringify(params)}:${analysisKey}`,
    (before) => listTextComments(workspaceId, params, { limit: pageSize, before }),
    (page) => page.nextBefore,
  );
  const { first } = list;
  const surveyName = (id: string) => surveys.find((s) => s.id === id)?.name ?? '';

  return (
    <section className="card insights-section" aria-labelledby="text-comments-title">
      <h2 id="text-comments-title">{t('insights.text.comments.title')}</h2>
      {first.data?.isMasked && <Alert tone="info">{t('insights.text.comments.masked')}</Alert>}
      {first.error !== null && !first.data ? (
        <LoadError error={first.error} onRetry={first.reload} />
      ) : !first.data ? (
        <Loading />
      ) : list.items.length === 0 ? (
        <p>{isNarrowed(view.query) ? t('insights.text.comments.noneFiltered') : t('insights.text.comments.none')}</p>
      ) : (
        <>
          <ol className="comment-list text-comment-list" aria-busy={first.isLoading}>
            {list.items.map((comment) => (
              <CommentItem key={comment.id} comment={comment} surveyName={surveyName(comment.surveyId)} />
            ))}
          </ol>
          {list.moreError !== null && <Alert tone="error">{describeError(t, list.moreError)}</Alert>}
          {list.cursor && (
            <div>
              <button type="button" className="button button-secondary" onClick={() => void list.loadMore()} disabled={list.isBusy}>
                {list.isBusy ? t('common.loading') : t('insights.text.comments.more')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
