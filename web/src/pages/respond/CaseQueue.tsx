import { useEffect, useRef, useState } from 'react';
import { listCases } from '../../api/cases.js';
import type { BulkResult, Case } from '../../api/cases.js';
import { Alert } from '../../components/Alert.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { describeError } from '../../forms/errors.js';
import { usePagedList } from '../../hooks/usePagedList.js';
import { useQuietRefresh } from '../../hooks/useQuietRefresh.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useRouter } from '../../router/router.js';
import { respondPath } from '../../router/routes.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { BulkBar } from './BulkBar.js';
import { BulkResultAlert } from './BulkResultAlert.js';
import { CaseFilters } from './CaseFilters.js';
import { CaseTable } from './CaseTable.js';
import { CaseViews } from './CaseViews.js';
import { isFiltered, listParams, readCasesQuery, writeCasesQuery } from './casesQuery.js';
import type { CasesQuery } from './casesQuery.js';
import { useRespondLookups } from './useRespondLookups.js';

const pageSize = 50;
/** How often an open queue looks for new and changed cases. */
const refreshMs = 5_000;

/** The queue the address describes: a view, filters, a table a page at a time, and bulk changes for those who manage cases. */
export function CaseQueue({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const { location, navigate } = useRouter();
  const { can } = useWorkspace();
  const canManage = can('cases.manage');
  const query = readCasesQuery(location.search);
  const search = writeCasesQuery(query);
  const [attempt, setAttempt] = useState(0);
  const key = `${search}:${attempt}`;
  const { first, items, cursor, hasMore, loadMore, isBusy, moreError } = usePagedList<Case, Awaited<ReturnType<typeof listCases>>>(
    `cases:${workspaceId}:${key}`,
    (before) => listCases(workspaceId, { ...listParams(query), ...(before ? { before } : {}), limit: pageSize }),
    (page) => page.next,
  );
  const lookups = useRespondLookups(workspaceId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulk, setBulk] = useState<{ search: string; result: BulkResult; numbers: Map<string, number> } | null>(null);

  // Another queue or a reload starts with nothing selected.
  useEffect(() => setSelected(new Set()), [key]);

  // New cases arrive while the queue is open (rules open them seconds after a response): look again
  // every few seconds, unless someone is choosing cases or has paged further.
  const currentKey = useRef(key);
  currentKey.current = key;
  useQuietRefresh(selected.size === 0 && !hasMore, refreshMs, () => {
    const asked = key;
    listCases(workspaceId, { ...listParams(query), limit: pageSize }).then(
      (page) => currentKey.current === asked && first.setData(page),
      () => undefined,
    );
  });

  const setQuery = (next: CasesQuery) => navigate(respondPath(workspaceId, null, writeCasesQuery(next)), { keepScroll: true });
  let content;
  if (first.error) content = <LoadError error={first.error} onRetry={first.reload} />;
  else if (!first.data) content = <Loading />;
  else if (items.length === 0) content = <p className="muted case-empty" role="status">{emptyText(t, query)}</p>;
  else content = <CaseTable workspaceId={workspaceId} view={query.view} items={items} selected={canManage ? selected : null} onSelect={setSelected} />;

  return (
    <div className="stack cases">
      <CaseViews workspaceId={workspaceId} query={query} counts={first.data?.counts} />
      <CaseFilters query={query} teams={lookups.data?.teams ?? []} onChange={setQuery} />
      {canManage && selected.size > 0 && lookups.data && (
        <BulkBar
          workspaceId={workspaceId}
          caseIds={[...selected]}
          lookups={lookups.data}
          onDone={(result) => {
            setBulk({ search, result, numbers: new Map(items.map((item) => [item.id, item.number])) });
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {bulk?.search === search && <BulkResultAlert result={bulk.result} numbers={bulk.numbers} onDismiss={() => setBulk(null)} />}
      {content}
      {moreError !== null && <Alert tone="error">{describeError(t, moreError)}</Alert>}
      {cursor && items.length > 0 && (
        <div>
          <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={isBusy}>
            {isBusy ? t('common.loading') : t('respond.cases.loadMore')}
          </button>
        </div>
      )}
    </div>
  );
}

function emptyText(t: ReturnType<typeof useI18n>['t'], query: CasesQuery): string {
  if (isFiltered(query)) return t('respond.cases.noMatches');
  if (query.view === 'mine') return t('respond.cases.emptyMine');
  if (query.view === 'team') return t('respond.cases.emptyTeam');
  return t('respond.cases.empty');
}
