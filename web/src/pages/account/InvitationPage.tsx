import { useEffect } from 'react';
import { acceptInvitation, previewInvitation } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import type { InvitationPreview } from '../../api/types.js';
import { Alert } from '../../components/Alert.js';
import { AuthLayout } from '../../components/AuthLayout.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { NewPasswordField } from '../../components/NewPasswordField.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextField } from '../../components/TextField.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { checkPassword, checkRequired, onlyProblems } from '../../forms/validate.js';
import { useCheckedForm } from '../../hooks/useCheckedForm.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Link, useRouter } from '../../router/router.js';
import { homeRoom, readSetupToken, roomPath } from '../../router/routes.js';
import { useSession } from '../../session/SessionProvider.js';

const goneTexts: Record<Exclude<InvitationPreview['state'], 'pending'>, MessageKey> = {
  accepted: 'invitation.accepted',
  expired: 'invitation.expired',
  revoked: 'invitation.revoked',
};

/**
 * The page an invitation mail links to, in the invitation's language: a new person chooses their
 * name and password, someone with an account confirms theirs; both land signed in, in the workspace.
 */
export function InvitationPage() {
  const { t, setLocale } = useI18n();
  const { location } = useRouter();
  const token = readSetupToken(location.hash);
  const preview = useLoad(`invitation:${token ?? ''}`, () => (token ? previewInvitation(token) : Promise.reject(new ApiError({ status: 404, code: 'not_found', detail: '' }))));
  useDocumentTitle(t('invitation.title'));
  const locale = preview.data?.locale;
  useEffect(() => {
    if (locale) setLocale(locale);
  }, [locale, setLocale]);

  let content;
  if (preview.error instanceof ApiError && preview.error.status === 404) {
    content = <Alert tone="warning" title={t('invitation.invalidTitle')}>{t('invitation.invalid')}</Alert>;
  } else if (preview.error) content = <LoadError error={preview.error} onRetry={preview.reload} />;
  else if (!preview.data) content = <Loading />;
  else if (preview.data.state !== 'pending') {
    content = (
      <>
        <Alert tone="warning" title={t('invitation.goneTitle')}>
          {t(goneTexts[preview.data.state], { inviter: preview.data.invitedBy, workspace: preview.data.workspaceName })}
        </Alert>
        <Link className="button button-secondary button-block" href="/login">
          {t('invitation.toLogin')}
        </Link>
      </>
    );
  } else content = <AcceptForm token={token!} invitation={preview.data} />;

  return (
    <AuthLayout>
      <PageHeading lead={preview.data ? t('invitation.intro', { inviter: preview.data.invitedBy, workspace: preview.data.workspaceName }) : undefined}>
        {preview.data ? t('invitation.join', { workspace: preview.data.workspaceName }) : t('invitation.title')}
      </PageHeading>
      {content}
    </AuthLayout>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t, formatDateTime } = useI18n();
  const { startSession } = useSession();
  const { navigate } = useRouter();
  const { form, change, errorFor, submit, serverError, isBusy, formRef } = useCheckedForm({
    initial: { name: invitation.name ?? '', password: '' },
    check: (f) => onlyProblems(invitation.hasAccount ? { password: checkRequired(f.password) } : { name: checkRequired(f.name), password: checkPassword(f.password) }),
    save: async (f) => {
      const session = await acceptInvitation({ token, password: f.password, ...(invitation.hasAccount ? {} : { name: f.name.trim() }) });
      startSession(session);
      const joined = session.workspaces.find((w) => w.name === invitation.workspaceName) ?? session.workspaces[0];
      navigate(joined ? roomPath(joined.id, homeRoom(joined.role)) : '/', { replace: true });
    },
  });

  return (
    <>
      <p>{t(invitation.hasAccount ? 'invitation.existingAccount' : 'invitation.newAccount', { email: invitation.email })}</p>
      <FormErrorAlert error={serverError} fields={['name', 'password']} />
      <form className="form" ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        {!invitation.hasAccount && <TextField label={t('invitation.name')} autoComplete="name" value={form.name} onValueChange={(name) => change({ name })} error={errorFor('name')} required />}
        {invitation.hasAccount ? (
          <TextField label={t('invitation.currentPassword')} type="password" autoComplete="current-password" value={form.password} onValueChange={(password) => change({ password })} error={errorFor('password')} required />
        ) : (
          <NewPasswordField label={t('invitation.password')} value={form.password} onValueChange={(password) => change({ password })} error={errorFor('password')} />
        )}
        <button type="submit" className="button button-primary button-block" disabled={isBusy}>
          {t('invitation.submit', { workspace: invitation.workspaceName })}
        </button>
      </form>
      <p className="muted">{t('invitation.expires', { date: formatDateTime(invitation.expiresAt) })}</p>
    </>
  );
}
