import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { conditionOps, newCondition, opHasValue, opIsNumeric } from './distributionForm.js';
import type { ConditionForm, DistributionForm } from './distributionForm.js';
import { opLabels } from './labels.js';

const maxConditions = 20;

interface SegmentFieldsProps {
  form: DistributionForm;
  onChange: (changes: Partial<DistributionForm>) => void;
  errorFor: (path: string) => string | undefined;
}

/** A segment: contacts whose attributes meet all (or any) of the conditions. */
export function SegmentFields({ form, onChange, errorFor }: SegmentFieldsProps) {
  const { t } = useI18n();
  const { conditions } = form;
  const setCondition = (index: number, changes: Partial<ConditionForm>) => onChange({ conditions: conditions.map((c, i) => (i === index ? { ...c, ...changes } : c)) });

  return (
    <div className="segment-fields">
      <SelectField
        className="segment-match"
        label={t('distributions.segment.match')}
        value={form.match}
        options={[
          { value: 'all', label: t('distributions.segment.matchAll') },
          { value: 'any', label: t('distributions.segment.matchAny') },
        ]}
        onValueChange={(value) => onChange({ match: value === 'any' ? 'any' : 'all' })}
      />
      {errorFor('audience.conditions') && <p className="field-error">{errorFor('audience.conditions')}</p>}
      <ol className="segment-conditions">
        {conditions.map((condition, i) => (
          <li key={i}>
            <fieldset className="segment-condition">
              <legend className="visually-hidden">{t('distributions.segment.condition', { n: i + 1 })}</legend>
              <TextField
                label={t('distributions.segment.attribute')}
                value={condition.attribute}
                onValueChange={(attribute) => setCondition(i, { attribute })}
                error={errorFor(`audience.conditions.${i}.attribute`)}
                placeholder="plan"
                autoComplete="off"
              />
              <SelectField
                label={t('distributions.segment.op')}
                value={condition.op}
                options={conditionOps.map((op) => ({ value: op, label: t(opLabels[op]) }))}
                onValueChange={(op) => setCondition(i, { op: op as ConditionForm['op'] })}
                error={errorFor(`audience.conditions.${i}.op`)}
              />
              {opHasValue(condition.op) ? (
                <TextField
                  label={t('distributions.segment.value')}
                  value={condition.value}
                  onValueChange={(value) => setCondition(i, { value })}
                  error={errorFor(`audience.conditions.${i}.value`)}
                  inputMode={opIsNumeric(condition.op) ? 'decimal' : undefined}
                  autoComplete="off"
                />
              ) : (
                <span aria-hidden="true" />
              )}
              <button
                type="button"
                className="button button-danger-quiet button-small segment-remove"
                onClick={() => onChange({ conditions: conditions.filter((_, j) => j !== i) })}
                disabled={conditions.length <= 1}
                aria-label={t('distributions.segment.removeNamed', { n: i + 1 })}
              >
                {t('distributions.contacts.remove')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {conditions.length < maxConditions && (
        <div>
          <button type="button" className="button button-secondary button-small" onClick={() => onChange({ conditions: [...conditions, newCondition()] })}>
            {t('distributions.segment.add')}
          </button>
        </div>
      )}
    </div>
  );
}
