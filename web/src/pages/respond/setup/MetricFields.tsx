import { SelectField } from '../../../components/SelectField.js';
import { TextField } from '../../../components/TextField.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { humanize, parseDimension } from '../../insights/dimensions.js';
import type { RuleForm } from './ruleForm.js';

interface MetricFieldsProps {
  form: RuleForm;
  /** The segments the workspace keeps for breakdowns (`contact.plan`, `hidden.store`). */
  segments: readonly string[];
  errorFor: (path: string) => string | undefined;
  onChange: (changes: Partial<RuleForm>) => void;
}

/** A metric rule's condition: which number, of whom, over how many days, and when it is bad news. */
export function MetricFields({ form, segments, errorFor, onChange }: MetricFieldsProps) {
  const { t } = useI18n();
  const dimensions = ['channel', 'language', ...segments];
  const current = form.segmentDimension;
  const dimensionLabel = (dimension: string) => {
    const parsed = parseDimension(dimension);
    if (parsed?.kind === 'channel') return t('respond.setup.field.channel');
    if (parsed?.kind === 'language') return t('respond.setup.field.language');
    return parsed && 'name' in parsed ? `${humanize(parsed.name)} (${dimension})` : dimension;
  };
  const floor = form.metric === 'nps' ? -100 : 0;

  return (
    <fieldset className="rule-section">
      <legend>{t('respond.setup.rules.when')}</legend>
      {errorFor('condition') && <p className="field-error">{errorFor('condition')}</p>}
      <div className="rule-grid">
        <SelectField
          label={t('respond.setup.rules.metric')}
          value={form.metric}
          options={[
            { value: 'nps', label: t('respond.setup.rules.metric.nps') },
            { value: 'csat', label: t('respond.setup.rules.metric.csat') },
          ]}
          onValueChange={(value) => onChange({ metric: value === 'csat' ? 'csat' : 'nps' })}
          error={errorFor('condition.metric')}
        />
        <TextField
          label={t('respond.setup.rules.windowDays')}
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          value={form.windowDays}
          onValueChange={(windowDays) => onChange({ windowDays })}
          error={errorFor('condition.windowDays')}
        />
        <SelectField
          label={t('respond.setup.rules.segment')}
          value={current}
          options={[
            { value: '', label: t('respond.setup.rules.segment.none') },
            ...(current && !dimensions.includes(current) ? [{ value: current, label: current }] : []),
            ...dimensions.map((d) => ({ value: d, label: dimensionLabel(d) })),
          ]}
          onValueChange={(segmentDimension) => onChange({ segmentDimension, ...(segmentDimension ? {} : { segmentValue: '' }) })}
          error={errorFor('condition.segment.dimension') ?? errorFor('condition.segment')}
        />
        {current && (
          <TextField
            label={t('respond.setup.rules.segmentValue')}
            placeholder={current === 'channel' ? 'email' : current === 'language' ? 'fi' : ''}
            value={form.segmentValue}
            onValueChange={(segmentValue) => onChange({ segmentValue })}
            spellCheck={false}
            autoComplete="off"
            error={errorFor('condition.segment.value')}
          />
        )}
        <TextField
          label={t('respond.setup.rules.below')}
          hint={t(form.metric === 'nps' ? 'respond.setup.rules.belowHintNps' : 'respond.setup.rules.belowHintCsat')}
          type="number"
          inputMode="decimal"
          min={floor}
          max={100}
          value={form.below}
          onValueChange={(below) => onChange({ below })}
          error={errorFor('condition.below')}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={form.significantDrop} onChange={(event) => onChange({ significantDrop: event.target.checked })} />
        {t('respond.setup.rules.significantDrop')}
      </label>
      <p className="field-hint">{t('respond.setup.rules.metricHint')}</p>
    </fieldset>
  );
}
