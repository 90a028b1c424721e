import { useState } from 'react';
import { listInvitations } from '../../api/distributions.js';
import type { Invitation, InvitationPage } from '../../api/distributions.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { describeError } from '../../forms/errors.js';
import { usePagedList } from '../../hooks/usePagedList.js';
import { useQuietRefresh } from '../../hooks/useQuietRefresh.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { contactsPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { StageBadge, stageLabels, stages, useSkipReasonText } from './labels.js';

const pageSize = 50;
const refreshEveryMs = 5000;

/** Each recipient of a distribution and how far they got, a page at a time, optionally of one stage. */
export function InvitationList({ workspaceId, distributionId, isLive }: { workspaceId: string; distributionId: string; isLive: boolean }) {
  const { t, formatDateTime } = useI18n();
  const reasonText = useSkipReasonText();
  const { can } = useWorkspace();
  const [stage, setStage] = useState('');
  const { first, items, cursor, loadMore, isBusy, moreError, hasMore } = usePagedList<Invitation, InvitationPage>(
    `invitations:${workspaceId}:${distributionId}:${stage}`,
    (beforeId) => listInvitations(workspaceId, distributionId, { ...(stage ? { stage } : {}), beforeId, limit: pageSize }),
    (page) => page.nextBeforeId,
  );
  // While mail goes out, the first page follows it; pages loaded after it stay as they were.
  useQuietRefresh(isLive && !hasMore, refreshEveryMs, first.reload);

  const time = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : null);
  const who = (invitation: Invitation) => {
    const name = invitation.contact?.name || invitation.email || invitation.contact?.email || t('contacts.unnamed');
    return invitation.contact && can('contacts.read') ? <Link href={contactsPath(workspaceId, invitation.contact.id)}>{name}</Link> : name;
  };

  let content;
  if (first.error) content = <LoadError error={first.error} onRetry={first.reload} />;
  else if (!first.data) content = <Loading />;
  else if (items.length === 0) content = <p className="muted" role="status">{stage ? t('distributions.invitations.noneInStage') : t('distributions.invitations.none')}</p>;
  else {
    content = (
      <div className="table-scroll">
        <table className="data-table invitations-table" aria-labelledby="invitations-title">
          <thead>
            <tr>
              <th scope="col">{t('distributions.invitations.recipient')}</th>
              <th scope="col">{t('distributions.invitations.stage')}</th>
              <th scope="col">{t('distributions.report.language')}</th>
              <th scope="col">{t('distributions.invitations.sentAt')}</th>
              <th scope="col">{t('distributions.invitations.openedAt')}</th>
              <th scope="col">{t('distributions.invitations.completedAt')}</th>
              <th scope="col" className="numeric">{t('distributions.invitations.reminders')}</th>
              <th scope="col">{t('distributions.invitations.note')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((invitation) => (
              <tr key={invitation.id}>
                <td data-label={t('distributions.invitations.recipient')}>
                  <span className="invitation-who">{who(invitation)}</span>
                  {invitation.contact?.name && invitation.email && <span className="muted invitation-email">{invitation.email}</span>}
                </td>
                <td data-label={t('distributions.invitations.stage')}>
                  <StageBadge stage={invitation.stage} isInOutbox={invitation.isInOutbox} />
                </td>
                <td data-label={t('distributions.report.language')}>{invitation.language ?? ''}</td>
                <td data-label={t('distributions.invitations.sentAt')}>{time(invitation.sentAt) ?? (invitation.status === 'queued' || invitation.status === 'draft' ? <span className="muted">{t('distributions.invitations.due', { at: formatDateTime(invitation.dueAt) })}</span> : null)}</td>
                <td data-label={t('distributions.invitations.openedAt')}>
                  {time(invitation.openedAt)}
                  {invitation.openedAt && invitation.isOpenUnreliable && <span className="muted invitation-unreliable"> {t('distributions.invitations.unreliable')}</span>}
                </td>
                <td data-label={t('distributions.invitations.completedAt')}>{time(invitation.completedAt) ?? (invitation.startedAt ? <span className="muted">{t('distributions.invitations.startedAt', { at: formatDateTime(invitation.startedAt) })}</span> : null)}</td>
                <td data-label={t('distributions.invitations.reminders')} className="numeric">{invitation.remindersSent}</td>
                <td data-label={t('distributions.invitations.note')} className="invitation-note">{invitation.skipReason ? reasonText(invitation.skipReason) : (invitation.lastError ?? '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="stack invitations" aria-labelledby="invitations-title">
      <div className="survey-list-bar">
        <h2 id="invitations-title">{t('distributions.invitations.title')}</h2>
        <SelectField
          className="invitations-stage"
          label={t('distributions.invitations.filterStage')}
          value={stage}
          options={[{ value: '', label: t('distributions.invitations.allStages') }, ...stages.map((s) => ({ value: s, label: t(stageLabels[s]) }))]}
          onValueChange={setStage}
        />
      </div>
      {content}
      {moreError !== null && <Alert tone="error">{describeError(t, moreError)}</Alert>}
      {cursor && (
        <div>
          <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={isBusy}>
            {isBusy ? t('common.loading') : t('distributions.invitations.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}
