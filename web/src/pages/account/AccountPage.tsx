import { changePassword } from '../../api/auth.js';
import { Alert } from '../../components/Alert.js';
import { NewPasswordField } from '../../components/NewPasswordField.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextField } from '../../components/TextField.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { checkPassword, checkRequired, onlyProblems } from '../../forms/validate.js';
import { useCheckedForm } from '../../hooks/useCheckedForm.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useSession } from '../../session/SessionProvider.js';

const empty = { currentPassword: '', newPassword: '' };

/** Your account: who you are signed in as, and a new password (which signs out your other sessions). */
export function AccountPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { form, change, errorFor, submit, serverError, isBusy, isSaved, formRef } = useCheckedForm({
    initial: empty,
    check: (f) => onlyProblems({ currentPassword: checkRequired(f.currentPassword), newPassword: checkPassword(f.newPassword) }),
    save: async (f) => {
      await changePassword(f.currentPassword, f.newPassword);
      return empty;
    },
  });
  useDocumentTitle(t('account.title'));
  if (!session) return null;

  return (
    <>
      <PageHeading lead={t('account.intro', { email: session.user.email })}>{t('account.title')}</PageHeading>
      <section className="card" aria-labelledby="password-title">
        <h2 id="password-title">{t('account.password.title')}</h2>
        <p className="muted">{t('account.password.intro')}</p>
        {isSaved && <Alert tone="success">{t('account.password.changed')}</Alert>}
        <FormErrorAlert error={serverError} fields={['currentPassword', 'newPassword']} />
        <form className="form" ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
          {/* Lets password managers tie the new password to the right account. */}
          <input type="email" autoComplete="username" value={session.user.email} readOnly hidden />
          <TextField
            label={t('account.password.current')}
            type="password"
            autoComplete="current-password"
            value={form.currentPassword}
            onValueChange={(currentPassword) => change({ currentPassword })}
            error={errorFor('currentPassword')}
            required
          />
          <NewPasswordField label={t('account.password.new')} value={form.newPassword} onValueChange={(newPassword) => change({ newPassword })} error={errorFor('newPassword')} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={isBusy}>
              {t('account.password.submit')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
