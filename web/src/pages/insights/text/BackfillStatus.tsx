import { useId } from 'react';
import type { Backfill } from '../../../api/textInsights.js';
import { Alert } from '../../../components/Alert.js';
import { describeError } from '../../../forms/errors.js';
import { useAction } from '../../../hooks/useAction.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

/** How far the analysis of the history has got, as a progress bar with its numbers. */
export function BackfillProgress({ backfill }: { backfill: Backfill }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const id = useId();
  const isRunning = backfill.status === 'running';
  const total = Math.max(backfill.total, backfill.done);
  const counts = { done: formatNumber(backfill.done), total: formatNumber(total) };
  return (
    <div className="backfill-progress">
      <label htmlFor={id}>{isRunning ? t('insights.text.backfill.running', counts) : t('insights.text.backfill.done', { ...counts, at: formatDateTime(backfill.finishedAt) })}</label>
      <progress id={id} max={Math.max(total, 1)} value={isRunning ? backfill.done : Math.max(total, 1)} />
    </div>
  );
}

/** The running analysis, above every text page while it runs: the numbers fill in as it goes. */
export function BackfillNotice({ backfill }: { backfill: Backfill | null | undefined }) {
  if (backfill?.status !== 'running') return null;
  return (
    <div className="card backfill-notice">
      <BackfillProgress backfill={backfill} />
    </div>
  );
}

/** The history analysis with its progress, and for those who manage Insights a way to run it again. */
export function BackfillSection({ backfill, canManage, onStart }: { backfill: Backfill | null | undefined; canManage: boolean; onStart: () => Promise<void> }) {
  const { t } = useI18n();
  const start = useAction(onStart);
  return (
    <section className="card insights-section" aria-labelledby="backfill-title">
      <h2 id="backfill-title">{t('insights.text.backfill.title')}</h2>
      <p className="muted">{t('insights.text.backfill.lead')}</p>
      {backfill ? <BackfillProgress backfill={backfill} /> : <p className="muted">{t('insights.text.backfill.never')}</p>}
      {start.error !== null && <Alert tone="error">{describeError(t, start.error)}</Alert>}
      {canManage && (
        <div>
          <button type="button" className="button button-secondary" onClick={() => void start.run()} disabled={start.isBusy || backfill?.status === 'running'}>
            {t('insights.text.backfill.button')}
          </button>
        </div>
      )}
    </section>
  );
}
