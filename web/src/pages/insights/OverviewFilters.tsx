import type { BreakdownValues } from '../../api/insights.js';
import type { SurveySummary } from '../../api/surveys.js';
import type { Topic } from '../../api/textInsights.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CommentFilterFields } from './CommentFilterFields.js';
import { FilterFields, offeredDimensions } from './FilterFields.js';
import { InsightsFiltersForm } from './InsightsFiltersForm.js';
import { canBreakDownBy, defaultQuery, splitFilter, withBreakdown, writeInsightsQuery } from './insightsQuery.js';
import { IntervalField } from './IntervalField.js';
import { PeriodFields } from './PeriodFields.js';
import { SurveyPicker } from './SurveyPicker.js';
import type { DimensionLabels } from './useDimensionLabels.js';
import type { InsightsView } from './useInsightsView.js';

interface OverviewFiltersProps {
  view: InsightsView;
  surveys: readonly SurveySummary[];
  values: BreakdownValues | undefined;
  labels: DimensionLabels;
  topics: readonly Topic[] | undefined;
}

/** The overview's controls; every change goes to the address, which the dashboard reads. */
export function OverviewFilters({ view, surveys, values, labels, topics }: OverviewFiltersProps) {
  const { t } = useI18n();
  const { query, setQuery } = view;
  const filtered = splitFilter(query.filter)?.dimension;
  const isChanged = writeInsightsQuery({ ...query, metric: defaultQuery.metric, isTable: false }) !== '';

  return (
    <InsightsFiltersForm canReset={isChanged} onReset={() => setQuery({ ...defaultQuery, metric: query.metric, isTable: query.isTable })}>
      <PeriodFields view={view} />
      <IntervalField view={view} />
      <SurveyPicker surveys={surveys} chosen={query.surveys} onChange={(ids) => setQuery({ ...query, surveys: ids })} />
      <FilterFields view={view} values={values} labels={labels} />
      <SelectField
        label={t('insights.breakdown.label')}
        value={query.breakdown}
        options={[
          { value: '', label: t('insights.breakdown.none') },
          ...offeredDimensions(values, query.breakdown, filtered ?? '').map((d) => ({ value: d, label: labels.dimension(d), disabled: !canBreakDownBy(query.filter, d) })),
        ]}
        onValueChange={(value) => setQuery(withBreakdown(query, value))}
        hint={filtered ? t('insights.breakdown.filteredHint', { dimension: labels.dimension(filtered) }) : undefined}
      />
      <CommentFilterFields view={view} topics={topics} narrows="responses" />
    </InsightsFiltersForm>
  );
}
