import { useState } from 'react';
import type { Member } from '../../api/types.js';
import { changeMemberRole, getMeta, listInvitations, listMembers, removeMember } from '../../api/workspaces.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { describeError } from '../../forms/errors.js';
import { useRoleLabel } from '../../hooks/useLabels.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useSession } from '../../session/SessionProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { InviteMemberForm } from './InviteMemberForm.js';
import { PendingInvitations } from './PendingInvitations.js';

type Notice = { tone: 'success' | 'error'; text: string } | null;

/** Who is in the workspace and who is invited; people with members.manage invite, re-role and remove them. */
export function MembersSettings() {
  const { t, formatDate } = useI18n();
  const roleLabel = useRoleLabel();
  const { session } = useSession();
  const { workspaceId, can, data: workspace } = useWorkspace();
  const canManage = can('members.manage');
  const members = useLoad(`members:${workspaceId}`, () => listMembers(workspaceId));
  const invitations = useLoad(`invitations:${workspaceId}`, () => listInvitations(workspaceId));
  const meta = useLoad('meta', getMeta);
  const [notice, setNotice] = useState<Notice>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  if (members.error) return <LoadError error={members.error} onRetry={members.reload} />;
  if (!members.data) return <Loading />;

  const roles = meta.data?.roles ?? [];
  const roleOptions = (current: string) =>
    (roles.includes(current) ? roles : [current, ...roles]).map((r) => ({ value: r, label: roleLabel(r) }));

  const replace = (member: Member) =>
    members.setData((list) => list?.map((m) => (m.userId === member.userId ? member : m)));

  const changeRole = async (member: Member, role: string) => {
    setNotice(null);
    try {
      const updated = await changeMemberRole(workspaceId, member.userId, role);
      replace(updated);
      setNotice({ tone: 'success', text: t('members.roleChanged', { name: updated.name, role: roleLabel(updated.role) }) });
    } catch (error) {
      setNotice({ tone: 'error', text: describeError(t, error) });
    }
  };

  const confirmRemove = async () => {
    if (!removing) return;
    await removeMember(workspaceId, removing.userId);
    members.setData((list) => list?.filter((m) => m.userId !== removing.userId));
    setNotice({ tone: 'success', text: t('members.removed', { name: removing.name }) });
    setRemoving(null);
  };

  return (
    <div className="stack">
      <p className="muted">{t('members.intro')}</p>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {members.data.length === 0 ? (
        <p className="muted">{t('members.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.email')}</th>
              <th scope="col">{t('members.role')}</th>
              <th scope="col">{t('members.joined')}</th>
              {canManage && <th scope="col">{t('members.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.data.map((member) => {
              const isSelf = member.userId === session?.user.id;
              return (
                <tr key={member.userId}>
                  <td data-label={t('members.name')}>
                    <span>
                      {member.name} {isSelf && <span className="muted">{t('members.you')}</span>}
                    </span>
                  </td>
                  <td data-label={t('members.email')}>{member.email}</td>
                  <td data-label={t('members.role')}>
                    {canManage && !isSelf && roles.length > 0 ? (
                      <SelectField
                        className="field-inline"
                        label={t('members.roleFor', { name: member.name })}
                        isLabelHidden
                        value={member.role}
                        options={roleOptions(member.role)}
                        onValueChange={(role) => void changeRole(member, role)}
                      />
                    ) : (
                      roleLabel(member.role)
                    )}
                  </td>
                  <td data-label={t('members.joined')}>{formatDate(member.createdAt)}</td>
                  {canManage && (
                    <td data-label={t('members.actions')}>
                      {!isSelf && (
                        <button
                          type="button"
                          className="button button-danger-quiet button-small"
                          aria-label={`${t('members.remove')}: ${member.name}`}
                          onClick={() => setRemoving(member)}
                        >
                          {t('members.remove')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <PendingInvitations
        workspaceId={workspaceId}
        invitations={invitations.data ?? []}
        canManage={canManage}
        onNotice={setNotice}
        onChanged={(changed) =>
          invitations.setData((list) => ('removed' in changed ? list?.filter((i) => i.id !== changed.id) : list?.map((i) => (i.id === changed.id ? changed : i))))
        }
      />
      {canManage && roles.length > 0 && workspace && (
        <InviteMemberForm
          workspaceId={workspaceId}
          roles={roles}
          defaultLocale={workspace.defaultLocale}
          onInvited={(invitation) => {
            invitations.setData((list) => [invitation, ...(list ?? []).filter((i) => i.email.toLowerCase() !== invitation.email.toLowerCase())]);
            setNotice({ tone: 'success', text: t('members.invited', { email: invitation.email }) });
          }}
        />
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('members.removeConfirmTitle', { name: removing?.name ?? '' })}
        body={t('members.removeConfirmBody', { name: removing?.name ?? '' })}
        confirmLabel={t('members.remove')}
        onConfirm={confirmRemove}
        onDismiss={() => setRemoving(null)}
      />
    </div>
  );
}
