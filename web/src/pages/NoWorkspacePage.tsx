import { Alert } from '../components/Alert.js';
import { AuthLayout } from '../components/AuthLayout.js';
import { PageHeading } from '../components/PageHeading.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSession } from '../session/SessionProvider.js';

/** Signed in, but a member of no workspace: nothing to open until an admin adds them. */
export function NoWorkspacePage() {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  return (
    <AuthLayout>
      <PageHeading lead={session ? t('header.signedInAs', { email: session.user.email }) : undefined}>Kuulo</PageHeading>
      <Alert tone="info">{t('workspace.none')}</Alert>
      <button type="button" className="button button-secondary button-block" onClick={() => void signOut()}>
        {t('header.signOut')}
      </button>
    </AuthLayout>
  );
}
