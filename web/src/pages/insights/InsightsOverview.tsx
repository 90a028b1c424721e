import { getBreakdownValues, getMetricOverview, metrics } from '../../api/insights.js';
import type { MetricOverview } from '../../api/insights.js';
import { listSurveys } from '../../api/surveys.js';
import type { SurveySummary } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { BreakdownSection } from './BreakdownSection.js';
import { liveChangeOf, metricParams, surveyPageQuery, writeInsightsQuery } from './insightsQuery.js';
import { MetricCard } from './MetricCard.js';
import { OverviewFilters } from './OverviewFilters.js';
import { RebuildingNotice } from './RebuildingNotice.js';
import type { Period } from './periods.js';
import { SurveyDashboards } from './SurveyDashboards.js';
import { TrendSection } from './TrendSection.js';
import { useDimensionLabels } from './useDimensionLabels.js';
import { useInsightsLoad } from './useInsightsLoad.js';
import { useInsightsView } from './useInsightsView.js';
import type { InsightsView } from './useInsightsView.js';
import { useSurveyDefinitions } from './useSurveyDefinitions.js';
import { useTopics } from '../../hooks/useTopics.js';

/** The program overview: the four metrics, the chosen one's trend and breakdown, and every survey's dashboard. */
export function InsightsOverview({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const view = useInsightsView();
  const { query, period } = view;
  const surveys = useLoad(`insights-surveys:${workspaceId}`, () => listSurveys(workspaceId));
  const periodKey = period ? `${period.from}:${period.to}` : 'none';
  const values = useInsightsLoad(`breakdowns:${workspaceId}:${periodKey}:${query.surveys.join(',')}`, () =>
    period ? getBreakdownValues(workspaceId, { ...period, surveys: query.surveys }) : Promise.resolve(undefined),
  );
  const named = query.surveys.length ? query.surveys : (surveys.data ?? []).filter((s) => s.latestVersion !== null).map((s) => s.id);
  const labels = useDimensionLabels(useSurveyDefinitions(workspaceId, named));
  const topics = useTopics(workspaceId);

  if (surveys.error && !surveys.data) return <LoadError error={surveys.error} onRetry={surveys.reload} />;
  if (!surveys.data) return <Loading />;
  if (!surveys.data.some((s) => s.latestVersion !== null)) {
    return (
      <section className="empty-state" aria-labelledby="insights-empty">
        <h2 id="insights-empty">{t('room.insights.emptyTitle')}</h2>
        <p>{t('insights.emptyBody')}</p>
      </section>
    );
  }

  return (
    <div className="stack insights-overview">
      <OverviewFilters view={view} surveys={surveys.data} values={values.data} labels={labels} topics={topics} />
      {period ? <Dashboard workspaceId={workspaceId} view={view} period={period} surveys={surveys.data} labels={labels} /> : <Alert tone="info">{t('insights.period.fixIt')}</Alert>}
    </div>
  );
}

interface DashboardProps {
  workspaceId: string;
  view: InsightsView;
  period: Period;
  surveys: readonly SurveySummary[];
  labels: ReturnType<typeof useDimensionLabels>;
}

function Dashboard({ workspaceId, view, period, surveys, labels }: DashboardProps) {
  const { t } = useI18n();
  const { query, setQuery } = view;
  const cardParams = metricParams(query, period, false);
  const detailParams = metricParams(query, period, true);
  // The cards do not depend on the chosen metric or breakdown, so choosing one asks for one number set only.
  const cards = useInsightsLoad(
    `metric-cards:${workspaceId}:${JSON.stringify(cardParams)}`,
    async () => (await Promise.allSettled(metrics.map((m) => getMetricOverview(workspaceId, m, cardParams)))).map((r) => (r.status === 'fulfilled' ? (r.value as MetricOverview) : null)),
    query.surveys,
    liveChangeOf(query),
  );
  const detail = useInsightsLoad(`metric-detail:${workspaceId}:${query.metric}:${JSON.stringify(detailParams)}`, () => getMetricOverview(workspaceId, query.metric, detailParams), query.surveys, liveChangeOf(query));

  return (
    <div className="stack" aria-busy={cards.isLoading || detail.isLoading}>
      {detail.data?.isRebuilding && <RebuildingNotice timeZone={detail.data.timeZone} />}
      <section aria-labelledby="metrics-title">
        <h2 id="metrics-title" className="visually-hidden">
          {t('insights.metrics')}
        </h2>
        <ul className="metric-cards">
          {metrics.map((metric, i) => (
            <MetricCard
              key={metric}
              metric={metric}
              overview={cards.data?.[i] ?? undefined}
              hasFailed={!!cards.error || cards.data?.[i] === null}
              isSelected={metric === query.metric}
              onSelect={() => setQuery({ ...query, metric })}
            />
          ))}
        </ul>
      </section>
      {detail.error !== null && !detail.isLoading && <LoadError error={detail.error} onRetry={detail.reload} />}
      {detail.data ? <TrendSection overview={detail.data} isTable={query.isTable} onToggle={(isTable) => setQuery({ ...query, isTable })} /> : !detail.error && <Loading />}
      <BreakdownSection overview={detail.data} labels={labels} filter={query.filter} />
      <SurveyDashboards workspaceId={workspaceId} surveys={surveys} search={writeInsightsQuery(surveyPageQuery(query))} />
    </div>
  );
}
