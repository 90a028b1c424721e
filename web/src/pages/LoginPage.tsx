import { useState } from 'react';
import type { FormEvent } from 'react';
import { signIn } from '../api/auth.js';
import { Alert } from '../components/Alert.js';
import { AuthLayout } from '../components/AuthLayout.js';
import { PageHeading } from '../components/PageHeading.js';
import { TextField } from '../components/TextField.js';
import { serverFieldError } from '../forms/errors.js';
import { checkEmail, checkRequired, hasErrors } from '../forms/validate.js';
import type { FieldErrors } from '../forms/validate.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Link, useRouter } from '../router/router.js';
import { safeReturnPath } from '../router/routes.js';
import { useSession } from '../session/SessionProvider.js';
import { FormErrorAlert } from '../forms/FormErrorAlert.js';

type Field = 'email' | 'password';
const fields: readonly Field[] = ['email', 'password'];

export function LoginPage() {
  const { t } = useI18n();
  const { isSetupNeeded, startSession } = useSession();
  const { location, navigate } = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  useDocumentTitle(t('login.title'));

  const fieldError = (field: Field) => {
    const local = errors[field];
    return local ? t(local.key, local.params) : serverFieldError(serverError, field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = { email: checkEmail(email), password: checkRequired(password) };
    setErrors(found);
    setServerError(null);
    if (hasErrors(found)) return;
    setIsBusy(true);
    try {
      const session = await signIn(email.trim(), password);
      startSession(session);
      navigate(safeReturnPath(new URLSearchParams(location.search).get('next')) ?? '/', { replace: true });
    } catch (error) {
      setServerError(error);
      setIsBusy(false);
    }
  };

  return (
    <AuthLayout>
      <PageHeading lead={t('login.intro')}>{t('login.title')}</PageHeading>
      {isSetupNeeded && (
        <Alert tone="info" title={t('login.setupNeeded.title')}>
          <p>{t('login.setupNeeded.body')}</p>
        </Alert>
      )}
      <FormErrorAlert error={serverError} fields={fields} />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onValueChange={setEmail}
          error={fieldError('email')}
          required
        />
        <TextField
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={fieldError('password')}
          required
        />
        <button type="submit" className="button button-primary button-block" disabled={isBusy}>
          {isBusy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <p className="muted">
        <Link href="/forgot-password">{t('login.forgotPassword')}</Link>
      </p>
    </AuthLayout>
  );
}
