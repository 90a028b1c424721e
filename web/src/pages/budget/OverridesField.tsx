import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { maxOverrides, newOverride } from './budgetForm.js';
import type { OverrideForm, ValueKind } from './budgetForm.js';
import { LimitsField } from './LimitsField.js';

interface OverridesFieldProps {
  overrides: OverrideForm[];
  errorFor: (path: string) => string | undefined;
  disabled: boolean;
  onChange: (overrides: OverrideForm[]) => void;
}

/** Contacts with one attribute value get limits of their own: key accounts asked less often, some never held back. */
export function OverridesField({ overrides, errorFor, disabled, onChange }: OverridesFieldProps) {
  const { t } = useI18n();
  const set = (index: number, changes: Partial<OverrideForm>) => onChange(overrides.map((o, i) => (i === index ? { ...o, ...changes } : o)));
  const setKind = (index: number, kind: ValueKind) => {
    const equals = overrides[index]!.equals;
    set(index, { kind, equals: kind === 'boolean' ? (equals === 'false' ? 'false' : 'true') : equals });
  };

  return (
    <section className="card stack" aria-labelledby="budget-overrides-title">
      <h2 id="budget-overrides-title">{t('budget.overrides')}</h2>
      <p className="field-hint">{t('budget.overridesHint')}</p>
      {errorFor('budget.overrides') && <p className="field-error">{errorFor('budget.overrides')}</p>}
      {overrides.length === 0 && <p className="muted">{t('budget.noOverrides')}</p>}
      {overrides.map((override, i) => {
        const path = `budget.overrides.${i}`;
        return (
          <fieldset key={i} className="budget-override">
            <legend>{override.attribute.trim() && override.equals.trim() ? t('budget.overrideNamed', { n: i + 1, attribute: override.attribute.trim(), value: override.equals.trim() }) : t('budget.overrideN', { n: i + 1 })}</legend>
            <div className="budget-override-grid">
              <TextField label={t('budget.attribute')} hint={t('budget.attributeHint')} value={override.attribute} maxLength={64} spellCheck={false} autoComplete="off" disabled={disabled} onValueChange={(attribute) => set(i, { attribute })} error={errorFor(`${path}.attribute`)} />
              <SelectField
                label={t('budget.valueKind')}
                value={override.kind}
                disabled={disabled}
                options={[
                  { value: 'string', label: t('budget.valueKind.string') },
                  { value: 'number', label: t('budget.valueKind.number') },
                  { value: 'boolean', label: t('budget.valueKind.boolean') },
                ]}
                onValueChange={(kind) => setKind(i, kind === 'number' || kind === 'boolean' ? kind : 'string')}
              />
              {override.kind === 'boolean' ? (
                <SelectField
                  label={t('budget.equals')}
                  value={override.equals}
                  disabled={disabled}
                  options={[
                    { value: 'true', label: t('budget.true') },
                    { value: 'false', label: t('budget.false') },
                  ]}
                  onValueChange={(equals) => set(i, { equals })}
                  error={errorFor(`${path}.equals`)}
                />
              ) : (
                <TextField label={t('budget.equals')} value={override.equals} maxLength={1000} autoComplete="off" disabled={disabled} inputMode={override.kind === 'number' ? 'decimal' : undefined} onValueChange={(equals) => set(i, { equals })} error={errorFor(`${path}.equals`)} />
              )}
            </div>
            <h3 className="budget-override-limits">{t('budget.overrideLimits')}</h3>
            <LimitsField limits={override.limits} path={`${path}.limits`} errorFor={errorFor} disabled={disabled} emptyText={t('budget.neverLimited')} onChange={(limits) => set(i, { limits })} />
            {!disabled && (
              <div>
                <button type="button" className="button button-danger-quiet button-small" onClick={() => onChange(overrides.filter((_, j) => j !== i))}>
                  {t('budget.removeOverride', { n: i + 1 })}
                </button>
              </div>
            )}
          </fieldset>
        );
      })}
      {!disabled && overrides.length < maxOverrides && (
        <div>
          <button type="button" className="button button-secondary" onClick={() => onChange([...overrides, newOverride()])}>
            {t('budget.addOverride')}
          </button>
        </div>
      )}
    </section>
  );
}
