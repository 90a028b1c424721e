import { getCase } from '../../api/cases.js';
import type { CaseDetail } from '../../api/cases.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { respondPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { CaseCustomer } from './CaseCustomer.js';
import { CaseFacts } from './CaseFacts.js';
import { CaseOrigin } from './CaseOrigin.js';
import { CaseTimeline } from './CaseTimeline.js';
import { CaseControls } from './CaseControls.js';
import { CaseWork } from './CaseWork.js';
import { RespondTabs } from './RespondTabs.js';
import { useCaseLabels } from './useCaseLabels.js';
import { useRespondLookups } from './useRespondLookups.js';
import './case.css';

/** One case: where it stands, who the customer is and what they said, its timeline, and the work on it. */
export function CasePage({ workspaceId, caseId }: { workspaceId: string; caseId: string }) {
  const { t } = useI18n();
  const labels = useCaseLabels();
  const { can, data: workspace } = useWorkspace();
  const canRead = can('cases.read');
  const item = useLoad(`case:${workspaceId}:${caseId}:${canRead}`, () => (canRead ? getCase(workspaceId, caseId) : Promise.resolve(undefined)));
  const lookups = useRespondLookups(workspaceId);
  const shown = item.data?.id === caseId ? item.data : undefined;
  const title = shown ? t('respond.case.title', { number: shown.number, title: labels.title(shown) }) : t('respond.case.heading');
  useDocumentTitle(title);

  let content;
  if (!workspace) content = <Loading />;
  else if (!canRead) content = <p className="muted">{t('common.noPermission')}</p>;
  else if (item.error) content = <LoadError error={item.error} onRetry={item.reload} />;
  else if (!shown) content = <Loading />;
  else content = <CaseView workspaceId={workspaceId} item={shown} onChange={(next) => item.setData(next)} lookups={lookups} />;

  return (
    <>
      <PageHeading eyebrow={t('nav.respond')}>{title}</PageHeading>
      <RespondTabs workspaceId={workspaceId} current="cases" />
      <p className="case-back">
        <Link href={respondPath(workspaceId)}>{t('respond.case.back')}</Link>
      </p>
      {content}
    </>
  );
}

interface CaseViewProps {
  workspaceId: string;
  item: CaseDetail;
  onChange: (next: CaseDetail) => void;
  lookups: ReturnType<typeof useRespondLookups>;
}

function CaseView({ workspaceId, item, onChange, lookups }: CaseViewProps) {
  const { t } = useI18n();
  const work = !item.mayWork ? null : lookups.error ? <LoadError error={lookups.error} onRetry={lookups.reload} /> : !lookups.data ? <Loading /> : null;
  return (
    <div className="case-layout">
      <div className="case-main stack">
        <CaseOrigin item={item} />
        <CaseTimeline item={item} />
        {!item.mayWork && <p className="muted">{t('respond.case.readOnly')}</p>}
        {work}
        {item.mayWork && lookups.data && <CaseWork workspaceId={workspaceId} item={item} lookups={lookups.data} onChange={onChange} />}
      </div>
      <aside className="case-side stack" aria-label={t('respond.case.about')}>
        <CaseFacts item={item} rootCauses={lookups.data?.settings.rootCauses ?? []} />
        <CaseCustomer workspaceId={workspaceId} item={item} />
        {item.mayWork && lookups.data && <CaseControls workspaceId={workspaceId} item={item} lookups={lookups.data} onChange={onChange} />}
      </aside>
    </div>
  );
}
