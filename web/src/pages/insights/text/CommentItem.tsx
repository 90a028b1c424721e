import { useState } from 'react';
import type { TextComment } from '../../../api/textInsights.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { Link } from '../../../router/router.js';
import { useResponseLabels } from '../../surveys/responseLabels.js';
import { commentSpans, highlightSegments } from './highlights.js';
import type { HighlightSpan } from './highlights.js';
import { SentimentCorrection } from './SentimentCorrection.js';
import { intentLabels, sentimentNames } from './textLabels.js';
import { useTextView } from './TextViewContext.js';

/** One comment with its topics and phrases marked, what the analysis found, the scores given beside it, and for analysts a way to correct its sentiment. */
export function CommentItem({ comment: loaded, surveyName }: { comment: TextComment; surveyName: string }) {
  const { t, formatDateTime } = useI18n();
  const words = useResponseLabels();
  const { view, canManage, commentsHref } = useTextView();
  // A correction changes the sentiment only: the topics and phrases stay as the list loaded them.
  const [corrected, setCorrected] = useState<TextComment | null>(null);
  const comment = corrected?.id === loaded.id ? { ...loaded, sentiment: corrected.sentiment } : loaded;
  const { query } = view;
  const spans = commentSpans(comment, { topic: query.topic, phrase: query.phrase });
  const intents = [...new Set(comment.intents.map((i) => i.intent))];
  const topics = [...new Map(comment.topics.map((topic) => [topic.topicId, topic.name])).entries()];

  return (
    <li className="text-comment">
      <blockquote lang={comment.lang === 'und' ? undefined : comment.lang}>
        <p>
          <HighlightedText text={comment.text} spans={spans} />
        </p>
      </blockquote>
      <p className="text-comment-facts">
        <SentimentBadge comment={comment} />
        {intents.map((intent) => (
          <span key={intent} className="badge badge-muted">
            {t(intentLabels[intent])}
          </span>
        ))}
      </p>
      <p className="text-comment-meta muted">
        {[
          words.language(comment.lang),
          comment.nps === null ? null : `${t('insights.metric.nps')} ${comment.nps}`,
          comment.csat === null ? null : `${t('insights.metric.csat')} ${comment.csat}`,
          surveyName || null,
        ]
          .filter(Boolean)
          .join(' · ')}
        {' · '}
        <time dateTime={comment.writtenAt}>{formatDateTime(comment.writtenAt)}</time>
      </p>
      {topics.length > 0 && (
        <p className="text-comment-topics">
          {t('insights.text.comments.topics')}{' '}
          {topics.map(([topicId, name], i) => (
            <span key={topicId}>
              {i > 0 && ', '}
              <Link href={commentsHref({ topic: topicId })}>{name}</Link>
            </span>
          ))}
        </p>
      )}
      {canManage && <SentimentCorrection comment={comment} onCorrected={setCorrected} />}
    </li>
  );
}

/** The comment's text with each piece covered by topics or phrases in a <mark>; the filtered one stands out. */
function HighlightedText({ text, spans }: { text: string; spans: readonly HighlightSpan[] }) {
  const { t } = useI18n();
  return (
    <>
      {highlightSegments(text, spans).map((segment) => {
        if (segment.spans.length === 0) return segment.text;
        const hasTopic = segment.spans.some((span) => span.kind === 'topic');
        const isEmphasised = segment.spans.some((span) => span.isEmphasised);
        const title = segment.spans.map((span) => t(span.kind === 'topic' ? 'insights.text.comments.markTopic' : 'insights.text.comments.markPhrase', { name: span.label })).join(' · ');
        return (
          <mark key={segment.start} className={`text-mark ${hasTopic ? 'mark-topic' : 'mark-phrase'}${isEmphasised ? ' is-emphasised' : ''}`} title={title}>
            {segment.text}
          </mark>
        );
      })}
    </>
  );
}

/** The sentiment that counts, and when an analyst corrected it, what the model had said. */
function SentimentBadge({ comment }: { comment: TextComment }) {
  const { t } = useI18n();
  const { sentiment } = comment;
  if (sentiment === 'not analysed') return <span className="badge badge-muted">{t('insights.text.sentiment.notAnalysed')}</span>;
  return (
    <span className={`badge sentiment-badge sentiment-${sentiment.label}`}>
      {t(sentimentNames[sentiment.label])}
      {sentiment.isCorrected && ` · ${sentiment.modelLabel ? t('insights.text.comments.correctedFrom', { label: t(sentimentNames[sentiment.modelLabel]) }) : t('insights.text.comments.corrected')}`}
    </span>
  );
}
