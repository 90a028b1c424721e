import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { casePriorities, changeableStatuses, changeCase } from '../../api/cases.js';
import { SelectField } from '../../components/SelectField.js';
import { serverFieldError } from '../../forms/errors.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { useAction } from '../../hooks/useAction.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { changeOf, fieldsOf } from './caseForms.js';
import type { CaseFields } from './caseForms.js';
import type { CaseFormProps } from './CaseWork.js';
import { useCaseLabels } from './useCaseLabels.js';

const fieldNames = ['status', 'priority', 'teamId', 'ownerUserId'] as const;

/** Status, priority, team and owner; only what was changed is sent. Waiting for the customer stops the SLA clock. */
export function ChangeCaseForm({ workspaceId, item, lookups, onChange }: CaseFormProps) {
  const { t } = useI18n();
  const labels = useCaseLabels();
  const [fields, setFields] = useState<CaseFields>(() => fieldsOf(item));
  const [isSaved, setIsSaved] = useState(false);
  const current = fieldsOf(item);
  const currentKey = Object.values(current).join('|');
  // The form follows the case when it changes (here, by a reply, or by someone else's save).
  useEffect(() => setFields(fieldsOf(item)), [currentKey]);
  const change = changeOf(item, fields);
  const hasChanges = Object.keys(change).length > 0;
  const save = useAction(async () => {
    onChange(await changeCase(workspaceId, item.id, change));
    setIsSaved(true);
  });
  const set = (patch: Partial<CaseFields>) => {
    setFields({ ...fields, ...patch });
    setIsSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (hasChanges) void save.run();
  };

  const teamOptions = [{ value: '', label: t('respond.case.noTeam') }, ...lookups.teams.map((team) => ({ value: team.id, label: team.name }))];
  if (item.teamId && !lookups.teams.some((team) => team.id === item.teamId)) teamOptions.push({ value: item.teamId, label: item.teamName ?? t('respond.case.deletedTeam') });
  const ownerOptions = [{ value: '', label: t('respond.case.nobody') }, ...lookups.members.map((member) => ({ value: member.userId, label: member.name }))];
  if (item.ownerUserId && !lookups.members.some((member) => member.userId === item.ownerUserId)) ownerOptions.push({ value: item.ownerUserId, label: item.ownerName ?? t('respond.case.formerMember') });

  return (
    <section className="card case-card" aria-labelledby="case-change-title">
      <h2 id="case-change-title" tabIndex={-1}>{t('respond.change.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrorAlert error={save.error} fields={fieldNames} />
        <SelectField
          label={t('respond.case.status')}
          value={fields.status}
          options={changeableStatuses.map((status) => ({ value: status, label: labels.status(status) }))}
          onValueChange={(status) => set({ status })}
          hint={fields.status === 'waiting_for_customer' ? t('respond.change.waitingHint') : undefined}
          error={serverFieldError(save.error, 'status')}
          disabled={save.isBusy}
        />
        <SelectField
          label={t('respond.case.priority')}
          value={fields.priority}
          options={casePriorities.map((priority) => ({ value: priority, label: labels.priority(priority) }))}
          onValueChange={(priority) => set({ priority })}
          error={serverFieldError(save.error, 'priority')}
          disabled={save.isBusy}
        />
        <SelectField label={t('respond.case.team')} value={fields.teamId} options={teamOptions} onValueChange={(teamId) => set({ teamId })} error={serverFieldError(save.error, 'teamId')} disabled={save.isBusy} />
        <SelectField
          label={t('respond.case.owner')}
          value={fields.ownerUserId}
          options={ownerOptions}
          onValueChange={(ownerUserId) => set({ ownerUserId })}
          error={serverFieldError(save.error, 'ownerUserId')}
          disabled={save.isBusy}
        />
        <div className="form-actions case-form-actions">
          <button type="submit" className="button button-primary" disabled={save.isBusy || !hasChanges}>
            {save.isBusy ? t('common.saving') : t('respond.change.save')}
          </button>
          {isSaved && <p className="muted" role="status">{t('common.saved')}</p>}
        </div>
      </form>
    </section>
  );
}
