import type { Priority } from '../../api/emailTemplates.js';
import type { SurveySummary } from '../../api/surveys.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { priorities } from './budgetForm.js';

export const priorityWords: Record<Priority, MessageKey> = { low: 'budget.priority.low', normal: 'budget.priority.normal', high: 'budget.priority.high' };

interface PrioritiesFieldProps {
  surveys: readonly SurveySummary[];
  value: Record<string, Priority>;
  disabled: boolean;
  onChange: (value: Record<string, Priority>) => void;
}

/** Each survey's priority, and how priorities decide which asks count. */
export function PrioritiesField({ surveys, value, disabled, onChange }: PrioritiesFieldProps) {
  const { t } = useI18n();
  const options = priorities.map((priority) => ({ value: priority, label: t(priorityWords[priority]) }));
  return (
    <section className="card stack" aria-labelledby="budget-priorities-title">
      <h2 id="budget-priorities-title">{t('budget.priorities')}</h2>
      <div className="budget-explain">
        <p>{t('budget.prioritiesHow')}</p>
        <ul>
          <li>{t('budget.prioritiesHigh')}</li>
          <li>{t('budget.prioritiesNormal')}</li>
          <li>{t('budget.prioritiesLow')}</li>
        </ul>
        <p>{t('budget.prioritiesReminders')}</p>
      </div>
      {surveys.length === 0 ? (
        <p className="muted">{t('budget.noSurveys')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table budget-priorities" aria-labelledby="budget-priorities-title">
            <thead>
              <tr>
                <th scope="col">{t('contacts.survey')}</th>
                <th scope="col">{t('budget.priority')}</th>
              </tr>
            </thead>
            <tbody>
              {surveys.map((survey) => (
                <tr key={survey.id}>
                  <td data-label={t('contacts.survey')}>{survey.name}</td>
                  <td data-label={t('budget.priority')}>
                    <SelectField
                      label={t('budget.priorityOf', { survey: survey.name })}
                      isLabelHidden
                      value={value[survey.id] ?? 'normal'}
                      options={options}
                      disabled={disabled}
                      onValueChange={(priority) => onChange({ ...value, [survey.id]: priorities.find((p) => p === priority) ?? 'normal' })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
