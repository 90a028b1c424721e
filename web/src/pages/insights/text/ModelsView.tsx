import { useEffect, useId, useState } from 'react';
import { getTextModels, trainTextModels } from '../../../api/textInsights.js';
import type { LanguageModels, ModelScores, TextModels } from '../../../api/textInsights.js';
import { Alert } from '../../../components/Alert.js';
import { LoadError } from '../../../components/LoadError.js';
import { Loading } from '../../../components/Loading.js';
import { describeError } from '../../../forms/errors.js';
import { useAction } from '../../../hooks/useAction.js';
import { useLoad } from '../../../hooks/useLoad.js';
import { useQuietRefresh } from '../../../hooks/useQuietRefresh.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useResponseLabels } from '../../surveys/responseLabels.js';
import { formatShare } from '../metricValues.js';
import { useTextView } from './TextViewContext.js';
import { genericDataText, measuredName, trainingReasonText } from './modelText.js';
import { labelledNeeded } from './textValues.js';

/** Which sentiment model reads each language, how well it measured, what the workspace has taught it, and training on request. */
export function ModelsView() {
  const { t } = useI18n();
  const { workspaceId, canManage } = useTextView();
  const models = useLoad(`text-models:${workspaceId}`, () => getTextModels(workspaceId));
  const [isTraining, setIsTraining] = useState(false);
  // A training takes a moment in the background: the page looks again now and then for a minute after asking.
  useQuietRefresh(isTraining, 5000, models.reload);
  useEffect(() => {
    if (!isTraining) return;
    const timer = setTimeout(() => setIsTraining(false), 60_000);
    return () => clearTimeout(timer);
  }, [isTraining]);
  const train = useAction(async () => {
    await trainTextModels(workspaceId);
    setIsTraining(true);
  });

  return (
    <section className="card insights-section" aria-labelledby="models-title">
      <div className="section-bar">
        <h2 id="models-title">{t('insights.text.models.title')}</h2>
        {canManage && (
          <button type="button" className="button button-secondary" onClick={() => void train.run()} disabled={train.isBusy}>
            {t('insights.text.models.train')}
          </button>
        )}
      </div>
      <p className="muted">{t('insights.text.models.lead')}</p>
      {isTraining && <Alert tone="success">{t('insights.text.models.training')}</Alert>}
      {train.error !== null && <Alert tone="error">{describeError(t, train.error)}</Alert>}
      {models.error !== null && !models.data ? (
        <LoadError error={models.error} onRetry={models.reload} />
      ) : !models.data ? (
        <Loading />
      ) : (
        <div className="model-languages">
          {models.data.languages.map((language) => (
            <LanguageModel key={language.lang} language={language} minimum={models.data!.minimum} />
          ))}
        </div>
      )}
    </section>
  );
}

function LanguageModel({ language, minimum }: { language: LanguageModels; minimum: TextModels['minimum'] }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const words = useResponseLabels();
  const progressId = useId();
  const needed = labelledNeeded(minimum);
  const { inUse } = language;
  const name = words.language(language.lang);

  return (
    <section className="model-language" aria-labelledby={`model-${language.lang}`}>
      <h3 id={`model-${language.lang}`}>{name}</h3>
      <p>
        <strong>{inUse.kind === 'generic' ? t('insights.text.models.generic') : t('insights.text.models.workspace', { date: formatDateTime(inUse.trainedAt) })}</strong>
      </p>
      {inUse.kind === 'generic' ? (
        <>
          <p className="muted">{t('insights.text.models.trainedOn', { data: genericDataText(language, t) })}</p>
          {language.generic.measured.length === 0 ? (
            <p className="muted">{t('insights.text.models.notMeasured')}</p>
          ) : (
            <ScoresTable caption={t('insights.text.models.measuredCaption', { language: name })} first={t('insights.text.models.data')} rows={language.generic.measured.map((row) => ({ name: measuredName(row, t), scores: row }))} />
          )}
        </>
      ) : (
        <ScoresTable
          caption={t('insights.text.models.heldBackCaption', { language: name, count: formatNumber(inUse.report.heldBack) })}
          first={t('insights.text.models.model')}
          rows={[
            { name: t('insights.text.models.thisWorkspace'), scores: inUse.report.workspace },
            { name: t('insights.text.models.genericShort'), scores: inUse.report.generic },
            ...(inUse.report.previous ? [{ name: t('insights.text.models.previous'), scores: inUse.report.previous }] : []),
          ]}
        />
      )}
      <div className="backfill-progress">
        <label htmlFor={progressId}>{t('insights.text.models.labelled', { count: formatNumber(language.labelledComments), needed: formatNumber(needed) })}</label>
        <progress id={progressId} max={needed} value={Math.min(language.labelledComments, needed)} />
        <p className="field-hint">{t('insights.text.models.labelledHint', { training: formatNumber(minimum.training), heldBack: formatNumber(minimum.heldBack) })}</p>
      </div>
      <h4>{t('insights.text.models.latest')}</h4>
      {language.latest.length === 0 ? (
        <p className="muted">{t('insights.text.models.noTrainings')}</p>
      ) : (
        <ul className="model-trainings">
          {language.latest.map((training) => (
            <li key={training.id}>
              <time dateTime={training.trainedAt}>{formatDateTime(training.trainedAt)}</time>{' '}
              <span className={`badge ${training.report.decision === 'in use' ? 'badge-success' : 'badge-muted'}`}>{training.isInUse ? t('insights.text.models.inUse') : training.report.decision === 'in use' ? t('insights.text.models.wasUsed') : t('insights.text.models.notUsed')}</span>
              <p className="muted">{trainingReasonText(training.report, t, (value) => formatNumber(value, { minimumFractionDigits: 3, maximumFractionDigits: 3 }), minimum)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ScoresTable({ caption, first, rows }: { caption: string; first: string; rows: { name: string; scores: (ModelScores & { texts?: number }) | null }[] }) {
  const { t, locale, formatNumber } = useI18n();
  const columns = { texts: t('insights.text.models.texts'), accuracy: t('insights.text.models.accuracy'), macroF1: t('insights.text.models.macroF1') };
  return (
    <div className="table-scroll">
      <table className="data-table text-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col" className="numeric">{columns.texts}</th>
            <th scope="col" className="numeric">{columns.accuracy}</th>
            <th scope="col" className="numeric">{columns.macroF1}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" data-label={first}>
                {row.name}
              </th>
              <td className="numeric" data-label={columns.texts}>
                {row.scores ? formatNumber(row.scores.texts) : '–'}
              </td>
              <td className="numeric" data-label={columns.accuracy}>
                {row.scores ? formatShare(locale, row.scores.accuracy * 100) : '–'}
              </td>
              <td className="numeric" data-label={columns.macroF1}>
                {row.scores ? formatNumber(row.scores.macroF1, { minimumFractionDigits: 3, maximumFractionDigits: 3 }) : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
