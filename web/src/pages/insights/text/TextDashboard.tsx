import { getTextOverview, listTextComments } from '../../../api/textInsights.js';
import type { Topic } from '../../../api/textInsights.js';
import type { SurveySummary } from '../../../api/surveys.js';
import { Alert } from '../../../components/Alert.js';
import { LoadError } from '../../../components/LoadError.js';
import { Loading } from '../../../components/Loading.js';
import { useLoad } from '../../../hooks/useLoad.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useInsightsLoad } from '../useInsightsLoad.js';
import { intervalFor } from '../insightsQuery.js';
import type { Period } from '../periods.js';
import { useDimensionLabels } from '../useDimensionLabels.js';
import type { DimensionLabels } from '../useDimensionLabels.js';
import { ComplaintsSection } from './ComplaintsSection.js';
import { FeatureRequestsSection } from './FeatureRequestsSection.js';
import { PhrasesSection } from './PhrasesSection.js';
import { SentimentTrend } from './SentimentTrend.js';
import { TextFilters } from './TextFilters.js';
import { overviewParams, textParams } from './textQuery.js';
import { TextSummary } from './TextSummary.js';
import { commentDimensions, fillTrend } from './textValues.js';
import { useTextView } from './TextViewContext.js';
import { TopicsSection } from './TopicsSection.js';

interface TextDashboardProps {
  surveys: readonly SurveySummary[];
  topics: readonly Topic[];
  onTopicsChanged: () => void;
}

/** What customers say over a period: the summary, the sentiment trend, topics, phrases, complaints and feature requests. */
export function TextDashboard({ surveys, topics, onTopicsChanged }: TextDashboardProps) {
  const { t } = useI18n();
  const { view } = useTextView();
  const labels = useDimensionLabels([]);
  return (
    <>
      <TextFilters surveys={surveys} topics={topics} labels={labels} hasInterval />
      {view.period ? <DashboardBody period={view.period} surveys={surveys} topics={topics} labels={labels} onTopicsChanged={onTopicsChanged} /> : <Alert tone="info">{t('insights.period.fixIt')}</Alert>}
    </>
  );
}

function DashboardBody({ period, surveys, topics, labels, onTopicsChanged }: TextDashboardProps & { period: Period; labels: DimensionLabels }) {
  const { workspaceId, view, analysisKey } = useTextView();
  const { query, setQuery } = view;
  const params = overviewParams(query, period);
  const overview = useInsightsLoad(`text-overview:${workspaceId}:${JSON.stringify(params)}:${analysisKey}`, () => getTextOverview(workspaceId, params), view.query.surveys, 'comments');
  // The attributes and fields comments carry, for grouping complaints and valuing requests: read from a sample of the period's comments.
  const sample = useLoad(`text-dimensions:${workspaceId}:${period.from}:${period.to}`, () => listTextComments(workspaceId, { from: period.from, to: period.to }, { limit: 200 }));
  const dimensions = commentDimensions(sample.data?.items ?? []);

  if (overview.error !== null && !overview.data) return <LoadError error={overview.error} onRetry={overview.reload} />;
  if (!overview.data) return <Loading />;
  const data = overview.data;
  const phraseTexts = new Map([...data.phrases, ...data.emerging].map((phrase) => [phrase.key, phrase.text]));
  const interval = intervalFor(query.interval, period);

  return (
    <div className="stack" aria-busy={overview.isLoading}>
      <TextSummary summary={data.summary} />
      <SentimentTrend trend={fillTrend(data.trend, { from: data.from, to: data.to }, interval)} interval={interval} isTable={query.isTable} onToggle={(isTable) => setQuery({ ...query, isTable })} />
      <TopicsSection topics={data.topics} />
      <PhrasesSection kind="found" phrases={data.phrases} topics={topics} phraseTexts={phraseTexts} onTopicsChanged={onTopicsChanged} />
      <PhrasesSection kind="emerging" phrases={data.emerging} topics={topics} phraseTexts={phraseTexts} onTopicsChanged={onTopicsChanged} />
      <ComplaintsSection params={textParams(query, period)} surveys={surveys} labels={labels} dimensions={dimensions.groups} />
      <FeatureRequestsSection params={textParams(query, period)} labels={labels} numeric={dimensions.numeric} />
    </div>
  );
}
