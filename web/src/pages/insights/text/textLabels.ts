import type { IntentName, SentimentFilter } from '../../../api/textInsights.js';
import type { MessageKey } from '../../../i18n/messages.js';

/** Words for what the analysis finds: sentiments and intents, in the reader's language. */

export const sentimentNames: Record<SentimentFilter, MessageKey> = {
  negative: 'insights.text.sentiment.negative',
  neutral: 'insights.text.sentiment.neutral',
  positive: 'insights.text.sentiment.positive',
  not_analysed: 'insights.text.sentiment.notAnalysed',
};

export const intentLabels: Record<IntentName, MessageKey> = {
  complaint: 'insights.text.intent.complaint',
  feature_request: 'insights.text.intent.featureRequest',
  praise: 'insights.text.intent.praise',
  question: 'insights.text.intent.question',
};
