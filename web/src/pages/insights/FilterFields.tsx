import { useState } from 'react';
import type { BreakdownValues } from '../../api/insights.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { sortDimensions } from './dimensions.js';
import { splitFilter, withFilter } from './insightsQuery.js';
import type { DimensionLabels } from './useDimensionLabels.js';
import type { InsightsView } from './useInsightsView.js';

/** Dimensions always on offer, whatever the period holds. */
const builtIn = ['channel', 'language'];

/** Every dimension worth offering: the built-in ones, those with responses, and those already in the view. */
export function offeredDimensions(values: BreakdownValues | undefined, ...inView: string[]): string[] {
  return sortDimensions([...builtIn, ...(values?.items.map((item) => item.dimension) ?? []), ...inView.filter(Boolean)]);
}

/**
 * One filter, `dimension:value`, chosen in two steps; only a whole pair goes to the address. The
 * values are those responses fall in over the period, most responses first.
 */
export function FilterFields({ view, values, labels }: { view: InsightsView; values: BreakdownValues | undefined; labels: DimensionLabels }) {
  const { t, formatNumber } = useI18n();
  const { query, setQuery } = view;
  const current = splitFilter(query.filter);
  const [pending, setPending] = useState('');
  const dimension = current?.dimension ?? pending;
  const item = values?.items.find((i) => i.dimension === dimension);
  const choices = item?.values ?? [];
  const shownValues = current && !choices.some((c) => c.value === current.value) ? [{ value: current.value, responses: null }, ...choices] : choices;

  const chooseDimension = (next: string) => {
    setPending(next);
    if (query.filter) setQuery(withFilter(query, ''));
  };

  return (
    <>
      <SelectField
        label={t('insights.filter.dimension')}
        value={dimension}
        options={[{ value: '', label: t('insights.filter.none') }, ...offeredDimensions(values, current?.dimension ?? '').map((d) => ({ value: d, label: labels.dimension(d) }))]}
        onValueChange={chooseDimension}
      />
      {dimension && (
        <SelectField
          label={t('insights.filter.value')}
          value={current?.value ?? ''}
          options={[
            { value: '', label: shownValues.length ? t('insights.filter.choose') : t('insights.filter.noValues') },
            ...shownValues.map((v) => ({
              value: v.value,
              label: v.responses === null ? labels.value(dimension, v.value) : t('insights.filter.valueCount', { value: labels.value(dimension, v.value), count: formatNumber(v.responses) }),
            })),
          ]}
          onValueChange={(value) => setQuery(withFilter(query, value ? `${dimension}:${value}` : ''))}
          hint={item?.hasMore ? t('insights.filter.hasMore') : undefined}
        />
      )}
    </>
  );
}
