import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { Workspace } from '../../api/types.js';
import { updateWorkspace } from '../../api/workspaces.js';
import { Alert } from '../../components/Alert.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldError } from '../../forms/errors.js';
import { checkRequired } from '../../forms/validate.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { isLocale, localeNames, locales } from '../../i18n/locale.js';
import { useSession } from '../../session/SessionProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { SubmitButton } from '../../forms/SubmitButton.js';

const fields = ['name', 'timezone', 'defaultLocale'] as const;

function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

/** Name, time zone and default language of the workspace. */
export function GeneralSettings() {
  const workspace = useWorkspace();
  const data = workspace.data;
  return data ? <GeneralForm key={data.id} workspace={data} canManage={workspace.can('workspace.manage')} /> : null;
}

function GeneralForm({ workspace, canManage }: { workspace: Workspace; canManage: boolean }) {
  const { t } = useI18n();
  const { setData } = useWorkspace();
  const { refreshSession } = useSession();
  const [name, setName] = useState(workspace.name);
  const [timezone, setTimezone] = useState(workspace.timezone);
  const [defaultLocale, setDefaultLocale] = useState(workspace.defaultLocale);
  const [nameError, setNameError] = useState<string>();
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const zoneOptions = useMemo(() => timeZones(workspace.timezone).map((z) => ({ value: z, label: z.replace(/_/g, ' ') })), [workspace.timezone]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = checkRequired(name);
    setNameError(missing ? t(missing.key) : undefined);
    setServerError(null);
    setIsSaved(false);
    if (missing) return;
    setIsBusy(true);
    try {
      const saved = await updateWorkspace(workspace.id, { name: name.trim(), timezone, defaultLocale });
      setData(saved);
      setIsSaved(true);
      if (saved.name !== workspace.name) await refreshSession().catch(() => undefined);
    } catch (error) {
      setServerError(error);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form className="form form-narrow" onSubmit={(event) => void submit(event)} noValidate>
      {!canManage && <Alert tone="info">{t('settings.readOnly')}</Alert>}
      <FormErrorAlert error={serverError} fields={fields} />
      {isSaved && <Alert tone="success">{t('general.saved')}</Alert>}
      <TextField
        label={t('general.name')}
        value={name}
        onValueChange={setName}
        error={nameError ?? serverFieldError(serverError, 'name')}
        disabled={!canManage}
        required
      />
      <SelectField
        label={t('general.timezone')}
        hint={t('general.timezoneHint')}
        value={timezone}
        options={zoneOptions}
        onValueChange={setTimezone}
        error={serverFieldError(serverError, 'timezone')}
        disabled={!canManage}
      />
      <SelectField
        label={t('general.defaultLocale')}
        hint={t('general.defaultLocaleHint')}
        value={defaultLocale}
        options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
        onValueChange={(value) => {
          if (isLocale(value)) setDefaultLocale(value);
        }}
        error={serverFieldError(serverError, 'defaultLocale')}
        disabled={!canManage}
      />
      {canManage && <SubmitButton isBusy={isBusy} />}
    </form>
  );
}
