import { maskSpans, type PersonalDataSpan } from '../text/pii.js';
import type { CommentRow } from './store.js';

/**
 * A comment as the API shows it. Spans (phrases, intents, topics) are UTF-16 offsets into the text
 * shown, so the admin app can highlight them; in a masked copy they are moved to where the words
 * now stand.
 */

export interface TopicSpan {
  topicId: string;
  name: string;
  start: number;
  end: number;
}

export function commentView(row: CommentRow & { topics: TopicSpan[] }, options: { isMasked: boolean }) {
  const personalData = row.personalData as PersonalDataSpan[];
  const masked = options.isMasked && personalData.length ? maskSpans(row.text, personalData) : null;
  const move = <T extends { start: number; end: number }>(span: T): T => (masked ? { ...span, start: masked.offset(span.start), end: masked.offset(span.end) } : span);
  const sentiment = row.correctedSentiment ?? row.sentiment;
  return {
    id: row.id,
    responseId: row.responseId,
    questionId: row.questionId,
    surveyId: row.surveyId,
    contactId: row.contactId,
    channel: row.channel,
    text: masked ? masked.text : row.text,
    writtenAt: row.writtenAt.toISOString(),
    lang: row.lang,
    langSource: row.langSource,
    sentiment: sentiment
      ? { label: sentiment, score: row.sentimentScore, confidence: row.sentimentConfidence, model: row.sentimentModel, isCorrected: row.correctedSentiment !== null, modelLabel: row.sentiment }
      : 'not analysed',
    intents: (row.intentSpans as { intent: string; start: number; end: number }[]).map(move),
    phrases: (row.phrases as { key: string; text: string; start: number; end: number }[]).map(move),
    topics: row.topics.map(move),
    personalData: masked ? [] : personalData,
    nps: row.nps,
    csat: row.csat,
    dimensions: row.dimensions,
  };
}
