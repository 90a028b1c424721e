import { useI18n } from '../../i18n/I18nProvider.js';
import { CaseQueue } from './CaseQueue.js';
import { RespondFrame } from './RespondFrame.js';

/** The Respond room's front page: the cases queue. */
export function CasesPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  return (
    <RespondFrame workspaceId={workspaceId} current="cases" title={t('respond.cases.title')} lead={t('respond.cases.lead')}>
      {() => <CaseQueue workspaceId={workspaceId} />}
    </RespondFrame>
  );
}
