import { getBreakdownValues, getSurveyReport } from '../../api/insights.js';
import { getSurvey } from '../../api/surveys.js';
import type { SurveyDetail } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { insightsPath, surveyPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { CommentFilterFields } from './CommentFilterFields.js';
import { CommentsSection } from './CommentsSection.js';
import { DropOffSection } from './DropOffSection.js';
import { FilterFields } from './FilterFields.js';
import { InsightsFiltersForm } from './InsightsFiltersForm.js';
import { defaultQuery, liveChangeOf, periodParams, surveyPageQuery, writeInsightsQuery } from './insightsQuery.js';
import { LiveStatusBadge } from './LiveFeed.js';
import { PeriodFields } from './PeriodFields.js';
import type { Period } from './periods.js';
import { QuestionResult } from './QuestionResult.js';
import { RebuildingNotice } from './RebuildingNotice.js';
import { ResponseCounts } from './ResponseCounts.js';
import { useDimensionLabels } from './useDimensionLabels.js';
import type { DimensionLabels } from './useDimensionLabels.js';
import { useInsightsLoad } from './useInsightsLoad.js';
import { useInsightsView } from './useInsightsView.js';
import type { InsightsView } from './useInsightsView.js';
import { useTopics } from '../../hooks/useTopics.js';

/** One survey's dashboard: its responses, each question's result in order, and the latest comments; filtered as the overview is. */
export function SurveyInsightsPage({ workspaceId, surveyId }: { workspaceId: string; surveyId: string }) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const view = useInsightsView();
  const { query, period, setQuery } = view;
  const survey = useLoad(`survey:${workspaceId}:${surveyId}`, () => getSurvey(workspaceId, surveyId));
  const periodKey = period ? `${period.from}:${period.to}` : 'none';
  const values = useInsightsLoad(`survey-breakdowns:${workspaceId}:${surveyId}:${periodKey}`, () => (period ? getBreakdownValues(workspaceId, { ...period, surveys: [surveyId] }) : Promise.resolve(undefined)), [surveyId]);
  const labels = useDimensionLabels(survey.data ? [survey.data.definition] : []);
  const topics = useTopics(workspaceId);
  const name = survey.data?.name ?? t('insights.survey.title');
  useDocumentTitle(`${name} · ${t('nav.insights')}`);
  const isChanged = writeInsightsQuery(surveyPageQuery(query)) !== '';

  return (
    <>
      <nav className="breadcrumb" aria-label={t('surveys.breadcrumb')}>
        <Link href={insightsPath(workspaceId, writeInsightsQuery(surveyPageQuery(query)))}>{t('insights.survey.back')}</Link>
      </nav>
      <div className="insights-heading">
        <PageHeading eyebrow={t('nav.insights')}>{name}</PageHeading>
        <LiveStatusBadge />
      </div>
      {survey.data && (
        <p className="survey-meta">
          <Link href={surveyPath(workspaceId, surveyId)}>{t('insights.survey.edit')}</Link>
          {can('responses.read') && <Link href={surveyPath(workspaceId, surveyId, 'responses')}>{t('insights.survey.responses')}</Link>}
        </p>
      )}
      {survey.error !== null && !survey.data ? (
        <LoadError error={survey.error} onRetry={survey.reload} />
      ) : (
        <div className="stack">
          <InsightsFiltersForm canReset={isChanged} onReset={() => setQuery(defaultQuery)}>
            <PeriodFields view={view} />
            <FilterFields view={view} values={values.data} labels={labels} />
            <CommentFilterFields view={view} topics={topics} narrows="responses" />
          </InsightsFiltersForm>
          {!period && <Alert tone="info">{t('insights.period.fixIt')}</Alert>}
          {period && survey.data && <SurveyReportView workspaceId={workspaceId} survey={survey.data} view={view} period={period} labels={labels} />}
          {!survey.data && <Loading />}
        </div>
      )}
    </>
  );
}

interface ReportProps {
  workspaceId: string;
  survey: SurveyDetail;
  view: InsightsView;
  period: Period;
  labels: DimensionLabels;
}

function SurveyReportView({ workspaceId, survey, view, period, labels }: ReportProps) {
  const { t } = useI18n();
  const params = periodParams(view.query, period);
  const report = useInsightsLoad(`survey-report:${workspaceId}:${survey.id}:${JSON.stringify(params)}`, () => getSurveyReport(workspaceId, survey.id, params), [survey.id], liveChangeOf(view.query));

  if (report.error !== null && !report.data) return <LoadError error={report.error} onRetry={report.reload} />;
  if (!report.data) return <Loading />;
  const { questions, responses, minResponses, pages, isRebuilding, timeZone } = report.data;
  return (
    <div className="stack" aria-busy={report.isLoading}>
      {isRebuilding && <RebuildingNotice timeZone={timeZone} />}
      <section className="card insights-section" aria-labelledby="survey-responses-title">
        <h2 id="survey-responses-title">{t('insights.survey.responsesTitle')}</h2>
        <ResponseCounts counts={responses} />
      </section>
      <section className="card insights-section" aria-labelledby="questions-title">
        <h2 id="questions-title">{t('insights.survey.questions')}</h2>
        {questions.length === 0 ? (
          <p className="muted">{t('insights.survey.noQuestions')}</p>
        ) : (
          <ol className="question-results">
            {questions.map((question) => (
              <QuestionResult key={`${question.questionId}:${question.kind}`} question={question} text={labels.question(question.questionId)} definition={survey.definition} minResponses={minResponses} />
            ))}
          </ol>
        )}
      </section>
      <DropOffSection pages={pages} />
      <CommentsSection workspaceId={workspaceId} survey={survey} view={view} period={period} />
    </div>
  );
}
