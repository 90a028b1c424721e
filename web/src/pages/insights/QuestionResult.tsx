import type { CesResult, CliResult, CsatResult, NpsResult, ScaleMeanResult } from '../../../../src/engine/metrics/formulas.js';
import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { allQuestions } from '../../../../src/engine/survey/logic.js';
import { localize } from '../../../../src/engine/survey/text.js';
import type { QuestionKind, QuestionReport } from '../../api/insights.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { ChoiceBars, Histogram, NpsGroups, npsGroupOf } from './Distributions.js';
import { formatFixed, formatInterval, formatMetric, formatShare } from './metricValues.js';
import { StatList } from './StatList.js';

const kindLabels: Record<QuestionKind, MessageKey> = {
  nps: 'insights.metric.nps',
  csat: 'insights.metric.csat',
  ces: 'insights.metric.ces',
  cli: 'insights.metric.cli',
  rating: 'insights.kind.rating',
  choice: 'insights.kind.choice',
};

interface Stat {
  label: string;
  value: string;
}

/** One question's result: its number or mean with the interval, skips, and how the answers spread. */
export function QuestionResult({ question, text, definition, minResponses }: { question: QuestionReport; text: string; definition: SurveyDefinition; minResponses: number }) {
  const { t, locale, formatNumber } = useI18n();
  const { value, kind, distribution } = question;
  const headingId = `question-${question.questionId}-${kind}`;
  const defined = allQuestions(definition).find((q) => q.question.id === question.questionId)?.question;
  const result = value.isTooFew ? undefined : value.result;
  const stats: Stat[] = [];
  const ci = (interval: { low: number; high: number } | null, metric: 'nps' | 'csat' | 'ces' | 'cli') => interval && stats.push({ label: t('insights.ciHeading'), value: formatInterval(locale, metric, interval) });

  if (result && kind === 'nps') {
    const r = result as NpsResult;
    if (r.score !== null) stats.push({ label: t('insights.metric.nps'), value: formatMetric(locale, 'nps', r.score) });
    ci(r.ci, 'nps');
  } else if (result && kind === 'csat') {
    const r = result as CsatResult;
    if (r.share !== null) stats.push({ label: t('insights.csat.satisfied'), value: formatMetric(locale, 'csat', r.share) });
    ci(r.ci, 'csat');
    if (r.mean !== null) stats.push({ label: t('insights.meanOf', { max: 5 }), value: formatFixed(locale, r.mean, 2) });
    if (r.problemShare !== null) stats.push({ label: t('insights.csat.problems', { threshold: r.problemThreshold }), value: `${formatNumber(r.problems)} · ${formatShare(locale, r.problemShare)}` });
  } else if (result && kind === 'ces') {
    const r = result as CesResult;
    if (r.mean !== null) stats.push({ label: t('insights.meanOf', { max: 7 }), value: formatMetric(locale, 'ces', r.mean) });
    ci(r.ci, 'ces');
    if (r.share !== null) stats.push({ label: t('insights.ces.agreeing'), value: formatShare(locale, r.share) });
  } else if (result && kind === 'cli') {
    const r = result as CliResult;
    if (r.normalised !== null) stats.push({ label: t('insights.metric.cli'), value: formatMetric(locale, 'cli', r.normalised) });
    ci(r.normalisedCi, 'cli');
    if (r.mean !== null) stats.push({ label: t('insights.meanOf', { max: 10 }), value: formatFixed(locale, r.mean, 2) });
  } else if (result && kind === 'rating') {
    const r = result as ScaleMeanResult;
    const max = defined?.type === 'rating' ? defined.max : Number(distribution.at(-1)?.key ?? 10);
    if (r.mean !== null) stats.push({ label: t('insights.meanOf', { max }), value: formatFixed(locale, r.mean, 2) });
  }

  const optionLabel = (key: string) => {
    const option = defined && 'options' in defined ? defined.options.find((o) => o.id === key) : undefined;
    return option ? localize(option.label, locale, definition.defaultLanguage) || key : key;
  };
  const hasSpread = !value.isTooFew && distribution.length > 0 && kind !== 'cli';

  return (
    <li className="question-result" aria-labelledby={headingId}>
      <div className="question-result-head">
        <h3 id={headingId}>
          {question.position !== null && <span className="question-number">{question.position + 1}.</span>} {text}
        </h3>
        <span className="badge badge-accent">{t(kindLabels[kind])}</span>
      </div>
      <p className="muted">{t('insights.counts', { n: formatNumber(value.n), skipped: formatNumber(value.skipped) })}</p>
      {value.isTooFew ? (
        <p className="too-few">{value.n === 0 ? t('insights.noAnswers') : t('insights.tooFewDetail', { n: formatNumber(value.n), min: formatNumber(minResponses) })}</p>
      ) : (
        stats.length > 0 && <StatList items={stats} />
      )}
      {result && kind === 'nps' && <NpsGroups result={result as NpsResult} />}
      {hasSpread && kind === 'choice' && <ChoiceBars items={distribution} answered={value.n} labelOf={optionLabel} caption={t('insights.choice.caption', { question: text })} />}
      {hasSpread && kind !== 'choice' && <Histogram items={distribution} label={t('insights.histogram.label', { question: text })} toneOf={kind === 'nps' ? (key) => npsGroupOf(Number(key)) : undefined} />}
    </li>
  );
}
