import { useState } from 'react';
import type { FormEvent } from 'react';
import { updateSurvey } from '../../api/surveys.js';
import type { SurveyDetail } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { readSettings, settingsValues } from './settings.js';
import type { SettingsCheck, SettingsField, SettingsValues } from './settings.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';

const problemText: Record<NonNullable<SettingsCheck['problems'][SettingsField]>, MessageKey> = {
  wholeNumber: 'surveys.settings.wholeNumber',
  secondsRange: 'surveys.settings.secondsRange',
  closesBeforeOpens: 'surveys.settings.closesBeforeOpens',
  date: 'surveys.settings.date',
};
const fields: readonly string[] = ['settings.opensAt', 'settings.closesAt', 'settings.responseLimit', 'settings.isAnonymous', 'settings.minSecondsToAnswer'];

interface SettingsFormProps {
  workspaceId: string;
  detail: SurveyDetail;
  onSaved: (detail: SurveyDetail) => void;
  canManage: boolean;
}

/** When the survey takes answers, how many, and how it treats respondents' privacy and bots. */
export function SettingsForm({ workspaceId, detail, onSaved, canManage }: SettingsFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<SettingsValues>(() => settingsValues(detail.settings));
  const [problems, setProblems] = useState<SettingsCheck['problems']>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const set = <K extends keyof SettingsValues>(key: K) => (value: SettingsValues[K]) => {
    setIsSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };
  const fieldError = (field: SettingsField) => {
    const local = problems[field];
    return local ? t(problemText[local]) : serverFieldError(serverError, `settings.${field}`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = readSettings(values);
    setProblems(check.problems);
    setServerError(null);
    setIsSaved(false);
    if (Object.keys(check.problems).length) return;
    setIsBusy(true);
    try {
      onSaved(await updateSurvey(workspaceId, detail.id, { settings: { ...detail.settings, ...check.settings } }));
      setIsSaved(true);
    } catch (error) {
      setServerError(error);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="builder-card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('surveys.settings.title')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="plain-fieldset" disabled={!canManage}>
          <legend className="visually-hidden">{t('surveys.settings.title')}</legend>
          <div className="form-grid">
            <TextField label={t('surveys.settings.opensAt')} hint={t('surveys.settings.timeHint', { zone })} type="datetime-local" value={values.opensAt} onValueChange={set('opensAt')} error={fieldError('opensAt')} />
            <TextField label={t('surveys.settings.closesAt')} hint={t('surveys.settings.timeHint', { zone })} type="datetime-local" value={values.closesAt} onValueChange={set('closesAt')} error={fieldError('closesAt')} />
            <TextField
              label={t('surveys.settings.responseLimit')}
              hint={t('surveys.settings.responseLimitHint')}
              type="number"
              inputMode="numeric"
              min={1}
              value={values.responseLimit}
              onValueChange={set('responseLimit')}
              error={fieldError('responseLimit')}
            />
            <TextField
              label={t('surveys.settings.minSeconds')}
              hint={t('surveys.settings.minSecondsHint')}
              type="number"
              inputMode="decimal"
              min={0}
              max={60}
              value={values.minSecondsToAnswer}
              onValueChange={set('minSecondsToAnswer')}
              error={fieldError('minSecondsToAnswer')}
            />
          </div>
          <label className="checkbox settings-checkbox">
            <input type="checkbox" checked={values.isAnonymous} onChange={(event) => set('isAnonymous')(event.target.checked)} aria-describedby="anonymous-hint" />
            {t('surveys.settings.anonymous')}
          </label>
          <p id="anonymous-hint" className="field-hint">
            {t('surveys.settings.anonymousHint')}
          </p>
        </fieldset>
        <FormErrorAlert error={serverError} fields={fields} />
        {isSaved && <Alert tone="success">{t('surveys.settings.saved')}</Alert>}
        {canManage && (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={isBusy}>
              {isBusy ? t('common.saving') : t('surveys.settings.save')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
