import { useMemo } from 'react';
import { getCaseFigures } from '../../api/cases.js';
import type { ClosedLoopFigures } from '../../api/cases.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { useLoad } from '../../hooks/useLoad.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useRouter } from '../../router/router.js';
import { respondPath } from '../../router/routes.js';
import { FigureTables } from './FigureTables.js';
import { figuresPeriods, figuresRange, readFiguresPeriod, writeFiguresPeriod } from './casesQuery.js';
import type { FiguresPeriod } from './casesQuery.js';
import { RespondFrame } from './RespondFrame.js';
import { useFigureFormat } from './useFigureFormat.js';
import '../insights/charts.css';

const periodLabels: Record<FiguresPeriod, MessageKey> = { last7: 'insights.period.last7', last30: 'insights.period.last30', last90: 'insights.period.last90' };

/** How the closed loop performs: speed, SLA, recovery, root causes and teams, for cases opened in a period. */
export function FiguresPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  return (
    <RespondFrame workspaceId={workspaceId} current="figures" title={t('respond.figures.title')} lead={t('respond.figures.lead')}>
      {() => <Figures workspaceId={workspaceId} />}
    </RespondFrame>
  );
}

function Figures({ workspaceId }: { workspaceId: string }) {
  const { t, formatDate } = useI18n();
  const { location, navigate } = useRouter();
  const period = readFiguresPeriod(location.search);
  const range = useMemo(() => figuresRange(period, new Date()), [period]);
  const figures = useLoad(`case-figures:${workspaceId}:${range.from}`, () => getCaseFigures(workspaceId, range));

  return (
    <div className="stack figures">
      <form className="response-filters figures-filters" role="search" aria-label={t('respond.figures.filters')} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t('respond.figures.period')}
          value={period}
          options={figuresPeriods.map((p) => ({ value: p, label: t(periodLabels[p]) }))}
          onValueChange={(value) => navigate(respondPath(workspaceId, 'figures', writeFiguresPeriod(value as FiguresPeriod)), { keepScroll: true })}
          hint={t('respond.figures.periodHint', { from: formatDate(range.from), to: formatDate(range.to) })}
        />
      </form>
      {figures.error ? <LoadError error={figures.error} onRetry={figures.reload} /> : !figures.data ? <Loading /> : <FigureCards figures={figures.data} />}
      {figures.data && !figures.error && <FigureTables figures={figures.data} />}
    </div>
  );
}

function FigureCards({ figures }: { figures: ClosedLoopFigures }) {
  const { t } = useI18n();
  const format = useFigureFormat();
  const cards: { id: string; name: string; value: string | null; meta: string; isAlarm?: boolean }[] = [
    { id: 'first-response', name: t('respond.figures.firstResponse'), value: format.hours(figures.firstResponse.medianHours), meta: t('respond.figures.medianOf', { count: format.count(figures.firstResponse.count) }) },
    { id: 'close', name: t('respond.figures.timeToClose'), value: format.hours(figures.timeToClose.medianHours), meta: t('respond.figures.medianOf', { count: format.count(figures.timeToClose.count) }) },
    { id: 'sla', name: t('respond.figures.slaMet'), value: format.percent(figures.slaMet.percent), meta: t('respond.figures.slaMetOf', { met: format.count(figures.slaMet.met), total: format.count(figures.slaMet.total) }) },
    { id: 'recovery', name: t('respond.figures.recovery'), value: format.percent(figures.recovery.percent), meta: t('respond.figures.recoveryOf', { recovered: format.count(figures.recovery.recovered), detractors: format.count(figures.recovery.detractors) }) },
    { id: 'open', name: t('respond.figures.open'), value: format.count(figures.open), meta: t('respond.figures.breached', { count: format.count(figures.breachedOpen) }), isAlarm: figures.breachedOpen > 0 },
    { id: 'opened', name: t('respond.figures.opened'), value: format.count(figures.opened), meta: t('respond.figures.closedOf', { count: format.count(figures.closed) }) },
  ];
  return (
    <section aria-labelledby="figures-cards-title">
      <h2 id="figures-cards-title" className="visually-hidden">
        {t('respond.figures.headline')}
      </h2>
      <ul className="figure-cards">
        {cards.map((card) => (
          <li key={card.id} className="figure-card">
            <span className="figure-card-name">{card.name}</span>
            <span className={`figure-card-value${card.value === null ? ' is-empty' : ''}`}>{card.value ?? t('respond.figures.noData')}</span>
            <span className={`figure-card-meta${card.isAlarm ? ' time-left-overdue' : ''}`}>{card.meta}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
