import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Member } from '../../api/types.js';
import { addMember } from '../../api/workspaces.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldError } from '../../forms/errors.js';
import { checkEmail, checkPassword, checkRequired, hasErrors, minPasswordLength } from '../../forms/validate.js';
import type { FieldErrors } from '../../forms/validate.js';
import { useRoleLabel } from '../../hooks/useLabels.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';

type Field = 'email' | 'name' | 'role' | 'password';
const fields: readonly Field[] = ['email', 'name', 'role', 'password'];

interface AddMemberFormProps {
  workspaceId: string;
  roles: readonly string[];
  onAdded: (member: Member) => void;
}

/** Adds a person by email; a password is only needed when they have no account yet. */
export function AddMemberForm({ workspaceId, roles, onAdded }: AddMemberFormProps) {
  const { t } = useI18n();
  const roleLabel = useRoleLabel();
  const defaultRole = roles.includes('viewer') ? 'viewer' : (roles[roles.length - 1] ?? '');
  const empty = { email: '', name: '', role: defaultRole, password: '' };
  const [values, setValues] = useState<Record<Field, string>>(empty);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const fieldError = (field: Field) => {
    const local = errors[field];
    return local ? t(local.key, local.params) : serverFieldError(serverError, field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      email: checkEmail(values.email),
      name: checkRequired(values.name),
      role: checkRequired(values.role),
      password: checkPassword(values.password, false),
    };
    setErrors(found);
    setServerError(null);
    if (hasErrors(found)) return;
    setIsBusy(true);
    try {
      const member = await addMember(workspaceId, {
        email: values.email.trim(),
        name: values.name.trim(),
        role: values.role,
        ...(values.password ? { password: values.password } : {}),
      });
      setValues(empty);
      onAdded(member);
    } catch (error) {
      setServerError(error);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="add-member-title">
      <h2 id="add-member-title">{t('members.add.title')}</h2>
      <FormErrorAlert error={serverError} fields={fields} />
      <form className="form form-grid" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('members.email')} type="email" autoComplete="off" value={values.email} onValueChange={set('email')} error={fieldError('email')} required />
        <TextField label={t('members.name')} autoComplete="off" value={values.name} onValueChange={set('name')} error={fieldError('name')} required />
        <SelectField
          label={t('members.role')}
          value={values.role}
          options={roles.map((r) => ({ value: r, label: roleLabel(r) }))}
          onValueChange={set('role')}
          error={fieldError('role')}
        />
        <TextField
          label={t('members.add.password')}
          type="password"
          autoComplete="new-password"
          minLength={minPasswordLength}
          hint={t('members.add.passwordHint')}
          value={values.password}
          onValueChange={set('password')}
          error={fieldError('password')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isBusy}>
            {t('members.add.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
