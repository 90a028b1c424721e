import type { ReactNode } from 'react';
import { PageHeading } from '../../components/PageHeading.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { RespondTabs, type RespondTab } from './RespondTabs.js';

/**
 * What every Respond page has around its content: the heading, the room's tabs, and the check that
 * the member may read cases. `children` learns whether they may also manage them.
 */
export function RespondFrame({ workspaceId, current, title, lead, children }: { workspaceId: string; current: RespondTab; title: string; lead: string; children: (canManage: boolean) => ReactNode }) {
  const { t } = useI18n();
  const { can, data } = useWorkspace();
  useDocumentTitle(title);
  return (
    <>
      <PageHeading eyebrow={t('nav.respond')} lead={lead}>
        {title}
      </PageHeading>
      <RespondTabs workspaceId={workspaceId} current={current} />
      {!data ? null : can('cases.read') ? children(can('cases.manage')) : <p className="muted">{t('common.noPermission')}</p>}
    </>
  );
}
