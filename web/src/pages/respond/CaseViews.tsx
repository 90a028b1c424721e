import type { CaseCounts, CaseView } from '../../api/cases.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { Link } from '../../router/router.js';
import { respondPath } from '../../router/routes.js';
import { caseViews, writeCasesQuery } from './casesQuery.js';
import type { CasesQuery } from './casesQuery.js';

export const viewLabels: Record<CaseView, MessageKey> = { mine: 'respond.view.mine', team: 'respond.view.team', all: 'respond.view.all' };

/** My cases, my teams' queue or every case, each with how many are open; the filters stay as they are. */
export function CaseViews({ workspaceId, query, counts }: { workspaceId: string; query: CasesQuery; counts: CaseCounts | undefined }) {
  const { t, formatNumber } = useI18n();
  const countOf = (view: CaseView) => (view === 'all' ? counts?.all : counts?.[view]);
  return (
    <nav className="case-views" aria-label={t('respond.view.label')}>
      <ul>
        {caseViews.map((view) => {
          const count = countOf(view);
          return (
            <li key={view}>
              <Link href={respondPath(workspaceId, null, writeCasesQuery({ ...query, view }))} aria-current={query.view === view ? 'true' : undefined}>
                {t(viewLabels[view])}
                {count !== undefined && (
                  <>
                    {' '}
                    <span className="case-view-count">{formatNumber(count)}</span>
                    <span className="visually-hidden"> {t('respond.view.open')}</span>
                  </>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
      {counts && counts.breached > 0 && (
        <p className="case-views-breached">
          <Link href={respondPath(workspaceId, null, writeCasesQuery({ ...query, view: 'all', status: 'open', isBreached: true }))}>{t('respond.view.breached', { count: formatNumber(counts.breached) })}</Link>
        </p>
      )}
    </nav>
  );
}
