import type { ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { Alert } from '../components/Alert.js';
import { PageHeading } from '../components/PageHeading.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useWorkspace } from '../workspace/WorkspaceProvider.js';

/** Shows the page unless the server says this workspace is not there for this person. */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { error } = useWorkspace();
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    return (
      <>
        <PageHeading>{t('notFound.title')}</PageHeading>
        <Alert tone="error">{t('workspace.notFound')}</Alert>
      </>
    );
  }
  return <>{children}</>;
}
