/**
 * How good a classifier measured: accuracy, and macro-F1 (the mean of each label's F1, so a rare
 * label counts as much as a common one, and always answering "neutral" scores poorly).
 */

export interface Scores {
  texts: number;
  accuracy: number;
  macroF1: number;
  perLabel: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}

export function score(labels: readonly string[], pairs: readonly { expected: string; predicted: string }[]): Scores {
  const perLabel: Scores['perLabel'] = {};
  let correct = 0;
  for (const pair of pairs) if (pair.expected === pair.predicted) correct++;
  for (const label of labels) {
    let truePositive = 0;
    let predicted = 0;
    let support = 0;
    for (const pair of pairs) {
      if (pair.predicted === label) predicted++;
      if (pair.expected === label) support++;
      if (pair.predicted === label && pair.expected === label) truePositive++;
    }
    const precision = predicted ? truePositive / predicted : 0;
    const recall = support ? truePositive / support : 0;
    perLabel[label] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  }
  const present = labels.filter((label) => perLabel[label]!.support > 0);
  return {
    texts: pairs.length,
    accuracy: pairs.length ? correct / pairs.length : 0,
    macroF1: present.length ? present.reduce((sum, label) => sum + perLabel[label]!.f1, 0) / present.length : 0,
    perLabel,
  };
}
