import type { ResponseChannel } from '../../api/surveys.js';
import type { CaseDetail } from '../../api/cases.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { StatList } from '../insights/StatList.js';
import { pipe } from '../../../../src/engine/survey/text.js';
import { useResponseLabels } from '../surveys/responseLabels.js';
import { useReasonTexts } from './useCaseLabels.js';

/** What opened the case: the rule and survey, the customer's scores, comment and answers. */
export function CaseOrigin({ item }: { item: CaseDetail }) {
  const { t, formatNumber } = useI18n();
  const labels = useResponseLabels();
  const reasonTexts = useReasonTexts();
  const context = item.context ?? {};
  const reasons = reasonTexts(context);
  const ruleName = item.ruleName ?? context.ruleName ?? null;
  const surveyName = item.surveyName ?? context.surveyName ?? null;
  const scores = context.scores;
  const scoreItems = scores
    ? (['nps', 'csat', 'ces'] as const).flatMap((metric) => (scores[metric] === null || scores[metric] === undefined ? [] : [{ label: metric.toUpperCase(), value: formatNumber(scores[metric]) }]))
    : [];
  const answers = context.answers ?? [];
  // A consent is kept as "true" or "false" (older cases did not keep the question's type).
  const answerText = (answer: { type?: string; value: string }) =>
    (answer.type === undefined || answer.type === 'consent') && (answer.value === 'true' || answer.value === 'false') ? t(answer.value === 'true' ? 'surveys.yes' : 'surveys.no') : answer.value;

  return (
    <section className="card case-card case-origin" aria-labelledby="case-origin-title">
      <h2 id="case-origin-title">{t('respond.origin.title')}</h2>
      <dl className="case-facts case-facts-row">
        <div>
          <dt>{t('respond.origin.how')}</dt>
          <dd>{ruleName ? t('respond.origin.rule', { name: ruleName }) : item.ruleId ? t('respond.origin.deletedRule') : t('respond.origin.byHand')}</dd>
        </div>
        {surveyName && (
          <div>
            <dt>{t('respond.origin.survey')}</dt>
            <dd>{surveyName}</dd>
          </div>
        )}
        {context.channel && (
          <div>
            <dt>{t('respond.origin.channel')}</dt>
            <dd>{labels.channel(context.channel as ResponseChannel)}</dd>
          </div>
        )}
        {context.completedAt && (
          <div>
            <dt>{t('respond.origin.answered')}</dt>
            <dd>
              <time dateTime={context.completedAt}>{labels.date(context.completedAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      {reasons.length > 0 && (
        <div className="case-reasons">
          <span className="muted">{t('respond.origin.reasons')}</span>
          <ul className="chip-list">
            {reasons.map((reason) => (
              <li key={reason} className="chip">
                {reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {scoreItems.length > 0 && (
        <div className="case-scores" aria-label={t('respond.origin.scores')} role="group">
          <StatList items={scoreItems} />
        </div>
      )}
      {context.comment && (
        <figure className="case-comment">
          <figcaption className="muted">{t('respond.origin.comment')}</figcaption>
          <blockquote>{context.comment}</blockquote>
        </figure>
      )}
      {answers.length > 0 && (
        <div className="case-answers">
          <h3>{t('respond.origin.answers')}</h3>
          <dl>
            {answers.map((answer) => (
              <div key={answer.question}>
                <dt>{pipe(answer.title, {}) || answer.question}</dt>
                <dd>{answerText(answer)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </section>
  );
}
