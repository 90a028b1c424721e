import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { getRespondSettings, updateRespondSettings } from '../../../api/respondSetup.js';
import type { RespondSettings } from '../../../api/respondSetup.js';
import { listSurveys } from '../../../api/surveys.js';
import type { SurveySummary } from '../../../api/surveys.js';
import { getMeta } from '../../../api/workspaces.js';
import { Alert } from '../../../components/Alert.js';
import { LoadError } from '../../../components/LoadError.js';
import { Loading } from '../../../components/Loading.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextField } from '../../../components/TextField.js';
import { serverFieldError } from '../../../forms/errors.js';
import { FormErrorAlert } from '../../../forms/FormErrorAlert.js';
import { SubmitButton } from '../../../forms/SubmitButton.js';
import { useLoad } from '../../../hooks/useLoad.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { RespondFrame } from '../RespondFrame.js';
import { EmpoweredActionsField } from './EmpoweredActionsField.js';
import { ReplyTemplatesField } from './ReplyTemplatesField.js';
import { RootCausesField } from './RootCausesField.js';
import type { Problems } from './ruleChecks.js';
import { checkSettingsForm, settingsPaths, settingsToForm, toSettingsInput } from './settingsForm.js';
import type { SettingsForm } from './settingsForm.js';
import './setup.css';

/** How the workspace runs its closed loop: team restriction, SLA, root causes, empowered actions, reply templates, recovery survey. */
export function RespondSettingsPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  return (
    <RespondFrame workspaceId={workspaceId} current="settings" title={t('respond.setup.settings.title')} lead={t('respond.setup.settings.lead')}>
      {(canManage) => <SettingsView workspaceId={workspaceId} canManage={canManage} />}
    </RespondFrame>
  );
}

function SettingsView({ workspaceId, canManage }: { workspaceId: string; canManage: boolean }) {
  const settings = useLoad(`respond-settings:${workspaceId}`, () => getRespondSettings(workspaceId));
  const surveys = useLoad(`surveys:${workspaceId}`, () => listSurveys(workspaceId).catch(() => [] as SurveySummary[]));
  const meta = useLoad('meta', getMeta);
  if (settings.error) return <LoadError error={settings.error} onRetry={settings.reload} />;
  if (!settings.data || !surveys.data) return <Loading />;
  return <SettingsEditor workspaceId={workspaceId} initial={settings.data} surveys={surveys.data} roles={meta.data?.roles ?? ['owner', 'admin', 'manager', 'agent']} canManage={canManage} onSaved={settings.setData} />;
}

interface SettingsEditorProps {
  workspaceId: string;
  initial: RespondSettings;
  surveys: SurveySummary[];
  roles: readonly string[];
  canManage: boolean;
  onSaved: (settings: RespondSettings) => void;
}

function SettingsEditor({ workspaceId, initial, surveys, roles, canManage, onSaved }: SettingsEditorProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<SettingsForm>(() => settingsToForm(initial));
  const [problems, setProblems] = useState<Problems>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field-error')?.closest('.field, fieldset')?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [attempt]);

  const change = (changes: Partial<SettingsForm>) => {
    const next = { ...form, ...changes };
    setForm(next);
    setIsSaved(false);
    if (Object.keys(problems).length > 0) setProblems(checkSettingsForm(next));
  };
  const errorFor = (path: string): string | undefined => {
    const local = problems[path];
    return local ? t(local.key, local.params) : serverFieldError(serverError, path);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkSettingsForm(form);
    setProblems(found);
    setServerError(null);
    setIsSaved(false);
    if (Object.keys(found).length > 0) return setAttempt((n) => n + 1);
    setIsBusy(true);
    try {
      const saved = await updateRespondSettings(workspaceId, toSettingsInput(form));
      onSaved(saved);
      setForm(settingsToForm(saved));
      setIsSaved(true);
    } catch (error) {
      setServerError(error);
      setAttempt((n) => n + 1);
    } finally {
      setIsBusy(false);
    }
  };

  const published = surveys.filter((s) => s.latestVersion !== null);
  const recoveryOptions = [
    { value: '', label: t('respond.setup.settings.noRecovery') },
    ...(form.recoverySurveyId && !published.some((s) => s.id === form.recoverySurveyId) ? [{ value: form.recoverySurveyId, label: t('respond.setup.unknownSurvey') }] : []),
    ...published.map((s) => ({ value: s.id, label: s.name })),
  ];

  return (
    <form ref={formRef} className="stack respond-setup settings-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('respond.setup.settings.title')}>
      {!canManage && <Alert tone="info">{t('settings.readOnly')}</Alert>}
      <FormErrorAlert error={serverError} fields={settingsPaths(form)} />
      <fieldset className="setup-fieldset" disabled={!canManage}>
        <section className="card" aria-labelledby="respond-cases-title">
          <h2 id="respond-cases-title">{t('respond.setup.settings.cases')}</h2>
          <div className="form form-narrow">
            <div className="field">
              <label className="checkbox">
                <input type="checkbox" checked={form.restrictAgentsToTeams} onChange={(event) => change({ restrictAgentsToTeams: event.target.checked })} aria-describedby="restrict-hint" />
                {t('respond.setup.settings.restrict')}
              </label>
              <p id="restrict-hint" className="field-hint">
                {t('respond.setup.settings.restrictHint')}
              </p>
            </div>
            <TextField
              label={t('respond.setup.settings.ownerAttribute')}
              hint={t('respond.setup.settings.ownerAttributeHint')}
              value={form.accountOwnerAttribute}
              onValueChange={(accountOwnerAttribute) => change({ accountOwnerAttribute })}
              spellCheck={false}
              autoComplete="off"
              className="field-narrow"
              error={errorFor('accountOwnerAttribute')}
            />
            <TextField
              label={t('respond.setup.settings.defaultSla')}
              hint={t('respond.setup.settings.defaultSlaHint')}
              type="number"
              inputMode="numeric"
              min={1}
              max={24 * 90}
              value={form.defaultSlaHours}
              onValueChange={(defaultSlaHours) => change({ defaultSlaHours })}
              className="field-narrow"
              error={errorFor('defaultSlaHours')}
            />
            <SelectField
              label={t('respond.setup.settings.recovery')}
              hint={t('respond.setup.settings.recoveryHint')}
              value={form.recoverySurveyId}
              options={recoveryOptions}
              onValueChange={(recoverySurveyId) => change({ recoverySurveyId })}
              className="field-narrow"
              error={errorFor('recoverySurveyId')}
            />
          </div>
        </section>
        <RootCausesField causes={form.rootCauses} errorFor={errorFor} onChange={(rootCauses) => change({ rootCauses })} />
        <EmpoweredActionsField actions={form.actions} roles={roles} errorFor={errorFor} onChange={(actions) => change({ actions })} />
        <ReplyTemplatesField templates={form.replyTemplates} errorFor={errorFor} onChange={(replyTemplates) => change({ replyTemplates })} />
      </fieldset>
      {isSaved && <Alert tone="success">{t('respond.setup.settings.saved')}</Alert>}
      {canManage && (
        <div className="setup-save">
          <SubmitButton isBusy={isBusy} label={t('respond.setup.settings.save')} />
        </div>
      )}
    </form>
  );
}
