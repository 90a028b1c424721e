import { detectIntents, type IntentHit } from './intents.js';
import { isSentimentLanguage } from './language-tools.js';
import { detectLanguage } from './language.js';
import { extractPhrases, type Phrase } from './phrases.js';
import { findPersonalData, type PersonalDataSpan } from './pii.js';
import { sentimentOf, type SentimentModel, type SentimentResult } from './sentiment.js';
import { tokenize, type Token } from './tokens.js';

/**
 * Everything Kuulo reads in one comment, in one pass over its tokens: the language, the
 * sentiment (or "not analysed" where Kuulo has no model it trusts for the language), what the
 * customer wants (complaint, feature request, praise, question), key phrases for topics, and where
 * personal data sits, so a shared or exported copy can be masked.
 */

export interface TextAnalysis {
  lang: string;
  langSource: 'given' | 'detected' | 'hint';
  langReliable: boolean;
  sentiment: SentimentResult | 'not analysed';
  intents: IntentHit[];
  phrases: Phrase[];
  personalData: PersonalDataSpan[];
  /** The comment's tokens, for later steps (topics) to read without splitting it again. */
  tokens: Token[];
}

export interface AnalyzeOptions {
  /** The language, when the caller knows it (trusted as given). */
  lang?: string | null;
  /** The language the customer most likely wrote in (the survey's), used when detection is unsure. */
  hint?: string | null;
}

export type SentimentModels = ReadonlyMap<string, SentimentModel>;

export function analyzeText(models: SentimentModels, text: string, options: AnalyzeOptions = {}): TextAnalysis {
  const language = detectLanguage(text, options);
  const tokens = tokenize(text);
  const model = isSentimentLanguage(language.lang) ? models.get(language.lang) : undefined;
  const sentiment = model ? sentimentOf(model, tokens) : null;
  const personalData = findPersonalData(text);
  // Personal data is never a topic: no phrase from inside an address or a number.
  const phrases = extractPhrases(language.lang, tokens, text).filter((phrase) => !personalData.some((span) => phrase.start < span.end && span.start < phrase.end));
  return {
    lang: language.lang,
    langSource: language.source,
    langReliable: language.reliable,
    sentiment: sentiment ?? 'not analysed',
    intents: detectIntents(language.lang, text, tokens),
    phrases,
    personalData,
    tokens,
  };
}
