import type { ClosedLoopFigures } from '../../api/cases.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Bar } from '../insights/Distributions.js';
import { useFigureFormat } from './useFigureFormat.js';

/** Root causes ranked with their share of closed cases, and each team's numbers. */
export function FigureTables({ figures }: { figures: ClosedLoopFigures }) {
  const { t } = useI18n();
  const format = useFigureFormat();
  const totalCauses = figures.rootCauses.reduce((sum, cause) => sum + cause.count, 0);
  return (
    <>
      <section className="card insights-section" aria-labelledby="figures-causes-title">
        <h2 id="figures-causes-title">{t('respond.figures.rootCauses')}</h2>
        {figures.rootCauses.length === 0 ? (
          <p className="muted">{t('respond.figures.noRootCauses')}</p>
        ) : (
          <table className="data-table" aria-labelledby="figures-causes-title">
            <thead>
              <tr>
                <th scope="col">{t('respond.figures.rootCause')}</th>
                <th scope="col">{t('respond.figures.cases')}</th>
                <th scope="col">{t('respond.figures.share')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.rootCauses.map((cause) => {
                const percent = totalCauses ? (100 * cause.count) / totalCauses : 0;
                return (
                  <tr key={cause.id}>
                    <th scope="row">{cause.label}</th>
                    <td data-label={t('respond.figures.cases')}>{format.count(cause.count)}</td>
                    <td data-label={t('respond.figures.share')}>
                      <span className="choice-share">
                        <Bar percent={percent} className="bar bar-plain" />
                        <span>{format.percent(Math.round(percent * 10) / 10)}</span>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section className="card insights-section" aria-labelledby="figures-teams-title">
        <h2 id="figures-teams-title">{t('respond.figures.teams')}</h2>
        {figures.byTeam.length === 0 ? (
          <p className="muted">{t('respond.figures.noCases')}</p>
        ) : (
          <table className="data-table" aria-labelledby="figures-teams-title">
            <thead>
              <tr>
                <th scope="col">{t('respond.figures.team')}</th>
                <th scope="col">{t('respond.figures.opened')}</th>
                <th scope="col">{t('respond.figures.closed')}</th>
                <th scope="col">{t('respond.figures.slaMet')}</th>
                <th scope="col">{t('respond.figures.medianClose')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.byTeam.map((team) => (
                <tr key={team.teamId ?? 'none'}>
                  <th scope="row">{team.teamId ? (team.teamName ?? t('respond.case.deletedTeam')) : t('respond.case.noTeam')}</th>
                  <td data-label={t('respond.figures.opened')}>{format.count(team.opened)}</td>
                  <td data-label={t('respond.figures.closed')}>{format.count(team.closed)}</td>
                  <td data-label={t('respond.figures.slaMet')}>{format.percent(team.slaMetPercent) ?? '—'}</td>
                  <td data-label={t('respond.figures.medianClose')}>{format.hours(team.medianCloseHours) ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
