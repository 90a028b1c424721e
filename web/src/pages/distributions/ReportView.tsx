import type { ReactNode } from 'react';
import type { DistributionReport } from '../../api/distributions.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { settingsPath } from '../../router/routes.js';
import { Bar } from '../insights/Distributions.js';
import { usePercent, useSkipReasonText } from './labels.js';

/** A distribution's report: the funnel from sent to completed, what was not sent and why, and each language. */
export function ReportView({ workspaceId, report }: { workspaceId: string; report: DistributionReport }) {
  const { t, formatNumber } = useI18n();
  const reasonText = useSkipReasonText();
  const percent = usePercent();
  const { counts } = report;
  const share = (part: number) => (counts.sent > 0 ? part / counts.sent : null);
  const sentStep = useSentStep(workspaceId, report);
  const funnel: { id: string; name: string; count: number; note: ReactNode }[] = [
    { id: 'sent', count: counts.sent, ...sentStep },
    { id: 'opened', name: t('distributions.report.opened'), count: counts.opened, note: t('distributions.report.openedNote', { reliable: formatNumber(counts.reliablyOpened) }) },
    { id: 'started', name: t('distributions.report.started'), count: counts.started, note: '' },
    { id: 'completed', name: t('distributions.report.completed'), count: counts.completed, note: '' },
  ];
  const waiting = counts.draft + counts.queued + counts.sending;

  return (
    <>
      <section className="card distribution-report" aria-labelledby="report-funnel-title">
        <h2 id="report-funnel-title">{t('distributions.report.title')}</h2>
        <dl className="report-headline">
          <div>
            <dt>{t('distributions.responseRate')}</dt>
            <dd>{percent(report.responseRate)}</dd>
          </div>
          <div>
            <dt>{t('distributions.recipients')}</dt>
            <dd>{formatNumber(counts.recipients)}</dd>
          </div>
          <div>
            <dt>{t('distributions.report.waiting')}</dt>
            <dd>{formatNumber(waiting)}</dd>
          </div>
          <div>
            <dt>{t('distributions.report.remindersSent')}</dt>
            <dd>{formatNumber(report.remindersSent)}</dd>
          </div>
        </dl>
        <ol className="report-funnel" aria-label={t('distributions.report.funnel')}>
          {funnel.map((step) => (
            <li key={step.id} className={`report-step report-step-${step.id}`}>
              <span className="report-step-name">{step.name}</span>
              <span className="report-step-count">{formatNumber(step.count)}</span>
              <Bar percent={(share(step.count) ?? 0) * 100} className="bar bar-plain" />
              <span className="report-step-share">{step.id === 'sent' ? '' : t('distributions.report.ofSent', { percent: percent(share(step.count)) })}</span>
              {step.note && <span className="field-hint report-step-note">{step.note}</span>}
            </li>
          ))}
        </ol>
        <p className="field-hint">{t('distributions.report.opensUnreliable')}</p>
      </section>
      <section className="card distribution-report" aria-labelledby="report-problems-title">
        <h2 id="report-problems-title">{t('distributions.report.notDelivered')}</h2>
        <dl className="report-headline">
          <div>
            <dt>{t('distributions.stage.skipped')}</dt>
            <dd>{formatNumber(counts.skipped)}</dd>
          </div>
          <div>
            <dt>{t('distributions.stage.bounced')}</dt>
            <dd>{formatNumber(counts.bounced)}</dd>
          </div>
          <div>
            <dt>{t('distributions.stage.failed')}</dt>
            <dd>{formatNumber(counts.failed)}</dd>
          </div>
          <div>
            <dt>{t('distributions.stage.cancelled')}</dt>
            <dd>{formatNumber(counts.cancelled)}</dd>
          </div>
        </dl>
        {report.skipReasons.length > 0 && (
          <>
            <h3 id="report-skip-title" className="report-subtitle">
              {t('distributions.report.skipReasons')}
            </h3>
            <table className="data-table" aria-labelledby="report-skip-title">
              <thead>
                <tr>
                  <th scope="col">{t('distributions.report.reason')}</th>
                  <th scope="col" className="numeric">{t('distributions.report.count')}</th>
                </tr>
              </thead>
              <tbody>
                {report.skipReasons.map((reason) => (
                  <tr key={reason.reason}>
                    <td data-label={t('distributions.report.reason')}>{reasonText(reason.reason)}</td>
                    <td data-label={t('distributions.report.count')} className="numeric">{formatNumber(reason.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      {report.byLanguage.length > 0 && (
        <section className="card distribution-report" aria-labelledby="report-languages-title">
          <h2 id="report-languages-title">{t('distributions.report.byLanguage')}</h2>
          <table className="data-table" aria-labelledby="report-languages-title">
            <thead>
              <tr>
                <th scope="col">{t('distributions.report.language')}</th>
                <th scope="col" className="numeric">{t('distributions.sent')}</th>
                <th scope="col" className="numeric">{t('distributions.report.completed')}</th>
                <th scope="col" className="numeric">{t('distributions.responseRate')}</th>
              </tr>
            </thead>
            <tbody>
              {report.byLanguage.map((row) => (
                <tr key={row.language}>
                  <th scope="row">{row.language || t('distributions.report.noLanguage')}</th>
                  <td data-label={t('distributions.sent')} className="numeric">{formatNumber(row.sent)}</td>
                  <td data-label={t('distributions.report.completed')} className="numeric">{formatNumber(row.completed)}</td>
                  <td data-label={t('distributions.responseRate')} className="numeric">{percent(row.responseRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

/**
 * The first step of the funnel, truthfully named: without a mail server the mails only wait in the
 * outbox, and nobody has received them; the note leads to the outbox.
 */
function useSentStep(workspaceId: string, report: DistributionReport): { name: string; note: ReactNode } {
  const { t, formatNumber } = useI18n();
  const { counts, delivery } = report;
  if (delivery.inOutbox === 0) return { name: t('distributions.report.sent'), note: t('distributions.report.sentNote', { bounced: formatNumber(counts.bounced) }) };
  const outboxLink = <Link href={settingsPath(workspaceId, 'mail')}>{t('distributions.report.outboxLink')}</Link>;
  if (delivery.acceptedByServer === 0 && counts.bounced === 0) {
    return { name: t('distributions.report.inOutbox'), note: <>{t('distributions.report.outboxNote')} {outboxLink}</> };
  }
  const figures = { accepted: formatNumber(delivery.acceptedByServer), bounced: formatNumber(counts.bounced), outbox: formatNumber(delivery.inOutbox) };
  return { name: t('distributions.report.sentOrOutbox'), note: <>{t('distributions.report.sentAndOutboxNote', figures)} {outboxLink}</> };
}
