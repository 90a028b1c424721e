import type { Case, CaseView } from '../../api/cases.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { casePath } from '../../router/routes.js';
import { PriorityBadge, StatusBadge, TimeLeftText } from './CaseBadges.js';
import { contactName } from './caseText.js';
import { viewLabels } from './CaseViews.js';
import { useCaseLabels } from './useCaseLabels.js';

interface CaseTableProps {
  workspaceId: string;
  view: CaseView;
  items: readonly Case[];
  /** The chosen cases, or null where the person may not change cases in bulk (no checkboxes then). */
  selected: ReadonlySet<string> | null;
  onSelect: (selected: ReadonlySet<string>) => void;
}

/** Cases newest first: number, title (to the case), customer, priority, status, who has it and the time left. */
export function CaseTable({ workspaceId, view, items, selected, onSelect }: CaseTableProps) {
  const { t } = useI18n();
  const labels = useCaseLabels();
  const isAllSelected = selected !== null && items.length > 0 && items.every((item) => selected.has(item.id));
  const toggle = (id: string, isOn: boolean) => {
    if (!selected) return;
    const next = new Set(selected);
    if (isOn) next.add(id);
    else next.delete(id);
    onSelect(next);
  };

  return (
    <div className="table-scroll">
      <table className="data-table cases-table" aria-label={t(viewLabels[view])}>
        <thead>
          <tr>
            {selected && (
              <th scope="col" className="case-select">
                <input
                  type="checkbox"
                  checked={isAllSelected}
                  onChange={(event) => onSelect(event.target.checked ? new Set(items.map((item) => item.id)) : new Set())}
                  aria-label={t('respond.cases.selectAll')}
                />
              </th>
            )}
            <th scope="col">{t('respond.cases.number')}</th>
            <th scope="col">{t('respond.cases.caseTitle')}</th>
            <th scope="col">{t('respond.cases.customer')}</th>
            <th scope="col">{t('respond.cases.priority')}</th>
            <th scope="col">{t('respond.cases.status')}</th>
            <th scope="col">{t('respond.cases.owner')}</th>
            <th scope="col">{t('respond.cases.timeLeft')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.isBreached ? 'is-breached' : undefined}>
              {selected && (
                <td className="case-select">
                  <input type="checkbox" checked={selected.has(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} aria-label={t('respond.cases.select', { number: item.number })} />
                </td>
              )}
              <td data-label={t('respond.cases.number')} className="case-number">
                {item.number}
              </td>
              <td data-label={t('respond.cases.caseTitle')}>
                <Link className="case-title-link" href={casePath(workspaceId, item.id)}>
                  {labels.title(item)}
                </Link>
              </td>
              <td data-label={t('respond.cases.customer')}>{contactName(item.contact) ?? ''}</td>
              <td data-label={t('respond.cases.priority')}>
                <span>
                  <PriorityBadge priority={item.priority} />
                </span>
              </td>
              <td data-label={t('respond.cases.status')}>
                <span>
                  <StatusBadge status={item.status} />
                </span>
              </td>
              <td data-label={t('respond.cases.owner')}>
                <OwnerText item={item} />
              </td>
              <td data-label={t('respond.cases.timeLeft')}>
                <TimeLeftText item={item} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The owner, with the team under it; "Unassigned" when nobody has the case. */
export function OwnerText({ item }: { item: Pick<Case, 'ownerName' | 'ownerUserId' | 'teamName' | 'teamId'> }) {
  const { t } = useI18n();
  const owner = item.ownerUserId ? (item.ownerName ?? t('respond.case.formerMember')) : null;
  const team = item.teamId ? (item.teamName ?? t('respond.case.deletedTeam')) : null;
  if (!owner && !team) return <span className="muted">{t('respond.case.unassigned')}</span>;
  return (
    <span className="case-owner">
      {owner && <span>{owner}</span>}
      {team && <span className={owner ? 'muted' : undefined}>{team}</span>}
    </span>
  );
}
