import { useState } from 'react';
import type { FormEvent } from 'react';
import { localize } from '../../../../src/engine/survey/text.js';
import { createSurvey, listSurveyTemplates } from '../../api/surveys.js';
import type { SurveyDetail } from '../../api/surveys.js';
import { Dialog } from '../../components/Dialog.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldError } from '../../forms/errors.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { languageName } from './languages.js';

interface NewSurveyDialogProps {
  workspaceId: string;
  isOpen: boolean;
  onDismiss: () => void;
  onCreated: (survey: SurveyDetail) => void;
}

const blank = '';

/** Names a new survey and starts it blank or from one of the built-in templates. */
export function NewSurveyDialog({ workspaceId, isOpen, onDismiss, onCreated }: NewSurveyDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={t('surveys.newTitle')} onDismiss={onDismiss}>
      {isOpen && <NewSurveyForm workspaceId={workspaceId} onDismiss={onDismiss} onCreated={onCreated} />}
    </Dialog>
  );
}

function NewSurveyForm({ workspaceId, onDismiss, onCreated }: Omit<NewSurveyDialogProps, 'isOpen'>) {
  const { t, locale } = useI18n();
  const templates = useLoad('survey-templates', listSurveyTemplates);
  // The server starts every new survey in the workspace's default language.
  const surveyLanguage = useWorkspace().data?.defaultLocale;
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState(blank);
  const [nameError, setNameError] = useState<string>();
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = name.trim() ? undefined : t('field.required');
    setNameError(missing);
    setServerError(null);
    if (missing) return;
    setIsBusy(true);
    try {
      onCreated(await createSurvey(workspaceId, { name: name.trim(), ...(templateId ? { templateId } : {}) }));
    } catch (error) {
      setServerError(error);
      setIsBusy(false);
    }
  };

  const choices = [
    { id: blank, name: t('surveys.blank'), description: t('surveys.blankDescription') },
    ...(templates.data ?? []).map((template) => ({
      id: template.id,
      name: localize(template.name, locale, 'en'),
      description: localize(template.description, locale, 'en'),
    })),
  ];

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorAlert error={serverError} fields={['name']} />
      <TextField
        label={t('surveys.name')}
        hint={t('surveys.nameHint')}
        value={name}
        onValueChange={setName}
        error={nameError ?? serverFieldError(serverError, 'name')}
        autoComplete="off"
        required
        autoFocus
      />
      <fieldset className="template-choices">
        <legend>{t('surveys.startFrom')}</legend>
        {surveyLanguage && <p className="field-hint">{t('surveys.startsInLanguage', { language: languageName(surveyLanguage, locale) })}</p>}
        {templates.error !== null && <LoadError error={templates.error} onRetry={templates.reload} />}
        {templates.isLoading && <Loading />}
        {choices.map((choice) => (
          <label key={choice.id || 'blank'} className={`template-choice${templateId === choice.id ? ' is-chosen' : ''}`}>
            <input type="radio" name="template" value={choice.id} checked={templateId === choice.id} onChange={() => setTemplateId(choice.id)} />
            <span>
              <span className="template-name">{choice.name}</span>
              <span className="template-description">{choice.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? t('surveys.creating') : t('surveys.create')}
        </button>
      </div>
    </form>
  );
}
