import { useState } from 'react';
import { requestPasswordReset } from '../../api/auth.js';
import { Alert } from '../../components/Alert.js';
import { AuthLayout } from '../../components/AuthLayout.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextField } from '../../components/TextField.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { checkEmail, onlyProblems } from '../../forms/validate.js';
import { useCheckedForm } from '../../hooks/useCheckedForm.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';

/** Forgot password: asks for the address and mails a link; the answer never says whether the account exists. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, change, errorFor, submit, serverError, isBusy, formRef } = useCheckedForm({
    initial: { email: '' },
    check: (f) => onlyProblems({ email: checkEmail(f.email) }),
    save: async (f) => {
      await requestPasswordReset(f.email.trim());
      setSentTo(f.email.trim());
    },
  });
  useDocumentTitle(t('forgotPassword.title'));

  return (
    <AuthLayout>
      <PageHeading lead={t('forgotPassword.intro')}>{t('forgotPassword.title')}</PageHeading>
      {sentTo ? (
        <Alert tone="success" title={t('forgotPassword.sentTitle')}>
          <p>{t('forgotPassword.sent', { email: sentTo })}</p>
        </Alert>
      ) : (
        <>
          <FormErrorAlert error={serverError} fields={['email']} />
          <form className="form" ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
            <TextField label={t('login.email')} type="email" autoComplete="username" value={form.email} onValueChange={(email) => change({ email })} error={errorFor('email')} required />
            <button type="submit" className="button button-primary button-block" disabled={isBusy}>
              {t('forgotPassword.submit')}
            </button>
          </form>
        </>
      )}
      <p className="muted">
        <Link href="/login">{t('forgotPassword.backToLogin')}</Link>
      </p>
    </AuthLayout>
  );
}
