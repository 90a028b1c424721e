import type { ScoresBeside, SentimentCounts } from '../../../api/textInsights.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { Link } from '../../../router/router.js';
import { StackedBar } from '../Distributions.js';
import { formatFixed, formatMetric } from '../metricValues.js';
import { sentimentNames } from './textLabels.js';
import type { TextQuery } from './textQuery.js';
import { countChange, sentimentKinds, sentimentShares } from './textValues.js';
import { useTextView } from './TextViewContext.js';

/** The pieces every text table and card is made of: a count that opens its comments, a change, a sentiment split, the scores beside. */

/** A count linking to the comments behind it; `what` says what they are, for its name ("4 comments: Delivery", "2 customers: Dark mode"). */
export function CountLink({ count, changes, what, unit = 'comments' }: { count: number; changes: Partial<TextQuery>; what: string; unit?: 'comments' | 'customers' }) {
  const { t, formatNumber } = useI18n();
  const { commentsHref } = useTextView();
  if (count === 0) return <span>{formatNumber(0)}</span>;
  const label = t(unit === 'comments' ? 'insights.text.countOf' : 'insights.text.customersOf', { count: formatNumber(count), what });
  return (
    <Link href={commentsHref(changes)} aria-label={label} className="count-link">
      {formatNumber(count)}
    </Link>
  );
}

/** A count against the period before: "▲ +3 (+50%)", or "New" when there was none. */
export function CountChange({ current, previous }: { current: number; previous: number }) {
  const { t, locale, formatNumber } = useI18n();
  const { change, percent } = countChange(current, previous);
  if (previous === 0 && current > 0) return <span className="badge badge-accent">{t('insights.text.change.new')}</span>;
  const arrow = change > 0 ? '▲ ' : change < 0 ? '▼ ' : '';
  return (
    <span className="count-change" title={t('insights.text.change.previous', { count: formatNumber(previous) })}>
      <span aria-hidden="true">{arrow}</span>
      {formatNumber(change, { signDisplay: 'exceptZero' })}
      {percent !== null && change !== 0 && ` (${formatFixed(locale, percent / 100, 0, { style: 'percent', signDisplay: 'exceptZero' })})`}
    </span>
  );
}

/** Negative, neutral and positive as one bar and three counts, each opening its comments. */
export function SentimentSplit({ counts, changes, about }: { counts: SentimentCounts; changes: Partial<TextQuery>; about: string }) {
  const { t } = useI18n();
  const shares = sentimentShares(counts);
  return (
    <div className="sentiment-split">
      <StackedBar className="stacked-bar sentiment-bar" parts={sentimentKinds.map((kind) => ({ tone: kind, share: shares[kind] }))} />
      <ul>
        {sentimentKinds.map((kind) => (
          <li key={kind}>
            <span className={`swatch bar-${kind}`} aria-hidden="true" />
            <CountLink count={counts[kind]} changes={{ ...changes, sentiment: kind }} what={`${t(sentimentNames[kind])}, ${about}`} />
            {counts[kind] === 0 && <span className="visually-hidden"> {t(sentimentNames[kind])}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** NPS or CSAT of the scores given beside comments, with how many there were; "–" when none. */
export function ScoreBeside({ scores, metric }: { scores: ScoresBeside; metric: 'nps' | 'csat' }) {
  const { t, locale, formatNumber } = useI18n();
  const value = metric === 'nps' ? scores.nps : scores.csat;
  const n = metric === 'nps' ? scores.npsResponses : scores.csatResponses;
  if (value === null) return <span className="muted">–</span>;
  return (
    <span className="score-beside">
      {formatMetric(locale, metric, value)} <span className="muted">{t('insights.text.scoreN', { n: formatNumber(n) })}</span>
    </span>
  );
}
