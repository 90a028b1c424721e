import type { ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { Alert } from '../components/Alert.js';
import { LoadError } from '../components/LoadError.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { requiredPermission } from '../router/access.js';
import { useRouter } from '../router/router.js';
import { useWorkspace } from '../workspace/WorkspaceProvider.js';

/**
 * Shows the page once the workspace (with the person's permissions in it) is known, unless the
 * workspace is not there for them or the page needs a permission their role lacks: then it says
 * so, and the page, which would only call an API that refuses, is not rendered at all.
 */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { route } = useRouter();
  const { data, error, reload, can } = useWorkspace();
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    return (
      <>
        <PageHeading>{t('notFound.title')}</PageHeading>
        <Alert tone="error">{t('workspace.notFound')}</Alert>
      </>
    );
  }
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  const permission = requiredPermission(route);
  if (permission && !can(permission)) return <NoPermissionPage />;
  return <>{children}</>;
}

function NoPermissionPage() {
  const { t } = useI18n();
  useDocumentTitle(t('access.denied.title'));
  return (
    <>
      <PageHeading>{t('access.denied.title')}</PageHeading>
      <Alert tone="info">{t('access.denied.body')}</Alert>
    </>
  );
}
