import type { ConditionOp, DistributionStatus, InvitationStage } from '../../../../src/engine/invitations/distributions.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { skipReasonText } from './skipReasons.js';

/** Words for the codes distributions and invitations carry. */

export const statusLabels: Record<DistributionStatus, MessageKey> = {
  draft: 'distributions.status.draft',
  scheduled: 'distributions.status.scheduled',
  sending: 'distributions.status.sending',
  sent: 'distributions.status.sent',
  cancelled: 'distributions.status.cancelled',
  active: 'distributions.status.active',
  paused: 'distributions.status.paused',
};

const statusTones: Record<DistributionStatus, string> = {
  draft: 'badge-muted',
  scheduled: 'badge-accent',
  sending: 'badge-warning',
  sent: 'badge-success',
  cancelled: 'badge-muted',
  active: 'badge-success',
  paused: 'badge-muted',
};

export const stageLabels: Record<InvitationStage, MessageKey> = {
  completed: 'distributions.stage.completed',
  started: 'distributions.stage.started',
  opened: 'distributions.stage.opened',
  draft: 'distributions.stage.draft',
  queued: 'distributions.stage.queued',
  sending: 'distributions.stage.sending',
  sent: 'distributions.stage.sent',
  skipped: 'distributions.stage.skipped',
  failed: 'distributions.stage.failed',
  bounced: 'distributions.stage.bounced',
  cancelled: 'distributions.stage.cancelled',
};

export const stages = Object.keys(stageLabels) as InvitationStage[];

const stageTones: Partial<Record<InvitationStage, string>> = {
  completed: 'badge-success',
  started: 'badge-accent',
  opened: 'badge-accent',
  skipped: 'badge-warning',
  failed: 'badge-danger',
  bounced: 'badge-danger',
};

export const opLabels: Record<ConditionOp, MessageKey> = {
  eq: 'distributions.op.eq',
  neq: 'distributions.op.neq',
  gt: 'distributions.op.gt',
  gte: 'distributions.op.gte',
  lt: 'distributions.op.lt',
  lte: 'distributions.op.lte',
  contains: 'distributions.op.contains',
  present: 'distributions.op.present',
  absent: 'distributions.op.absent',
};

export function DistributionStatusBadge({ status }: { status: DistributionStatus }) {
  const { t } = useI18n();
  return <span className={`badge ${statusTones[status]}`}>{t(statusLabels[status])}</span>;
}

/** An invitation's stage; one sent only into the outbox (no mail server was set) says so, not "Sent". */
export function StageBadge({ stage, isInOutbox = false }: { stage: InvitationStage; isInOutbox?: boolean }) {
  const { t } = useI18n();
  if (stage === 'sent' && isInOutbox) return <span className="badge badge-warning">{t('distributions.stage.inOutbox')}</span>;
  return <span className={`badge ${stageTones[stage] ?? 'badge-muted'}`}>{t(stageLabels[stage])}</span>;
}

/** A share from 0 to 1 as a percentage in the reader's locale, or a dash when there is nothing to divide by. */
export function usePercent(): (share: number | null | undefined) => string {
  const { formatNumber } = useI18n();
  return (share) => (share === null || share === undefined ? '—' : formatNumber(share, { style: 'percent', maximumFractionDigits: 1 }));
}

/** Why an invitation was skipped (or a contact held back), in the reader's words; see skipReasons.ts. */
export function useSkipReasonText(): (reason: string) => string {
  const { t, locale, formatDate } = useI18n();
  // The server's line is the English wording itself.
  return (reason) => (locale === 'en' ? reason : skipReasonText(reason, t, formatDate));
}
