import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { createDistribution, replaceDistribution, startRecipientImport } from '../../api/distributions.js';
import type { Distribution } from '../../api/distributions.js';
import { Alert } from '../../components/Alert.js';
import { Dialog } from '../../components/Dialog.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { describeError, serverFieldError } from '../../forms/errors.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AudienceFields } from './AudienceFields.js';
import { checkDistributionForm, distributionToForm, emptyDistributionForm, shownPaths, toDistributionInput } from './distributionForm.js';
import type { DistributionForm, Problems } from './distributionForm.js';
import { MailFields, TriggerFields } from './MailFields.js';
import { RecipientImportProgress } from './RecipientImport.js';
import { sendableSurveys } from './useDistributionLookups.js';
import type { DistributionLookups } from './useDistributionLookups.js';

interface DistributionDialogProps {
  workspaceId: string;
  /** The distribution being changed; null for a new one. */
  distribution: Distribution | null;
  isOpen: boolean;
  lookups: DistributionLookups;
  /** A new distribution's survey, when the list was showing one survey's. */
  initialSurveyId?: string;
  onSaved: (distribution: Distribution) => void;
  onDismiss: () => void;
}

/** Creates a distribution, or changes a draft or a trigger. */
export function DistributionDialog({ distribution, isOpen, onDismiss, ...rest }: DistributionDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={distribution ? t('distributions.editTitle', { name: distribution.name }) : t('distributions.newTitle')} onDismiss={onDismiss}>
      {isOpen && <DistributionEditor key={distribution?.id ?? 'new'} distribution={distribution} onDismiss={onDismiss} {...rest} />}
    </Dialog>
  );
}

function DistributionEditor({ workspaceId, distribution, lookups, initialSurveyId, onSaved, onDismiss }: Omit<DistributionDialogProps, 'isOpen'>) {
  const { t } = useI18n();
  const [form, setForm] = useState<DistributionForm>(() => {
    if (distribution) return distributionToForm(distribution);
    const surveys = sendableSurveys(lookups.surveys);
    return emptyDistributionForm(surveys.some((s) => s.id === initialSurveyId) ? initialSurveyId : (surveys[0]?.id ?? ''));
  });
  const [problems, setProblems] = useState<Problems>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [csvFile, setCsvFile] = useState<File | null>(null);
  const [importing, setImporting] = useState<{ saved: Distribution; importId: string | null; error: unknown } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused save, the first field with a problem takes focus.
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field-error')?.closest('.field, fieldset')?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [attempt]);

  const change = (changes: Partial<DistributionForm>) => {
    const next = { ...form, ...changes };
    setForm(next);
    // Once a save was refused, the problems follow the edits, so a fixed field stops saying it is wrong.
    if (Object.keys(problems).length > 0) setProblems(checkDistributionForm(next));
  };
  const errorFor = (path: string): string | undefined => {
    const local = problems[path];
    return local ? t(local.key, local.params) : serverFieldError(serverError, path);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkDistributionForm(form);
    setProblems(found);
    setServerError(null);
    if (Object.keys(found).length > 0) return setAttempt((n) => n + 1);
    setIsBusy(true);
    let saved: Distribution;
    try {
      const body = toDistributionInput(form);
      saved = distribution ? await replaceDistribution(workspaceId, distribution.id, body) : await createDistribution(workspaceId, body);
    } catch (error) {
      setServerError(error);
      setAttempt((n) => n + 1);
      setIsBusy(false);
      return;
    }
    const file = form.kind === 'once' && form.audience === 'contacts' ? csvFile : null;
    if (!file) return onSaved(saved);
    // The distribution is saved; its CSV of recipients is taken in the background and followed here.
    try {
      setImporting({ saved, importId: (await startRecipientImport(workspaceId, saved.id, await file.text())).id, error: null });
    } catch (error) {
      setImporting({ saved, importId: null, error });
    }
  };

  if (importing) {
    return (
      <div className="form">
        <Alert tone="success">{t('distributions.savedWithCsv', { name: importing.saved.name })}</Alert>
        {importing.importId ? <RecipientImportProgress workspaceId={workspaceId} importId={importing.importId} onFinished={() => undefined} /> : <Alert tone="error">{describeError(t, importing.error)}</Alert>}
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={() => onSaved(importing.saved)}>
            {t('distributions.continue')}
          </button>
        </div>
      </div>
    );
  }

  const surveyOptions = sendableSurveys(lookups.surveys, distribution?.surveyId).map((survey) => ({ value: survey.id, label: survey.name }));
  return (
    <form ref={formRef} className="form distribution-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorAlert error={serverError} fields={shownPaths(form)} />
      {surveyOptions.length === 0 && <Alert tone="warning">{t('distributions.noPublishedSurveys')}</Alert>}
      <div className="distribution-grid">
        <SelectField
          label={t('distributions.survey')}
          hint={t('distributions.surveyHint')}
          value={form.surveyId}
          options={surveyOptions.length ? surveyOptions : [{ value: '', label: t('distributions.noSurvey') }]}
          onValueChange={(surveyId) => change({ surveyId })}
          error={errorFor('surveyId')}
        />
        <TextField label={t('distributions.name')} value={form.name} onValueChange={(name) => change({ name })} error={errorFor('name')} maxLength={200} autoComplete="off" required />
      </div>
      <fieldset className="checkbox-group distribution-choices">
        <legend>{t('distributions.kind')}</legend>
        {(['once', 'trigger'] as const).map((kind) => (
          <label key={kind} className="checkbox">
            <input type="radio" name="distribution-kind" value={kind} checked={form.kind === kind} onChange={() => change({ kind })} disabled={distribution !== null} />
            {t(kind === 'once' ? 'distributions.kind.onceLong' : 'distributions.kind.triggerLong')}
          </label>
        ))}
        {errorFor('kind') && <p className="field-error">{errorFor('kind')}</p>}
      </fieldset>
      {form.kind === 'once' ? (
        <AudienceFields workspaceId={workspaceId} form={form} onChange={change} errorFor={errorFor} handAdded={distribution?.counts.draft ?? 0} csvFile={csvFile} onCsvFile={setCsvFile} />
      ) : (
        <TriggerFields form={form} onChange={change} errorFor={errorFor} />
      )}
      <MailFields form={form} onChange={change} errorFor={errorFor} templates={lookups.templates} />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? t('common.saving') : t(distribution ? 'distributions.save' : 'distributions.create')}
        </button>
      </div>
    </form>
  );
}
