import { getRespondSettings, updateRespondSettings } from '../../../api/respondSetup.js';
import type { RespondSettings } from '../../../api/respondSetup.js';
import type { SurveySummary } from '../../../api/surveys.js';
import { getMeta } from '../../../api/workspaces.js';
import { Alert } from '../../../components/Alert.js';
import { LoadError } from '../../../components/LoadError.js';
import { Loading } from '../../../components/Loading.js';
import { SaveBar } from '../../../components/SaveBar.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextField } from '../../../components/TextField.js';
import { FormErrorAlert } from '../../../forms/FormErrorAlert.js';
import { useCheckedForm } from '../../../hooks/useCheckedForm.js';
import { useLoad } from '../../../hooks/useLoad.js';
import { useSurveyList } from '../../../hooks/useSurveyList.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { RespondFrame } from '../RespondFrame.js';
import { EmpoweredActionsField } from './EmpoweredActionsField.js';
import { ReplyTemplatesField } from './ReplyTemplatesField.js';
import { RootCausesField } from './RootCausesField.js';
import { checkSettingsForm, settingsPaths, settingsToForm, toSettingsInput } from './settingsForm.js';
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
  const surveys = useSurveyList(workspaceId);
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
  const { form, change, errorFor, submit, serverError, isBusy, isSaved, formRef } = useCheckedForm({
    initial: () => settingsToForm(initial),
    check: checkSettingsForm,
    save: async (typed) => {
      const saved = await updateRespondSettings(workspaceId, toSettingsInput(typed));
      onSaved(saved);
      return settingsToForm(saved);
    },
  });

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
      <SaveBar isSaved={isSaved} savedText={t('respond.setup.settings.saved')} canSave={canManage} isBusy={isBusy} label={t('respond.setup.settings.save')} className="setup-save" />
    </form>
  );
}
