import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { casePriorities } from '../../api/cases.js';
import type { CasePriority, Team } from '../../api/cases.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { defaultCasesQuery, isFiltered, statusFilters } from './casesQuery.js';
import type { CasesQuery, StatusFilter } from './casesQuery.js';
import { useCaseLabels } from './useCaseLabels.js';

/** The queue's filters as one search landmark: choices apply at once, the search text when sent. */
export function CaseFilters({ query, teams, onChange }: { query: CasesQuery; teams: readonly Team[]; onChange: (next: CasesQuery) => void }) {
  const { t } = useI18n();
  const labels = useCaseLabels();
  const [text, setText] = useState(query.q);
  const searchId = useId();

  // Back and forward change the address; the box follows.
  useEffect(() => setText(query.q), [query.q]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...query, q: text.trim() });
  };
  const statusLabel = (status: StatusFilter) => (status === 'open' ? t('respond.filter.open') : status === 'any' ? t('respond.filter.anyStatus') : labels.status(status));

  return (
    <form className="response-filters case-filters" role="search" aria-label={t('respond.filter.label')} onSubmit={submit}>
      <SelectField
        label={t('respond.filter.status')}
        value={query.status}
        options={statusFilters.map((status) => ({ value: status, label: statusLabel(status) }))}
        onValueChange={(value) => onChange({ ...query, status: value as StatusFilter })}
      />
      <SelectField
        label={t('respond.filter.priority')}
        value={query.priority}
        options={[{ value: '', label: t('respond.filter.anyPriority') }, ...casePriorities.map((p) => ({ value: p, label: labels.priority(p) }))]}
        onValueChange={(value) => onChange({ ...query, priority: value as CasePriority | '' })}
      />
      <SelectField
        label={t('respond.filter.team')}
        value={query.teamId}
        options={[
          { value: '', label: t('respond.filter.anyTeam') },
          ...teams.map((team) => ({ value: team.id, label: team.name })),
          ...(query.teamId && !teams.some((team) => team.id === query.teamId) ? [{ value: query.teamId, label: t('respond.filter.unknownTeam') }] : []),
        ]}
        onValueChange={(teamId) => onChange({ ...query, teamId })}
      />
      <label className="checkbox case-filter-breached">
        <input type="checkbox" checked={query.isBreached} onChange={(event) => onChange({ ...query, isBreached: event.target.checked })} />
        {t('respond.filter.breached')}
      </label>
      <div className="field case-filter-search">
        <label htmlFor={searchId}>{t('respond.filter.search')}</label>
        <div className="case-search-row">
          <input id={searchId} type="search" value={text} onChange={(event) => setText(event.target.value)} aria-describedby={`${searchId}-hint`} autoComplete="off" />
          <button type="submit" className="button button-secondary">
            {t('respond.filter.searchButton')}
          </button>
        </div>
        <p id={`${searchId}-hint`} className="field-hint">
          {t('respond.filter.searchHint')}
        </p>
      </div>
      {isFiltered(query) && (
        <div className="filters-clear">
          <button type="button" className="button button-secondary button-small" onClick={() => onChange({ ...defaultCasesQuery, view: query.view })}>
            {t('respond.filter.clear')}
          </button>
        </div>
      )}
    </form>
  );
}
