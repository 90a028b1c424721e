import type { Features } from './features.js';

/**
 * A multinomial logistic regression over hashed features: one weight per class and bucket. Small
 * enough to train on a workspace's own comments in a background job, and fast to apply (a few
 * hundred additions per comment).
 */

export interface LinearModel {
  classes: readonly string[];
  dims: number;
  /**
   * Class-major: weights[c * dims + bucket]. A model read from a file keeps its signed bytes and
   * a scale per class (a quarter of the memory); training works on floats.
   */
  weights: Float32Array | Int8Array;
  scales?: Float32Array;
  bias: Float32Array;
}

export interface Example {
  features: Features;
  label: number;
  /** How much this example counts (an analyst's correction counts more than a score's hint). */
  weight?: number;
}

export function emptyModel(classes: readonly string[], dims: number): LinearModel & { weights: Float32Array } {
  if (dims & (dims - 1)) throw new Error('dims must be a power of two');
  return { classes, dims, weights: new Float32Array(classes.length * dims), bias: new Float32Array(classes.length) };
}

/** A copy in floats, for training to start from. */
export function cloneModel(model: LinearModel): { classes: readonly string[]; dims: number; weights: Float32Array; bias: Float32Array } {
  const weights = new Float32Array(model.weights.length);
  for (let c = 0; c < model.classes.length; c++) {
    const scale = model.scales ? model.scales[c]! : 1;
    for (let i = c * model.dims; i < (c + 1) * model.dims; i++) weights[i] = model.weights[i]! * scale;
  }
  return { classes: model.classes, dims: model.dims, weights, bias: model.bias.slice() };
}

/** Class probabilities for one comment, written into `out` (allocated when not given). */
export function predict(model: LinearModel, features: Features, out = new Float64Array(model.classes.length)): Float64Array {
  const { dims, weights, bias, scales } = model;
  let max = -Infinity;
  for (let c = 0; c < out.length; c++) {
    let sum = 0;
    const offset = c * dims;
    for (let i = 0; i < features.indices.length; i++) sum += weights[offset + features.indices[i]!]!;
    const score = bias[c]! + sum * features.value * (scales ? scales[c]! : 1);
    out[c] = score;
    if (score > max) max = score;
  }
  let total = 0;
  for (let c = 0; c < out.length; c++) total += out[c] = Math.exp(out[c]! - max);
  for (let c = 0; c < out.length; c++) out[c]! /= total;
  return out;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per example seen, applied to the weights an example touches. */
  l2: number;
  /** Start from these weights (a generic model adapted to one workspace) instead of zeros. */
  from?: LinearModel;
  /** With `from`: pull the weights toward it rather than toward zero. */
  anchorToStart?: boolean;
  /** Seeded shuffling, so the same data trains the same model. */
  seed?: number;
}

/**
 * Trains by stochastic gradient descent with AdaGrad step sizes, in a seeded random order each
 * epoch. Class weights balance the labels, so a rare class is not simply ignored.
 */
export function train(classes: readonly string[], dims: number, examples: readonly Example[], options: TrainingOptions): LinearModel {
  const steps = trainingSteps(classes, dims, examples, options, Infinity);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same training, pausing every `slice` examples so a server keeps answering requests while a
 * workspace's model trains in a background job.
 */
export async function trainInSlices(classes: readonly string[], dims: number, examples: readonly Example[], options: TrainingOptions, slice = 2000): Promise<LinearModel> {
  const steps = trainingSteps(classes, dims, examples, options, slice);
  let step = steps.next();
  while (!step.done) {
    await new Promise((resolve) => setImmediate(resolve));
    step = steps.next();
  }
  return step.value;
}

function* trainingSteps(classes: readonly string[], dims: number, examples: readonly Example[], options: TrainingOptions, slice: number): Generator<void, LinearModel & { weights: Float32Array }> {
  const model = options.from ? cloneModel(options.from) : emptyModel(classes, dims);
  const anchor = options.from && options.anchorToStart ? model.weights.slice() : null;
  const k = classes.length;
  const counts = new Float64Array(k);
  for (const example of examples) counts[example.label]! += example.weight ?? 1;
  const classWeight = Array.from(counts, (count) => (count > 0 ? examples.length / (k * count) : 0));
  const squared = new Float32Array(model.weights.length).fill(1e-6);
  const squaredBias = new Float64Array(k).fill(1e-6);
  const order = Array.from(examples.keys());
  const random = seeded(options.seed ?? 1);
  const probabilities = new Float64Array(k);
  let sinceBreak = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, label, weight = 1 } = examples[index]!;
      predict(model, features, probabilities);
      const scale = weight * classWeight[label]!;
      for (let c = 0; c < k; c++) {
        const gradient = (probabilities[c]! - (c === label ? 1 : 0)) * scale;
        squaredBias[c]! += gradient * gradient;
        model.bias[c]! -= (options.learningRate * gradient) / Math.sqrt(squaredBias[c]!);
        const offset = c * dims;
        for (let f = 0; f < features.indices.length; f++) {
          const at = offset + features.indices[f]!;
          const current = model.weights[at]!;
          const g = gradient * features.value + options.l2 * (current - (anchor ? anchor[at]! : 0));
          squared[at]! += g * g;
          model.weights[at] = current - (options.learningRate * g) / Math.sqrt(squared[at]!);
        }
      }
      if (++sinceBreak >= slice) {
        sinceBreak = 0;
        yield;
      }
    }
  }
  return model;
}

/** A small, fast, seeded generator (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
