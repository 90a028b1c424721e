import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { responseChannels } from '../../api/surveys.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useResponseLabels } from './responseLabels.js';
import { AnswerFilterFields } from './AnswerFilterFields.js';
import { hasFilters, noFilters } from './responseFilters.js';
import type { FilterValues } from './responseFilters.js';

interface ResponseFiltersFormProps {
  values: FilterValues;
  languages: readonly string[];
  definition: SurveyDefinition;
  onChange: (values: FilterValues) => void;
}

/** Filters for the responses table; every change goes to the address, which the table reads. */
export function ResponseFiltersForm({ values, languages, definition, onChange }: ResponseFiltersFormProps) {
  const { t } = useI18n();
  const labels = useResponseLabels();
  const set = <K extends keyof FilterValues>(key: K) => (value: string) => onChange({ ...values, [key]: value });
  const all = { value: '', label: t('surveys.filters.all') };
  const languageOptions = [...new Set([...languages, ...(values.language ? [values.language] : [])])];

  return (
    <form className="response-filters" role="search" aria-label={t('surveys.filters.label')} onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label={t('surveys.responses.state')}
        value={values.state}
        options={[all, { value: 'complete', label: labels.state('complete') }, { value: 'partial', label: labels.state('partial') }]}
        onValueChange={set('state')}
      />
      <SelectField label={t('surveys.responses.channel')} value={values.channel} options={[all, ...responseChannels.map((c) => ({ value: c, label: labels.channel(c) }))]} onValueChange={set('channel')} />
      <SelectField label={t('surveys.responses.language')} value={values.language} options={[all, ...languageOptions.map((l) => ({ value: l, label: labels.language(l) }))]} onValueChange={set('language')} />
      <TextField label={t('surveys.filters.from')} type="date" value={values.from} max={values.to || undefined} onValueChange={set('from')} />
      <TextField label={t('surveys.filters.to')} type="date" value={values.to} min={values.from || undefined} onValueChange={set('to')} />
      <AnswerFilterFields definition={definition} value={values.answer} onChange={set('answer')} />
      {hasFilters(values) && (
        <div className="filters-clear">
          <button type="button" className="button button-secondary button-small" onClick={() => onChange(noFilters)}>
            {t('surveys.filters.clear')}
          </button>
        </div>
      )}
    </form>
  );
}
