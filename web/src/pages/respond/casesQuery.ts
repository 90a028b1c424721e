import { casePriorities, caseStatuses } from '../../api/cases.js';
import type { CaseListParams, CasePriority, CaseStatus, CaseView } from '../../api/cases.js';

/**
 * The cases queue keeps its view and filters in the address, so a queue can be bookmarked and the
 * back button works: `?view=mine&status=open&priority=urgent&team=<id>&breached=true&q=%2342`.
 */

export const caseViews = ['mine', 'team', 'all'] as const satisfies readonly CaseView[];
/** `open` is new, in progress and waiting; `any` every status. */
export const statusFilters = ['open', 'any', ...caseStatuses] as const;
export type StatusFilter = (typeof statusFilters)[number];

export interface CasesQuery {
  view: CaseView;
  status: StatusFilter;
  /** A priority, or '' for any. */
  priority: CasePriority | '';
  /** A team id, or '' for any. */
  teamId: string;
  isBreached: boolean;
  /** Title text or `#number`. */
  q: string;
}

export const defaultCasesQuery: CasesQuery = { view: 'all', status: 'open', priority: '', teamId: '', isBreached: false, q: '' };

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T => ((values as readonly string[]).includes(value ?? '') ? (value as T) : fallback);

export function readCasesQuery(search: string): CasesQuery {
  const query = new URLSearchParams(search);
  const team = query.get('team') ?? '';
  return {
    view: oneOf(caseViews, query.get('view'), defaultCasesQuery.view),
    status: oneOf(statusFilters, query.get('status'), defaultCasesQuery.status),
    priority: oneOf<CasePriority | ''>(casePriorities, query.get('priority'), ''),
    teamId: /^[\w-]{1,64}$/.test(team) ? team : '',
    isBreached: query.get('breached') === 'true',
    q: (query.get('q') ?? '').trim().slice(0, 200),
  };
}

/** The query string for a queue, defaults left out; '' for the default queue. */
export function writeCasesQuery(values: CasesQuery): string {
  const query = new URLSearchParams();
  if (values.view !== defaultCasesQuery.view) query.set('view', values.view);
  if (values.status !== defaultCasesQuery.status) query.set('status', values.status);
  if (values.priority) query.set('priority', values.priority);
  if (values.teamId) query.set('team', values.teamId);
  if (values.isBreached) query.set('breached', 'true');
  if (values.q.trim()) query.set('q', values.q.trim());
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Whether anything beyond the view differs from the default queue (to offer "Clear filters"). */
export const isFiltered = (values: CasesQuery): boolean => writeCasesQuery({ ...values, view: defaultCasesQuery.view }) !== '';

/** What GET /cases is asked for this queue. */
export function listParams(values: CasesQuery): CaseListParams {
  const status: CaseStatus[] | ['open'] | undefined = values.status === 'any' ? undefined : values.status === 'open' ? ['open'] : [values.status];
  return {
    view: values.view,
    ...(status ? { status } : {}),
    ...(values.priority ? { priority: [values.priority] } : {}),
    ...(values.teamId ? { teamId: values.teamId } : {}),
    ...(values.isBreached ? { breached: true } : {}),
    ...(values.q.trim() ? { q: values.q.trim() } : {}),
  };
}

export const figuresPeriods = ['last7', 'last30', 'last90'] as const;
export type FiguresPeriod = (typeof figuresPeriods)[number];
const periodDays: Record<FiguresPeriod, number> = { last7: 7, last30: 30, last90: 90 };

/** The figures page's period from `?period=last7`; the last 30 days unless it says otherwise. */
export const readFiguresPeriod = (search: string): FiguresPeriod => oneOf(figuresPeriods, new URLSearchParams(search).get('period'), 'last30');

export const writeFiguresPeriod = (period: FiguresPeriod): string => (period === 'last30' ? '' : `?period=${period}`);

/** The instants GET /cases/figures is asked for: the period's days back from now. */
export function figuresRange(period: FiguresPeriod, now: Date): { from: string; to: string } {
  return { from: new Date(now.getTime() - periodDays[period] * 86_400_000).toISOString(), to: now.toISOString() };
}
