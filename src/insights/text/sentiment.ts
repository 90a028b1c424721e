import { featuresOf } from './features.js';
import { languageTools, type SentimentLanguage } from './language-tools.js';
import { predict, type LinearModel } from './linear-model.js';
import type { Token } from './tokens.js';

/**
 * Sentiment of one comment from a language's model: a label, a score from −1 (negative) to 1
 * (positive), and the model's confidence in the label. A model trained with a neutral class says
 * so; one trained on positive and negative only (Polish: its training data has no neutral lines)
 * calls a comment neutral when neither side is clearly ahead.
 */

export type SentimentLabel = 'negative' | 'neutral' | 'positive';
export interface SentimentResult {
  label: SentimentLabel;
  score: number;
  confidence: number;
}

/** Where a model came from and how good it measured, kept with it. */
export interface SentimentModelMeta {
  language: SentimentLanguage;
  /** "generic" for the shipped models; a workspace's own model names its training run. */
  kind: 'generic' | 'workspace';
  trainedOn: string;
  examples: number;
  /** When a workspace's model was trained (the shipped ones are reproduced by npm run train:text). */
  trainedAt?: string;
  /** Measured on data the model never saw: accuracy and macro-F1, and how many texts. */
  heldOut?: { accuracy: number; macroF1: number; texts: number; source: string };
}

export interface SentimentModel {
  model: LinearModel;
  meta: SentimentModelMeta;
}

/** Below this lead of one side over the other, a two-class model calls a comment neutral (chosen on the development third of the Polish feedback check set, by macro-F1). */
export const twoClassNeutralMargin = 0.5;

export function sentimentOf(sentimentModel: SentimentModel, tokens: readonly Token[]): SentimentResult | null {
  const { model, meta } = sentimentModel;
  const features = featuresOf(tokens, languageTools(meta.language), model.dims);
  if (features.indices.length === 0) return null;
  const probabilities = predict(model, features);
  return readProbabilities(model.classes, probabilities);
}

export function readProbabilities(classes: readonly string[], probabilities: ArrayLike<number>): SentimentResult {
  const p = (label: SentimentLabel) => {
    const index = classes.indexOf(label);
    return index < 0 ? 0 : probabilities[index]!;
  };
  const positive = p('positive');
  const negative = p('negative');
  const score = round(positive - negative);
  if (!classes.includes('neutral')) {
    const lead = Math.abs(positive - negative);
    if (lead < twoClassNeutralMargin) return { label: 'neutral', score, confidence: round(1 - lead) };
    return positive > negative ? { label: 'positive', score, confidence: round(positive) } : { label: 'negative', score, confidence: round(negative) };
  }
  let best = 0;
  for (let c = 1; c < classes.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
  return { label: classes[best] as SentimentLabel, score, confidence: round(probabilities[best]!) };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
