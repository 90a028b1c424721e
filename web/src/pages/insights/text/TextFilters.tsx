import { useEffect, useState } from 'react';
import { getBreakdownValues } from '../../../api/insights.js';
import type { Topic } from '../../../api/textInsights.js';
import type { SurveySummary } from '../../../api/surveys.js';
import { TextField } from '../../../components/TextField.js';
import { useLoad } from '../../../hooks/useLoad.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { CommentFilterFields } from '../CommentFilterFields.js';
import { FilterFields } from '../FilterFields.js';
import { InsightsFiltersForm } from '../InsightsFiltersForm.js';
import { IntervalField } from '../IntervalField.js';
import { PeriodFields } from '../PeriodFields.js';
import { SurveyPicker } from '../SurveyPicker.js';
import type { DimensionLabels } from '../useDimensionLabels.js';
import { defaultTextQuery, writeTextQuery } from './textQuery.js';
import { useTextView } from './TextViewContext.js';

interface TextFiltersProps {
  surveys: readonly SurveySummary[];
  topics: readonly Topic[];
  labels: DimensionLabels;
  /** The dashboard's trend interval; the comment list has none. */
  hasInterval?: boolean;
}

/** Which comments a text page reads: the period, surveys, a breakdown value, what the analysis found and words. */
export function TextFilters({ surveys, topics, labels, hasInterval = false }: TextFiltersProps) {
  const { t } = useI18n();
  const { workspaceId, view } = useTextView();
  const { query, setQuery, period } = view;
  const periodKey = period ? `${period.from}:${period.to}` : 'none';
  const values = useLoad(`text-breakdowns:${workspaceId}:${periodKey}:${query.surveys.join(',')}`, () =>
    period ? getBreakdownValues(workspaceId, { ...period, surveys: query.surveys }) : Promise.resolve(undefined),
  );
  // Comments carry no answers to choice questions, so those are not offered.
  const commentValues = values.data && { ...values.data, items: values.data.items.filter((item) => !item.dimension.startsWith('answer.')) };
  const isChanged = writeTextQuery({ ...query, isTable: false, interval: defaultTextQuery.interval, by: defaultTextQuery.by, value: '' }) !== '';

  return (
    <InsightsFiltersForm canReset={isChanged} onReset={() => setQuery({ ...defaultTextQuery, isTable: query.isTable, interval: query.interval, by: query.by, value: query.value })}>
      <PeriodFields view={view} />
      {hasInterval && <IntervalField view={view} />}
      <SurveyPicker surveys={surveys} chosen={query.surveys} onChange={(ids) => setQuery({ ...query, surveys: ids })} />
      <FilterFields view={view} values={commentValues} labels={labels} />
      <CommentFilterFields view={view} topics={topics} narrows="comments">
        <WordsField value={query.q} onChange={(q) => setQuery({ ...query, q })} />
        {query.phrase && (
          <div className="field text-filter-chip">
            <span className="text-filter-label">{t('insights.text.filter.phrase')}</span>
            <button type="button" className="button button-secondary button-small" onClick={() => setQuery({ ...query, phrase: '' })} aria-label={t('insights.text.filter.removePhrase', { phrase: query.phrase })}>
              “{query.phrase}” <span aria-hidden="true">×</span>
            </button>
          </div>
        )}
      </CommentFilterFields>
    </InsightsFiltersForm>
  );
}

/** Words to look for, applied on Enter or on leaving the field rather than on every keystroke. */
function WordsField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const apply = () => {
    const next = text.trim();
    if (next !== value) onChange(next);
  };
  return (
    <TextField
      label={t('insights.text.filter.words')}
      type="search"
      value={text}
      onValueChange={setText}
      onBlur={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply();
      }}
      hint={t('insights.text.filter.wordsHint')}
      maxLength={200}
    />
  );
}
