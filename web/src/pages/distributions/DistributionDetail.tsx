import { useState } from 'react';
import { changeDistributionState, deleteDistribution, getDistribution, getDistributionReport } from '../../api/distributions.js';
import type { Distribution } from '../../api/distributions.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { describeError } from '../../forms/errors.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useQuietRefresh } from '../../hooks/useQuietRefresh.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link, useRouter } from '../../router/router.js';
import { distributionsPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { DistributionDialog } from './DistributionDialog.js';
import { DistributionFacts } from './DistributionFacts.js';
import { InvitationList } from './InvitationList.js';
import { DistributionStatusBadge } from './labels.js';
import { PreviewDialog } from './PreviewDialog.js';
import { RecipientsDialog } from './RecipientImport.js';
import { ReportView } from './ReportView.js';
import { SendDialog } from './SendDialog.js';
import { TriggerCall } from './TriggerCall.js';
import { useDistributionLookups } from './useDistributionLookups.js';

type DialogName = 'edit' | 'send' | 'preview' | 'recipients' | 'cancel' | 'delete';
/** A message about the last action, shown while the distribution is in the state it led to. */
type Notice = { tone: 'success' | 'error'; text: string; status?: string } | null;

const refreshEveryMs = 5000;
const liveStatuses = new Set(['scheduled', 'sending', 'active']);

/** One distribution: what it is, what can be done with it now, and how it went. */
export function DistributionDetail({ workspaceId, distributionId }: { workspaceId: string; distributionId: string }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { can } = useWorkspace();
  const loaded = useLoad(`distribution:${workspaceId}:${distributionId}`, () => getDistribution(workspaceId, distributionId));
  const report = useLoad(`distribution-report:${workspaceId}:${distributionId}`, () => getDistributionReport(workspaceId, distributionId));
  const lookups = useDistributionLookups(workspaceId);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [isBusy, setIsBusy] = useState(false);
  // A send or an upload adds invitations: the list starts again from its first page.
  const [version, setVersion] = useState(0);
  const distribution = loaded.data;
  const isLive = distribution ? liveStatuses.has(distribution.status) : false;
  useDocumentTitle(distribution?.name ?? t('distributions.title'));
  useQuietRefresh(isLive, refreshEveryMs, () => {
    loaded.reload();
    report.reload();
  });

  if (loaded.error) {
    return (
      <div className="stack">
        <BackLink workspaceId={workspaceId} />
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  if (!distribution) return <Loading />;

  const canManage = can('surveys.manage');
  const { kind, status, counts } = distribution;
  const hasSent = counts.recipients - counts.draft > 0;
  const changed = (next: Distribution, text: string) => {
    loaded.setData(next);
    report.reload();
    setVersion((n) => n + 1);
    setNotice({ tone: 'success', text, status: next.status });
    setDialog(null);
  };
  const changeState = async (action: 'pause' | 'resume') => {
    setIsBusy(true);
    setNotice(null);
    try {
      changed(await changeDistributionState(workspaceId, distribution.id, action), t(action === 'pause' ? 'distributions.paused' : 'distributions.resumed'));
    } catch (error) {
      setNotice({ tone: 'error', text: describeError(t, error) });
    } finally {
      setIsBusy(false);
    }
  };
  const button = (name: DialogName, label: string, tone = 'button-secondary') => (
    <button type="button" className={`button ${tone}`} onClick={() => setDialog(name)} disabled={name === 'edit' && !lookups.data}>
      {label}
    </button>
  );

  return (
    <div className="stack distribution-detail">
      <BackLink workspaceId={workspaceId} />
      <div className="distribution-head">
        <h2 id="distribution-title">{distribution.name}</h2>
        <DistributionStatusBadge status={status} />
      </div>
      <DistributionFacts workspaceId={workspaceId} distribution={distribution} templates={lookups.data?.templates ?? []} />
      {notice && (notice.status === undefined || notice.status === status) && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <div className="distribution-actions" role="group" aria-label={t('distributions.actions')}>
        {button('preview', t('distributions.preview.open'))}
        {canManage && kind === 'once' && status === 'draft' && button('send', t('distributions.send.open'), 'button-primary')}
        {canManage && (status === 'draft' || kind === 'trigger') && button('edit', t('distributions.edit'))}
        {canManage && kind === 'once' && ['draft', 'scheduled', 'sending', 'sent'].includes(status) && button('recipients', t('distributions.csv.open'))}
        {canManage && kind === 'trigger' && (
          <button type="button" className="button button-secondary" onClick={() => void changeState(status === 'paused' ? 'resume' : 'pause')} disabled={isBusy}>
            {t(status === 'paused' ? 'distributions.resume' : 'distributions.pause')}
          </button>
        )}
        {canManage && (status === 'scheduled' || status === 'sending') && button('cancel', t('distributions.cancel'), 'button-danger-quiet')}
        {canManage && (status === 'draft' || (kind === 'trigger' && !hasSent)) && button('delete', t('distributions.delete'), 'button-danger-quiet')}
      </div>
      {distribution.settings.kind === 'trigger' && <TriggerCall workspaceId={workspaceId} event={distribution.settings.trigger.event} />}
      {report.error ? <LoadError error={report.error} onRetry={report.reload} /> : report.data ? <ReportView workspaceId={workspaceId} report={report.data} /> : <Loading />}
      <InvitationList key={version} workspaceId={workspaceId} distributionId={distribution.id} isLive={isLive} />

      <PreviewDialog workspaceId={workspaceId} distribution={distribution} isOpen={dialog === 'preview'} onDismiss={() => setDialog(null)} />
      {kind === 'once' && status === 'draft' && (
        <SendDialog
          workspaceId={workspaceId}
          distribution={distribution}
          isOpen={dialog === 'send'}
          onDismiss={() => setDialog(null)}
          onSent={(sent) => changed(sent, t(sent.status === 'scheduled' ? 'distributions.scheduled' : 'distributions.sendingNow'))}
        />
      )}
      {lookups.data && (
        <DistributionDialog
          workspaceId={workspaceId}
          isOpen={dialog === 'edit'}
          distribution={distribution}
          lookups={lookups.data}
          onDismiss={() => setDialog(null)}
          onSaved={(saved) => changed(saved, t('distributions.saved'))}
        />
      )}
      <RecipientsDialog
        workspaceId={workspaceId}
        distributionId={distribution.id}
        isOpen={dialog === 'recipients'}
        onDismiss={() => {
          setDialog(null);
          setVersion((n) => n + 1);
        }}
        onFinished={() => {
          loaded.reload();
          report.reload();
        }}
      />
      <ConfirmDialog
        isOpen={dialog === 'cancel'}
        title={t('distributions.cancelTitle', { name: distribution.name })}
        body={t('distributions.cancelBody')}
        confirmLabel={t('distributions.cancel')}
        onConfirm={async () => changed(await changeDistributionState(workspaceId, distribution.id, 'cancel'), t('distributions.cancelled'))}
        onDismiss={() => setDialog(null)}
      />
      <ConfirmDialog
        isOpen={dialog === 'delete'}
        title={t('distributions.deleteTitle', { name: distribution.name })}
        body={t('distributions.deleteBody')}
        confirmLabel={t('distributions.delete')}
        onConfirm={async () => {
          await deleteDistribution(workspaceId, distribution.id);
          navigate(distributionsPath(workspaceId));
        }}
        onDismiss={() => setDialog(null)}
      />
    </div>
  );
}

function BackLink({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  return (
    <p>
      <Link href={distributionsPath(workspaceId)}>{t('distributions.back')}</Link>
    </p>
  );
}
