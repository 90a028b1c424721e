import { intentNames } from '../../../api/textInsights.js';
import type { TextOverview } from '../../../api/textInsights.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useResponseLabels } from '../../surveys/responseLabels.js';
import { formatShare } from '../metricValues.js';
import { intentLabels, sentimentNames } from './textLabels.js';
import { CountChange, CountLink, ScoreBeside, SentimentSplit } from './TextNumbers.js';
import { formatScore, sentimentShares } from './textValues.js';

/** The period at a glance: comments and their change, the sentiment split, the mean score, intents and the scores beside. */
export function TextSummary({ summary }: { summary: TextOverview['summary'] }) {
  const { t, locale, formatNumber } = useI18n();
  const words = useResponseLabels();
  const shares = sentimentShares(summary.sentiment);
  const all = t('insights.text.allComments');

  return (
    <section aria-labelledby="text-summary-title">
      <h2 id="text-summary-title" className="visually-hidden">
        {t('insights.text.summary.title')}
      </h2>
      <ul className="text-cards">
        <li className="card text-card">
          <h3>{t('insights.text.summary.comments')}</h3>
          <p className="text-card-value">
            <CountLink count={summary.comments} changes={{}} what={all} />
          </p>
          <p className="text-card-meta">
            <CountChange current={summary.comments} previous={summary.previous.comments} /> {t('insights.text.summary.vsPrevious')}
          </p>
          {summary.languages.length > 0 && (
            <ul className="text-card-list" aria-label={t('insights.text.summary.languages')}>
              {summary.languages.map((item) => (
                <li key={item.lang}>
                  {words.language(item.lang)}: <CountLink count={item.comments} changes={{ lang: item.lang }} what={words.language(item.lang)} />
                </li>
              ))}
            </ul>
          )}
        </li>
        <li className="card text-card">
          <h3>{t('insights.text.summary.sentiment')}</h3>
          <SentimentSplit counts={summary.sentiment} changes={{}} about={all} />
          <p className="text-card-meta">
            {(['negative', 'positive'] as const).map((kind) => t('insights.text.summary.share', { sentiment: t(sentimentNames[kind]), share: formatShare(locale, shares[kind]) })).join(' · ')}
          </p>
          {summary.sentiment.notAnalysed > 0 && (
            <p className="text-card-meta">
              {t('insights.text.summary.notAnalysed')}:{' '}
              <CountLink count={summary.sentiment.notAnalysed} changes={{ sentiment: 'not_analysed' }} what={t('insights.text.sentiment.notAnalysed')} />
            </p>
          )}
        </li>
        <li className="card text-card">
          <h3>{t('insights.text.summary.meanScore')}</h3>
          <p className="text-card-value">{summary.meanScore === null ? '–' : formatScore(locale, summary.meanScore)}</p>
          <p className="text-card-meta">{t('insights.text.summary.scoreScale')}</p>
          <p className="text-card-meta">
            {summary.previous.meanScore === null ? t('insights.text.summary.noPreviousScore') : t('insights.text.summary.previousScore', { score: formatScore(locale, summary.previous.meanScore) })}
          </p>
        </li>
        <li className="card text-card">
          <h3>{t('insights.text.summary.intents')}</h3>
          <ul className="text-card-list">
            {intentNames.map((intent) => {
              const count = summary.intents[intent] ?? 0;
              return (
                <li key={intent}>
                  {t(intentLabels[intent])}: <CountLink count={count} changes={{ intent }} what={t(intentLabels[intent])} />
                </li>
              );
            })}
          </ul>
        </li>
        <li className="card text-card">
          <h3>{t('insights.text.summary.scores')}</h3>
          <dl className="text-card-scores">
            <div>
              <dt>{t('insights.metric.nps')}</dt>
              <dd>
                <ScoreBeside scores={summary.scores} metric="nps" />
              </dd>
            </div>
            <div>
              <dt>{t('insights.metric.csat')}</dt>
              <dd>
                <ScoreBeside scores={summary.scores} metric="csat" />
              </dd>
            </div>
          </dl>
          <p className="text-card-meta">{t('insights.text.summary.scoresHint', { count: formatNumber(summary.comments) })}</p>
        </li>
      </ul>
    </section>
  );
}
