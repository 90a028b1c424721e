import { PageHeading } from '../../components/PageHeading.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { CollectTabs } from '../contacts/CollectTabs.js';
import { DistributionDetail } from './DistributionDetail.js';
import { DistributionList } from './DistributionList.js';
import '../surveys/surveys.css';
import '../insights/charts.css';
import './distributions.css';

/** The Collect room's email distributions: the list, or one distribution when the address names it. */
export function DistributionsPage({ workspaceId, distributionId }: { workspaceId: string; distributionId: string | null }) {
  const { t } = useI18n();
  const { can, data } = useWorkspace();

  let content;
  if (!data) content = null;
  else if (!can('surveys.read')) content = <p className="muted">{t('common.noPermission')}</p>;
  else if (distributionId) content = <DistributionDetail key={distributionId} workspaceId={workspaceId} distributionId={distributionId} />;
  else content = <DistributionList workspaceId={workspaceId} />;

  return (
    <>
      <PageHeading eyebrow={t('nav.collect')} lead={t('distributions.lead')}>
        {t('distributions.title')}
      </PageHeading>
      <CollectTabs workspaceId={workspaceId} current="distributions" />
      {content}
    </>
  );
}
