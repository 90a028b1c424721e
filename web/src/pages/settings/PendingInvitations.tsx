import type { MemberInvitation } from '../../api/types.js';
import { resendInvitation, revokeInvitation } from '../../api/workspaces.js';
import { describeError } from '../../forms/errors.js';
import { useRoleLabel } from '../../hooks/useLabels.js';
import { useI18n } from '../../i18n/I18nProvider.js';

interface PendingInvitationsProps {
  workspaceId: string;
  invitations: readonly MemberInvitation[];
  canManage: boolean;
  onChanged: (invitation: MemberInvitation | { id: string; removed: true }) => void;
  onNotice: (notice: { tone: 'success' | 'error'; text: string }) => void;
}

/** Invitations waiting to be accepted (or expired): send a fresh link, or revoke. */
export function PendingInvitations({ workspaceId, invitations, canManage, onChanged, onNotice }: PendingInvitationsProps) {
  const { t, formatDateTime } = useI18n();
  const roleLabel = useRoleLabel();
  if (invitations.length === 0) return null;

  const act = async (invitation: MemberInvitation, action: 'resend' | 'revoke') => {
    try {
      if (action === 'resend') {
        onChanged(await resendInvitation(workspaceId, invitation.id));
        onNotice({ tone: 'success', text: t('members.invitations.resent', { email: invitation.email }) });
      } else {
        await revokeInvitation(workspaceId, invitation.id);
        onChanged({ id: invitation.id, removed: true });
        onNotice({ tone: 'success', text: t('members.invitations.revoked', { email: invitation.email }) });
      }
    } catch (error) {
      onNotice({ tone: 'error', text: describeError(t, error) });
    }
  };

  return (
    <section aria-labelledby="pending-invitations-title" className="stack">
      <h2 id="pending-invitations-title">{t('members.invitations.title')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('members.email')}</th>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">{t('members.invitations.invitedBy')}</th>
            <th scope="col">{t('members.invitations.expires')}</th>
            {canManage && <th scope="col">{t('members.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <td data-label={t('members.email')}>{invitation.email}</td>
              <td data-label={t('members.role')}>{roleLabel(invitation.role)}</td>
              <td data-label={t('members.invitations.invitedBy')}>{invitation.invitedBy}</td>
              <td data-label={t('members.invitations.expires')}>
                {invitation.state === 'expired' ? <span className="muted">{t('members.invitations.expired')}</span> : formatDateTime(invitation.expiresAt)}
              </td>
              {canManage && (
                <td data-label={t('members.actions')}>
                  <span className="button-row">
                    <button type="button" className="button button-secondary button-small" aria-label={`${t('members.invitations.resend')}: ${invitation.email}`} onClick={() => void act(invitation, 'resend')}>
                      {t('members.invitations.resend')}
                    </button>
                    <button type="button" className="button button-danger-quiet button-small" aria-label={`${t('members.invitations.revoke')}: ${invitation.email}`} onClick={() => void act(invitation, 'revoke')}>
                      {t('members.invitations.revoke')}
                    </button>
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
