import { featuresOf, hash, wordFeature } from './features.js';
import { languageTools, type SentimentLanguage } from './language-tools.js';
import { emptyModel, predict, train, type Example, type LinearModel, type TrainingOptions } from './linear-model.js';
import { readProbabilities, type SentimentLabel, type SentimentModel } from './sentiment.js';
import { score, type Scores } from './evaluation.js';
import { tokenize } from './tokens.js';

/**
 * Training a sentiment model from labelled comments: the shipped models from public data (see
 * scripts/text/train-sentiment.ts), a workspace's own from its scored comments and its analysts'
 * corrections.
 */

export interface LabelledComment {
  text: string;
  label: SentimentLabel;
  weight?: number;
}

/** Hashed buckets per class: 2^18, about 260 000, so unrelated features rarely share one. */
export const sentimentDims = 1 << 18;

export const sentimentLabels: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

export function examplesOf(lang: SentimentLanguage, classes: readonly string[], comments: readonly LabelledComment[], dims = sentimentDims): Example[] {
  const tools = languageTools(lang);
  const examples: Example[] = [];
  for (const comment of comments) {
    const label = classes.indexOf(comment.label);
    if (label < 0) continue;
    const features = featuresOf(tokenize(comment.text), tools, dims);
    if (features.indices.length > 0) examples.push({ features, label, weight: comment.weight });
  }
  return examples;
}

export function trainSentiment(lang: SentimentLanguage, classes: readonly string[], comments: readonly LabelledComment[], options: TrainingOptions, dims = sentimentDims): LinearModel {
  return train(classes, dims, examplesOf(lang, classes, comments, dims), options);
}

/**
 * Measures a model on held-out comments. `binary`: positive against negative only, the model
 * forced to pick one of the two (comparable across models with and without a neutral class);
 * otherwise all three labels.
 */
export function evaluateSentiment(model: SentimentModel, comments: readonly LabelledComment[], options: { binary?: boolean } = {}): Scores {
  const tools = languageTools(model.meta.language);
  const { classes } = model.model;
  // A two-label model answers neutral too (when neither side leads), so it is measured on all three.
  const labels = options.binary ? (['negative', 'positive'] as const) : sentimentLabels;
  const pairs = comments
    .filter((comment) => labels.includes(comment.label))
    .map((comment) => {
      const features = featuresOf(tokenize(comment.text), tools, model.model.dims);
      if (features.indices.length === 0) return { expected: comment.label, predicted: 'neutral' };
      const probabilities = predict(model.model, features);
      const predicted = options.binary
        ? probabilities[classes.indexOf('positive')]! >= probabilities[classes.indexOf('negative')]! ? 'positive' : 'negative'
        : readProbabilities(classes, probabilities).label;
      return { expected: comment.label, predicted };
    });
  return score(labels, pairs);
}

/**
 * A starting point that already knows the lexicon: each lexicon word leans toward its side (and,
 * negated, toward the other). Training is pulled toward this rather than toward zero, so words the
 * training text never shows keep their lexicon lean, and words it shows often follow the data.
 */
export function lexiconPrior(lang: SentimentLanguage, classes: readonly string[], strength: number, dims = sentimentDims): LinearModel {
  const model = emptyModel(classes, dims);
  const tools = languageTools(lang);
  const positive = classes.indexOf('positive');
  const negative = classes.indexOf('negative');
  for (const [stem, polarity] of tools.lexiconStems()) {
    for (const negated of [false, true]) {
      const lean = (negated ? -polarity : polarity) * strength;
      const bucket = hash(wordFeature(stem, negated)) & (dims - 1);
      model.weights[positive * dims + bucket]! += lean;
      model.weights[negative * dims + bucket]! -= lean;
    }
  }
  return model;
}
