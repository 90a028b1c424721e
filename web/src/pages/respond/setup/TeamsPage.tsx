import { useState } from 'react';
import { deleteTeam } from '../../../api/respondSetup.js';
import type { Team } from '../../../api/respondSetup.js';
import { Alert } from '../../../components/Alert.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { LoadError } from '../../../components/LoadError.js';
import { Loading } from '../../../components/Loading.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { RespondFrame } from '../RespondFrame.js';
import { TeamDialog } from './TeamDialog.js';
import { nameOf, useSetupLookups } from './useSetupLookups.js';
import './setup.css';

/** Frontline teams: who leads each and who is in it, in the order round-robin hands out cases. */
export function TeamsPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  return (
    <RespondFrame workspaceId={workspaceId} current="teams" title={t('respond.setup.teams.title')} lead={t('respond.setup.teams.intro')}>
      {(canManage) => <TeamsView workspaceId={workspaceId} canManage={canManage} />}
    </RespondFrame>
  );
}

function TeamsView({ workspaceId, canManage }: { workspaceId: string; canManage: boolean }) {
  const { t } = useI18n();
  const lookups = useSetupLookups(workspaceId);
  const [editing, setEditing] = useState<{ team: Team | null } | null>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (lookups.error) return <LoadError error={lookups.error} onRetry={lookups.reload} />;
  if (!lookups.data) return <Loading />;
  const { teams, members } = lookups.data;
  const member = nameOf(members, (m) => m.userId, (m) => m.name || m.email, () => t('respond.setup.unknownMember'));
  const setTeams = (change: (teams: Team[]) => Team[]) => lookups.setData((current) => (current ? { ...current, teams: change(current.teams) } : current));

  const confirmDelete = async () => {
    if (!deleting) return;
    await deleteTeam(workspaceId, deleting.id);
    setTeams((list) => list.filter((x) => x.id !== deleting.id));
    setNotice(t('respond.setup.teams.deleted', { name: deleting.name }));
    setDeleting(null);
  };

  return (
    <div className="stack respond-setup">
      <div className="setup-bar">
        <h2 id="teams-title">{t('respond.setup.teams.listTitle')}</h2>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => setEditing({ team: null })}>
            {t('respond.setup.teams.new')}
          </button>
        )}
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {teams.length === 0 ? (
        <p className="muted" role="status">
          {t('respond.setup.teams.empty')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table teams-table" aria-labelledby="teams-title">
            <thead>
              <tr>
                <th scope="col">{t('respond.setup.teams.name')}</th>
                <th scope="col">{t('respond.setup.teams.lead')}</th>
                <th scope="col">{t('respond.setup.teams.members')}</th>
                {canManage && <th scope="col">{t('members.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.id}>
                  <th scope="row" data-label={t('respond.setup.teams.name')}>
                    {team.name}
                  </th>
                  <td data-label={t('respond.setup.teams.lead')}>{team.leadUserId ? member(team.leadUserId) : <span className="muted">{t('respond.setup.teams.noLead')}</span>}</td>
                  <td data-label={t('respond.setup.teams.members')}>
                    {team.memberUserIds.length === 0 ? (
                      <span className="muted">{t('respond.setup.teams.noMembers')}</span>
                    ) : (
                      <ol className="team-member-summary">
                        {team.memberUserIds.map((userId) => (
                          <li key={userId}>{member(userId)}</li>
                        ))}
                      </ol>
                    )}
                  </td>
                  {canManage && (
                    <td data-label={t('members.actions')}>
                      <div className="row-actions">
                        <button type="button" className="button button-secondary button-small" aria-label={`${t('respond.setup.edit')}: ${team.name}`} onClick={() => setEditing({ team })}>
                          {t('respond.setup.edit')}
                        </button>
                        <button type="button" className="button button-danger-quiet button-small" aria-label={`${t('respond.setup.delete')}: ${team.name}`} onClick={() => setDeleting(team)}>
                          {t('respond.setup.delete')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <TeamDialog
        workspaceId={workspaceId}
        isOpen={editing !== null}
        team={editing?.team ?? null}
        members={members}
        onDismiss={() => setEditing(null)}
        onSaved={(saved, isNew) => {
          setTeams((list) => (isNew ? [...list, saved] : list.map((x) => (x.id === saved.id ? saved : x))));
          setNotice(t(isNew ? 'respond.setup.teams.created' : 'respond.setup.teams.saved', { name: saved.name }));
          setEditing(null);
        }}
      />
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('respond.setup.teams.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('respond.setup.teams.deleteBody')}
        confirmLabel={t('respond.setup.teams.delete')}
        onConfirm={confirmDelete}
        onDismiss={() => setDeleting(null)}
      />
    </div>
  );
}
