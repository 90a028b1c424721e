import { PageHeading } from '../../components/PageHeading.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { CaseQueue } from './CaseQueue.js';
import { RespondTabs } from './RespondTabs.js';

/** The Respond room's front page: the cases queue. */
export function CasesPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const { can, data } = useWorkspace();
  useDocumentTitle(t('respond.cases.title'));
  return (
    <>
      <PageHeading eyebrow={t('nav.respond')} lead={t('respond.cases.lead')}>
        {t('respond.cases.title')}
      </PageHeading>
      <RespondTabs workspaceId={workspaceId} current="cases" />
      {!data ? null : can('cases.read') ? <CaseQueue workspaceId={workspaceId} /> : <p className="muted">{t('common.noPermission')}</p>}
    </>
  );
}
