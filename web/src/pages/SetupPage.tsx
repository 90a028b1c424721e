import { useState } from 'react';
import type { FormEvent } from 'react';
import { completeSetup } from '../api/auth.js';
import { Alert } from '../components/Alert.js';
import { AuthLayout } from '../components/AuthLayout.js';
import { NewPasswordField } from '../components/NewPasswordField.js';
import { PageHeading } from '../components/PageHeading.js';
import { TextField } from '../components/TextField.js';
import { serverFieldError } from '../forms/errors.js';
import { checkEmail, checkPassword, checkRequired, hasErrors } from '../forms/validate.js';
import type { FieldErrors } from '../forms/validate.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link, useRouter } from '../router/router.js';
import { readSetupToken, roomPath } from '../router/routes.js';
import { useSession } from '../session/SessionProvider.js';
import { FormErrorAlert } from '../forms/FormErrorAlert.js';

type Field = 'name' | 'email' | 'password' | 'workspaceName';
const fields: readonly Field[] = ['name', 'email', 'password', 'workspaceName'];

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** First run: the token from the server log's link creates the first owner and workspace. */
export function SetupPage() {
  const { t, locale } = useI18n();
  const { isSetupNeeded, startSession } = useSession();
  const { location, navigate } = useRouter();
  const token = readSetupToken(location.hash);
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', password: '', workspaceName: '' });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  useDocumentTitle(t('setup.title'));

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const fieldError = (field: Field) => {
    const local = errors[field];
    return local ? t(local.key, local.params) : serverFieldError(serverError, field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      name: checkRequired(values.name),
      email: checkEmail(values.email),
      password: checkPassword(values.password),
      workspaceName: checkRequired(values.workspaceName),
    };
    setErrors(found);
    setServerError(null);
    if (hasErrors(found) || !token) return;
    setIsBusy(true);
    try {
      const session = await completeSetup({
        token,
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        workspaceName: values.workspaceName.trim(),
        locale,
        timezone: browserTimeZone(),
      });
      startSession(session);
      const first = session.workspaces[0];
      navigate(first ? roomPath(first.id, 'collect') : '/', { replace: true });
    } catch (error) {
      setServerError(error);
      setIsBusy(false);
    }
  };

  if (!isSetupNeeded) {
    return (
      <AuthLayout>
        <PageHeading>{t('setup.title')}</PageHeading>
        <Alert tone="info">
          <p>{t('setup.notNeeded')}</p>
        </Alert>
        <Link className="button button-primary button-block" href="/login">
          {t('setup.goToLogin')}
        </Link>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout>
      <PageHeading lead={t('setup.intro')}>{t('setup.title')}</PageHeading>
      {!token && <Alert tone="warning">{t('setup.noToken')}</Alert>}
      <FormErrorAlert error={serverError} fields={fields} />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('setup.name')} autoComplete="name" value={values.name} onValueChange={set('name')} error={fieldError('name')} required />
        <TextField
          label={t('setup.email')}
          type="email"
          autoComplete="email"
          value={values.email}
          onValueChange={set('email')}
          error={fieldError('email')}
          required
        />
        <NewPasswordField label={t('setup.password')} value={values.password} onValueChange={set('password')} error={fieldError('password')} />
        <TextField
          label={t('setup.workspaceName')}
          autoComplete="organization"
          hint={t('setup.workspaceHint')}
          value={values.workspaceName}
          onValueChange={set('workspaceName')}
          error={fieldError('workspaceName')}
          required
        />
        <button type="submit" className="button button-primary button-block" disabled={isBusy || !token}>
          {isBusy ? t('setup.submitting') : t('setup.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
