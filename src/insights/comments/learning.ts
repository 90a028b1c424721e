import { hash } from '../text/features.js';
import { examplesOf, evaluateSentiment, sentimentDims, type LabelledComment } from '../text/training.js';
import type { SentimentLanguage } from '../text/language-tools.js';
import { encodeModel, decodeModel } from '../text/model-file.js';
import { genericSentimentModels } from '../text/models.js';
import { trainInSlices } from '../text/linear-model.js';
import type { SentimentLabel, SentimentModel, SentimentModelMeta } from '../text/sentiment.js';
import type { Scores } from '../text/evaluation.js';

/**
 * Learning from a workspace's own customers. Generic models lose accuracy on text unlike what they
 * were trained on; but every comment written beside a score is already labelled by its customer:
 * beside NPS 0–3 or CSAT 1 it is almost surely negative, beside NPS 10 or CSAT 5 positive. With the
 * analysts' corrections (which count three times as much), that trains a workspace model, started
 * from the generic one and held close to it. A fifth of the labelled comments (by the hash of their
 * id) is held back; the workspace model is used only when it beats the model in use there.
 */

export const minTrainingComments = 100;
export const minHeldBackComments = 30;
/** How much better (macro-F1 on held-back comments) a model must be to replace the one in use. */
export const requiredGain = 0.02;

export interface LabelledRow {
  id: string;
  text: string;
  corrected: string | null;
  nps: number | null;
  csat: number | null;
}

/** The label a row teaches, or null when its hints disagree. */
export function labelOf(row: LabelledRow): { label: SentimentLabel; weight: number; source: 'correction' | 'score' } | null {
  if (row.corrected) return { label: row.corrected as SentimentLabel, weight: 3, source: 'correction' };
  const negative = (row.nps !== null && row.nps <= 3) || row.csat === 1;
  const positive = row.nps === 10 || row.csat === 5;
  if (negative === positive) return null;
  return { label: negative ? 'negative' : 'positive', weight: 1, source: 'score' };
}

export const isHeldBack = (commentId: string) => hash(`held-back|${commentId}`) % 5 === 0;

export interface TrainingReport {
  lang: SentimentLanguage;
  labelled: { corrections: number; scores: number };
  trained: number;
  heldBack: number;
  /** Measured on the held-back comments: the new model, the generic one and the one in use before. */
  workspace: Scores | null;
  generic: Scores | null;
  previous: Scores | null;
  decision: 'in use' | 'not used';
  reason: string;
}

export interface TrainedModel {
  report: TrainingReport;
  weights: Uint8Array | null;
}

export async function trainWorkspaceModel(lang: SentimentLanguage, rows: readonly LabelledRow[], current: SentimentModel | null, trainedAt: Date): Promise<TrainedModel> {
  const labelled = rows.flatMap((row) => {
    const label = labelOf(row);
    return label ? [{ id: row.id, comment: { text: row.text, label: label.label, weight: label.weight } as LabelledComment, source: label.source }] : [];
  });
  const counts = { corrections: labelled.filter((l) => l.source === 'correction').length, scores: labelled.filter((l) => l.source === 'score').length };
  const training = labelled.filter((l) => !isHeldBack(l.id)).map((l) => l.comment);
  const heldBack = labelled.filter((l) => isHeldBack(l.id)).map((l) => l.comment);
  const base = { lang, labelled: counts, trained: training.length, heldBack: heldBack.length, workspace: null, generic: null, previous: null };
  if (training.length < minTrainingComments || heldBack.length < minHeldBackComments) {
    return { report: { ...base, decision: 'not used', reason: `not enough labelled comments yet: ${training.length} to train on (at least ${minTrainingComments}) and ${heldBack.length} held back (at least ${minHeldBackComments})` }, weights: null };
  }
  const generic = genericSentimentModels().get(lang)!;
  const examples: ReturnType<typeof examplesOf> = [];
  for (let i = 0; i < training.length; i += 1000) {
    examples.push(...examplesOf(lang, generic.model.classes, training.slice(i, i + 1000), sentimentDims));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const model = await trainInSlices(generic.model.classes, generic.model.dims, examples, { epochs: 4, learningRate: 0.1, l2: 1e-3, from: generic.model, anchorToStart: true, seed: 11 });
  const meta: SentimentModelMeta = {
    language: lang,
    kind: 'workspace',
    trainedOn: `${counts.scores} comments labelled by the score beside them and ${counts.corrections} analysts' corrections, started from the generic model`,
    examples: training.length,
    trainedAt: trainedAt.toISOString(),
  };
  const weights = encodeModel(model, meta);
  // Measured as it will be used: read back from its bytes.
  const candidate = decodeModel<SentimentModelMeta>(weights);
  const scores = { workspace: evaluateSentiment(candidate, heldBack), generic: evaluateSentiment(generic, heldBack), previous: current ? evaluateSentiment(current, heldBack) : null };
  const best = Math.max(scores.generic.macroF1, scores.previous?.macroF1 ?? 0);
  const isBetter = scores.workspace.macroF1 >= best + requiredGain;
  const inUse = scores.previous ? 'the workspace model in use' : 'the generic model';
  const reason = isBetter
    ? `macro-F1 ${fixed(scores.workspace.macroF1)} on ${heldBack.length} held-back comments, against ${fixed(best)} for ${scores.previous && scores.previous.macroF1 > scores.generic.macroF1 ? 'the workspace model in use' : 'the generic model'}`
    : `macro-F1 ${fixed(scores.workspace.macroF1)} on ${heldBack.length} held-back comments is not at least ${requiredGain} above ${fixed(best)} for ${inUse}`;
  return { report: { ...base, ...scores, decision: isBetter ? 'in use' : 'not used', reason }, weights };
}

const fixed = (value: number) => value.toFixed(3);

