import { useState } from 'react';
import type { Contact } from '../../api/contacts.js';
import { checkContactBudget } from '../../api/emailTemplates.js';
import type { BudgetCheck as Verdict } from '../../api/emailTemplates.js';
import type { SurveySummary } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { ContactSearchPicker, contactLabel } from '../../components/ContactSearchPicker.js';
import { SelectField } from '../../components/SelectField.js';
import { describeError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { chooseContact } from '../emailTemplates/chooseContact.js';
import { useSkipReasonText } from '../distributions/labels.js';
import { priorityWords } from './PrioritiesField.js';

interface BudgetCheckProps {
  workspaceId: string;
  surveys: readonly SurveySummary[];
}

/** Whether the saved budget would let one contact be asked now for one survey, and if not, why; asks nobody. */
export function BudgetCheck({ workspaceId, surveys }: BudgetCheckProps) {
  const { t, formatDateTime } = useI18n();
  const reasonText = useSkipReasonText();
  const [contact, setContact] = useState<Contact | null>(null);
  const [surveyId, setSurveyId] = useState(surveys[0]?.id ?? '');
  const [verdict, setVerdict] = useState<{ result: Verdict; contact: string; survey: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const check = async () => {
    if (!contact || !surveyId) return;
    setIsBusy(true);
    setError(null);
    setVerdict(null);
    try {
      const result = await checkContactBudget(workspaceId, { contactId: contact.id, surveyId });
      setVerdict({ result, contact: contactLabel(contact, t('contacts.unnamed')), survey: surveys.find((s) => s.id === surveyId)?.name ?? '' });
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  const describe = ({ result, contact: who, survey }: NonNullable<typeof verdict>) => {
    const priority = t(priorityWords[result.priority] ?? 'budget.priority.normal');
    if (result.isAllowed) return t('budget.check.allowed', { contact: who, survey, priority });
    const reason = result.reason === 'unsubscribed' ? t('budget.check.unsubscribed') : reasonText(result.reason ?? '');
    const when = result.nextAllowedAt ? ` ${t('budget.check.nextAt', { date: formatDateTime(result.nextAllowedAt) })}` : '';
    return `${t('budget.check.heldBack', { contact: who, survey, priority })} ${reason}.${when}`;
  };

  return (
    <section className="card stack budget-check" aria-labelledby="budget-check-title">
      <h2 id="budget-check-title">{t('budget.check.title')}</h2>
      <p className="field-hint">{t('budget.check.hint')}</p>
      {surveys.length === 0 ? (
        <p className="muted">{t('budget.noSurveys')}</p>
      ) : (
        <>
          <ContactSearchPicker
            workspaceId={workspaceId}
            label={t('budget.check.findContact')}
            searchText={t('emailTemplates.contact.search')}
            action={chooseContact(t, contact)}
            onPick={(picked) => {
              setContact(picked);
              setVerdict(null);
            }}
          />
          <p className="budget-check-contact">
            {contact ? t('budget.check.contact', { contact: contactLabel(contact, t('contacts.unnamed')) }) : t('budget.check.noContact')}
          </p>
          <div className="budget-check-row">
            <SelectField label={t('contacts.survey')} value={surveyId} options={surveys.map((s) => ({ value: s.id, label: s.name }))} onValueChange={setSurveyId} />
            <button type="button" className="button button-secondary" onClick={() => void check()} disabled={!contact || isBusy}>
              {isBusy ? t('common.loading') : t('budget.check.run')}
            </button>
          </div>
          {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
          {verdict && <Alert tone={verdict.result.isAllowed ? 'success' : 'warning'}>{describe(verdict)}</Alert>}
        </>
      )}
    </section>
  );
}
