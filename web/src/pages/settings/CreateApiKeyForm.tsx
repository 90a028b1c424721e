import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CreatedApiKey } from '../../api/types.js';
import { createApiKey } from '../../api/workspaces.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';

const fields = ['name', 'scopes'] as const;

interface CreateApiKeyFormProps {
  workspaceId: string;
  scopes: readonly string[];
  onCreated: (created: CreatedApiKey) => void;
}

export function CreateApiKeyForm({ workspaceId, scopes, onCreated }: CreateApiKeyFormProps) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [nameError, setNameError] = useState<string>();
  const [scopeError, setScopeError] = useState<string>();
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const toggle = (scope: string, isOn: boolean) =>
    setChosen((current) => (isOn ? [...current, scope] : current.filter((s) => s !== scope)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missingName = name.trim() ? undefined : t('field.required');
    const missingScope = chosen.length > 0 ? undefined : t('apiKeys.create.noScope');
    setNameError(missingName);
    setScopeError(missingScope);
    setServerError(null);
    if (missingName || missingScope) return;
    setIsBusy(true);
    try {
      const created = await createApiKey(workspaceId, { name: name.trim(), scopes: scopes.filter((s) => chosen.includes(s)) });
      setName('');
      setChosen([]);
      onCreated(created);
    } catch (error) {
      setServerError(error);
    } finally {
      setIsBusy(false);
    }
  };

  const scopesProblem = scopeError ?? serverFieldError(serverError, 'scopes');
  return (
    <section className="card" aria-labelledby="create-key-title">
      <h2 id="create-key-title">{t('apiKeys.create.title')}</h2>
      <FormErrorAlert error={serverError} fields={fields} />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          className="field-narrow"
          label={t('apiKeys.create.name')}
          hint={t('apiKeys.create.nameHint')}
          autoComplete="off"
          value={name}
          onValueChange={setName}
          error={nameError ?? serverFieldError(serverError, 'name')}
          required
        />
        <fieldset className="checkbox-group" aria-describedby={scopesProblem ? 'scopes-error' : undefined}>
          <legend>{t('apiKeys.scopes')}</legend>
          {scopes.map((scope) => (
            <label key={scope} className="checkbox">
              <input type="checkbox" checked={chosen.includes(scope)} onChange={(event) => toggle(scope, event.target.checked)} />
              <code>{scope}</code>
            </label>
          ))}
          {scopesProblem && (
            <p id="scopes-error" className="field-error">
              {scopesProblem}
            </p>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isBusy}>
            {t('apiKeys.create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
