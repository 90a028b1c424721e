import { useState } from 'react';
import { bulkChangeCases } from '../../api/cases.js';
import type { BulkResult } from '../../api/cases.js';
import { Alert } from '../../components/Alert.js';
import { SelectField } from '../../components/SelectField.js';
import { describeError } from '../../forms/errors.js';
import { useAction } from '../../hooks/useAction.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { BulkCloseDialog } from './BulkCloseDialog.js';
import type { RespondLookups } from './useRespondLookups.js';

const keep = '';
const nobody = '-';

interface BulkBarProps {
  workspaceId: string;
  caseIds: string[];
  lookups: RespondLookups;
  onDone: (result: BulkResult) => void;
}

/** Changes to every chosen case at once: a team and an owner, or closing them with one root cause. */
export function BulkBar({ workspaceId, caseIds, lookups, onDone }: BulkBarProps) {
  const { t, formatNumber } = useI18n();
  const [teamId, setTeamId] = useState(keep);
  const [ownerUserId, setOwnerUserId] = useState(keep);
  const [isClosing, setIsClosing] = useState(false);
  const assign = useAction(async () => {
    const choice = (value: string) => (value === keep ? {} : { value: value === nobody ? null : value });
    const team = choice(teamId);
    const owner = choice(ownerUserId);
    onDone(await bulkChangeCases(workspaceId, { caseIds, assign: { ...('value' in team ? { teamId: team.value } : {}), ...('value' in owner ? { ownerUserId: owner.value } : {}) } }));
  });

  return (
    <section className="bulk-bar" aria-label={t('respond.bulk.label')}>
      <p className="bulk-count" role="status">
        {t('respond.bulk.selected', { count: formatNumber(caseIds.length) })}
      </p>
      <form
        className="bulk-assign"
        onSubmit={(event) => {
          event.preventDefault();
          void assign.run();
        }}
      >
        <SelectField
          className="field-inline"
          label={t('respond.bulk.team')}
          value={teamId}
          options={[{ value: keep, label: t('respond.bulk.keepTeam') }, { value: nobody, label: t('respond.case.noTeam') }, ...lookups.teams.map((team) => ({ value: team.id, label: team.name }))]}
          onValueChange={setTeamId}
        />
        <SelectField
          className="field-inline"
          label={t('respond.bulk.owner')}
          value={ownerUserId}
          options={[{ value: keep, label: t('respond.bulk.keepOwner') }, { value: nobody, label: t('respond.case.nobody') }, ...lookups.members.map((m) => ({ value: m.userId, label: m.name }))]}
          onValueChange={setOwnerUserId}
        />
        <button type="submit" className="button button-primary button-small" disabled={assign.isBusy || (teamId === keep && ownerUserId === keep)}>
          {t('respond.bulk.assign')}
        </button>
      </form>
      <button type="button" className="button button-secondary button-small" onClick={() => setIsClosing(true)}>
        {t('respond.bulk.close')}
      </button>
      {assign.error !== null && <Alert tone="error">{describeError(t, assign.error)}</Alert>}
      <BulkCloseDialog
        workspaceId={workspaceId}
        caseIds={caseIds}
        rootCauses={lookups.settings.rootCauses}
        isOpen={isClosing}
        onDismiss={() => setIsClosing(false)}
        onDone={(result) => {
          setIsClosing(false);
          onDone(result);
        }}
      />
    </section>
  );
}
