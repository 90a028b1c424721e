import { useState } from 'react';
import type { FormEvent } from 'react';
import { createTeam, updateTeam } from '../../../api/respondSetup.js';
import type { Team } from '../../../api/respondSetup.js';
import type { Member } from '../../../api/types.js';
import { Dialog } from '../../../components/Dialog.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextField } from '../../../components/TextField.js';
import { serverFieldError } from '../../../forms/errors.js';
import { FormErrorAlert } from '../../../forms/FormErrorAlert.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { IconButton, useFocusAfterChange } from '../../surveys/controls.js';
import { serverListError } from './ruleChecks.js';
import type { Problems } from './ruleChecks.js';
import { checkTeamForm, emptyTeamForm, moveItem, teamToForm, toTeamInput, withMember } from './teamForm.js';
import type { TeamForm } from './teamForm.js';

interface TeamDialogProps {
  workspaceId: string;
  team: Team | null;
  isOpen: boolean;
  members: readonly Member[];
  onSaved: (team: Team, isNew: boolean) => void;
  onDismiss: () => void;
}

/** Adds or changes a team: its name, lead and members in round-robin order. */
export function TeamDialog({ team, isOpen, onDismiss, ...rest }: TeamDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={team ? t('respond.setup.teams.editTitle', { name: team.name }) : t('respond.setup.teams.newTitle')} onDismiss={onDismiss}>
      {isOpen && <TeamEditor key={team?.id ?? 'new'} team={team} onDismiss={onDismiss} {...rest} />}
    </Dialog>
  );
}

function TeamEditor({ workspaceId, team, members, onSaved, onDismiss }: Omit<TeamDialogProps, 'isOpen'>) {
  const { t } = useI18n();
  const [form, setForm] = useState<TeamForm>(() => (team ? teamToForm(team) : emptyTeamForm()));
  const [adding, setAdding] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const { ref, focusAfter } = useFocusAfterChange<HTMLDivElement>();

  const nameOf = (userId: string) => {
    const member = members.find((m) => m.userId === userId);
    return member ? member.name || member.email : t('respond.setup.unknownMember');
  };
  const setMembers = (memberUserIds: string[]) => setForm((current) => ({ ...current, memberUserIds }));
  const addable = members.filter((m) => !form.memberUserIds.includes(m.userId));
  const errorFor = (path: string) => {
    const local = problems[path];
    return local ? t(local.key, local.params) : serverFieldError(serverError, path);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkTeamForm(form);
    setProblems(found);
    setServerError(null);
    if (Object.keys(found).length > 0) return;
    setIsBusy(true);
    try {
      const saved = team ? await updateTeam(workspaceId, team.id, toTeamInput(form)) : await createTeam(workspaceId, toTeamInput(form));
      onSaved(saved, team === null);
    } catch (error) {
      setServerError(error);
    } finally {
      setIsBusy(false);
    }
  };

  const fields = ['name', 'leadUserId', 'memberUserIds', ...form.memberUserIds.map((_, i) => `memberUserIds.${i}`)];

  return (
    <form className="form team-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorAlert error={serverError} fields={fields} />
      <TextField label={t('respond.setup.teams.name')} value={form.name} onValueChange={(name) => setForm({ ...form, name })} maxLength={200} autoComplete="off" error={errorFor('name')} required />
      <SelectField
        label={t('respond.setup.teams.lead')}
        hint={t('respond.setup.teams.leadHint')}
        value={form.leadUserId}
        options={[
          { value: '', label: t('respond.setup.teams.noLead') },
          ...(form.leadUserId && !members.some((m) => m.userId === form.leadUserId) ? [{ value: form.leadUserId, label: t('respond.setup.unknownMember') }] : []),
          ...members.map((m) => ({ value: m.userId, label: m.name || m.email })),
        ]}
        onValueChange={(leadUserId) => setForm({ ...form, leadUserId })}
        error={errorFor('leadUserId')}
      />
      <div ref={ref} className="team-members-field" role="group" aria-labelledby="team-members-label" aria-describedby="team-members-hint">
        <p id="team-members-label" className="team-members-label">
          {t('respond.setup.teams.members')}
        </p>
        <p id="team-members-hint" className="field-hint">
          {t('respond.setup.teams.membersHint')}
        </p>
        {serverListError(serverError, 'memberUserIds') && <p className="field-error">{serverListError(serverError, 'memberUserIds')}</p>}
        {form.memberUserIds.length === 0 ? (
          <p className="muted">{t('respond.setup.teams.noMembers')}</p>
        ) : (
          <ol className="team-members">
            {form.memberUserIds.map((userId, i) => {
              const name = nameOf(userId);
              return (
                <li key={userId}>
                  <span className="team-member-name">{name}</span>
                  <span className="team-member-tools">
                    <IconButton
                      icon="up"
                      className="member-up"
                      label={t('respond.setup.teams.moveUp', { name })}
                      disabled={i === 0}
                      onClick={() => {
                        focusAfter(`.team-members > li:nth-child(${i}) .member-up:not(:disabled)`, `.team-members > li:nth-child(${i}) .member-down`);
                        setMembers(moveItem(form.memberUserIds, i, -1));
                      }}
                    />
                    <IconButton
                      icon="down"
                      className="member-down"
                      label={t('respond.setup.teams.moveDown', { name })}
                      disabled={i === form.memberUserIds.length - 1}
                      onClick={() => {
                        focusAfter(`.team-members > li:nth-child(${i + 2}) .member-down:not(:disabled)`, `.team-members > li:nth-child(${i + 2}) .member-up`);
                        setMembers(moveItem(form.memberUserIds, i, 1));
                      }}
                    />
                    <IconButton
                      icon="close"
                      tone="danger"
                      className="member-remove"
                      label={t('respond.setup.teams.removeMember', { name })}
                      onClick={() => {
                        focusAfter(`.team-members > li:nth-child(${Math.min(i + 1, form.memberUserIds.length - 1)}) .member-remove`, '.team-add-member select');
                        setMembers(form.memberUserIds.filter((id) => id !== userId));
                      }}
                    />
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        {addable.length > 0 && (
          <div className="team-add-member">
            <SelectField
              label={t('respond.setup.teams.addMember')}
              value={adding}
              options={[{ value: '', label: t('respond.setup.teams.chooseMember') }, ...addable.map((m) => ({ value: m.userId, label: m.name || m.email }))]}
              onValueChange={setAdding}
            />
            <button
              type="button"
              className="button button-secondary"
              disabled={!adding}
              onClick={() => {
                setMembers(withMember(form.memberUserIds, adding));
                setAdding('');
              }}
            >
              {t('respond.setup.teams.add')}
            </button>
          </div>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? t('common.saving') : t(team ? 'respond.setup.teams.save' : 'respond.setup.teams.create')}
        </button>
      </div>
    </form>
  );
}
