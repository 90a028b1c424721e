import { completePasswordReset, isPasswordResetUsable } from '../../api/auth.js';
import { Alert } from '../../components/Alert.js';
import { AuthLayout } from '../../components/AuthLayout.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { NewPasswordField } from '../../components/NewPasswordField.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { checkPassword, onlyProblems } from '../../forms/validate.js';
import { useCheckedForm } from '../../hooks/useCheckedForm.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link, useRouter } from '../../router/router.js';
import { readSetupToken } from '../../router/routes.js';
import { useSession } from '../../session/SessionProvider.js';

/** The page a reset mail links to: a new password, then signed in (every other session ends). */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const { location, navigate } = useRouter();
  const { startSession } = useSession();
  const token = readSetupToken(location.hash);
  const usable = useLoad(`reset:${token ?? ''}`, () => (token ? isPasswordResetUsable(token) : Promise.resolve(false)));
  const { form, change, errorFor, submit, serverError, isBusy, formRef } = useCheckedForm({
    initial: { password: '' },
    check: (f) => onlyProblems({ password: checkPassword(f.password) }),
    save: async (f) => {
      startSession(await completePasswordReset(token!, f.password));
      navigate('/', { replace: true });
    },
  });
  useDocumentTitle(t('resetPassword.title'));

  let content;
  if (usable.error) content = <LoadError error={usable.error} onRetry={usable.reload} />;
  else if (usable.data === undefined) content = <Loading />;
  else if (!usable.data) {
    content = (
      <>
        <Alert tone="warning" title={t('resetPassword.goneTitle')}>
          <p>{t('resetPassword.gone')}</p>
        </Alert>
        <Link className="button button-primary button-block" href="/forgot-password">
          {t('resetPassword.askAgain')}
        </Link>
      </>
    );
  } else {
    content = (
      <>
        <FormErrorAlert error={serverError} fields={['password']} />
        <form className="form" ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
          <NewPasswordField label={t('resetPassword.password')} value={form.password} onValueChange={(password) => change({ password })} error={errorFor('password')} />
          <button type="submit" className="button button-primary button-block" disabled={isBusy}>
            {t('resetPassword.submit')}
          </button>
        </form>
      </>
    );
  }

  return (
    <AuthLayout>
      <PageHeading lead={t('resetPassword.intro')}>{t('resetPassword.title')}</PageHeading>
      {content}
    </AuthLayout>
  );
}
