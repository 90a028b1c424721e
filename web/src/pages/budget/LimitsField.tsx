import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { maxLimits, newLimit } from './budgetForm.js';
import type { LimitForm } from './budgetForm.js';

interface LimitsFieldProps {
  limits: LimitForm[];
  /** Where the server names these limits: `budget.limits`, `budget.overrides.0.limits`. */
  path: string;
  errorFor: (path: string) => string | undefined;
  disabled: boolean;
  /** Said when there are none. */
  emptyText: string;
  onChange: (limits: LimitForm[]) => void;
}

/** "At most N times in D days", as many as wanted; every one must hold for a contact to be asked. */
export function LimitsField({ limits, path, errorFor, disabled, emptyText, onChange }: LimitsFieldProps) {
  const { t } = useI18n();
  const set = (index: number, changes: Partial<LimitForm>) => onChange(limits.map((limit, i) => (i === index ? { ...limit, ...changes } : limit)));
  const sentence = (limit: LimitForm) => {
    const times = Number(limit.maxTouches);
    const days = Number(limit.withinDays);
    if (!Number.isInteger(times) || !Number.isInteger(days) || limit.maxTouches.trim() === '' || limit.withinDays.trim() === '') return '';
    if (times === 0) return t('budget.limitNever', { days });
    return t(times === 1 ? 'budget.limitSentenceOne' : 'budget.limitSentence', { times, days });
  };

  return (
    <div className="budget-limits">
      {errorFor(path) && <p className="field-error">{errorFor(path)}</p>}
      {limits.length === 0 && <p className="muted">{emptyText}</p>}
      {limits.length > 0 && (
        <ol className="budget-limit-list">
          {limits.map((limit, i) => (
            <li key={i}>
              <fieldset className="budget-limit">
                <legend>{t('budget.limitN', { n: i + 1 })}</legend>
                <TextField
                  label={t('budget.maxTouches')}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={1000}
                  value={limit.maxTouches}
                  disabled={disabled}
                  onValueChange={(maxTouches) => set(i, { maxTouches })}
                  error={errorFor(`${path}.${i}.maxTouches`)}
                />
                <TextField
                  label={t('budget.withinDays')}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={3650}
                  value={limit.withinDays}
                  disabled={disabled}
                  onValueChange={(withinDays) => set(i, { withinDays })}
                  error={errorFor(`${path}.${i}.withinDays`)}
                />
                <p className="budget-limit-sentence">{sentence(limit)}</p>
                {!disabled && (
                  <button type="button" className="button button-danger-quiet button-small" onClick={() => onChange(limits.filter((_, j) => j !== i))}>
                    {t('budget.removeLimit', { n: i + 1 })}
                  </button>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {!disabled && limits.length < maxLimits && (
        <div>
          <button type="button" className="button button-secondary button-small" onClick={() => onChange([...limits, newLimit(1, 30)])}>
            {t('budget.addLimit')}
          </button>
        </div>
      )}
    </div>
  );
}
