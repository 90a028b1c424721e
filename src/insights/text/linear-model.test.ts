import { describe, expect, it } from 'vitest';
import { hash } from './features.js';
import { predict, seeded, train, type Example } from './linear-model.js';
import { decodeModel, encodeModel } from './model-file.js';

const dims = 1 << 10;
const featuresOf = (words: string[]) => {
  const indices = Uint32Array.from(new Set(words.map((word) => hash(word) & (dims - 1)))).sort();
  return { indices, value: 1 / Math.sqrt(indices.length) };
};

/** Three classes, each told by its own words among shared noise. */
function toyExamples(count: number, seed: number): Example[] {
  const random = seeded(seed);
  const cue = [['awful', 'broken', 'late'], ['monday', 'order', 'parcel'], ['great', 'fast', 'thanks']];
  return Array.from({ length: count }, () => {
    const label = Math.floor(random() * 3);
    const words = [cue[label]![Math.floor(random() * 3)]!, `noise${Math.floor(random() * 50)}`, `noise${Math.floor(random() * 50)}`];
    return { features: featuresOf(words), label };
  });
}

describe('the linear model', () => {
  it('learns classes from their features and tells unseen examples apart', () => {
    const model = train(['negative', 'neutral', 'positive'], dims, toyExamples(600, 1), { epochs: 4, learningRate: 0.2, l2: 1e-5, seed: 3 });
    const test = toyExamples(300, 2);
    const correct = test.filter((example) => {
      const p = predict(model, example.features);
      return p.indexOf(Math.max(...p)) === example.label;
    }).length;
    expect(correct / test.length).toBeGreaterThan(0.95);
    const p = predict(model, featuresOf(['great', 'thanks']));
    expect(p[0]! + p[1]! + p[2]!).toBeCloseTo(1, 9);
  });

  it('trains the same model from the same data and seed, and another with another seed', () => {
    const examples = toyExamples(200, 5);
    const options = { epochs: 2, learningRate: 0.1, l2: 1e-5, seed: 9 };
    const a = train(['a', 'b', 'c'], dims, examples, options);
    const b = train(['a', 'b', 'c'], dims, examples, options);
    const c = train(['a', 'b', 'c'], dims, examples, { ...options, seed: 10 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  it('pulls training toward a starting model when asked, so what the data never shows keeps its start', () => {
    const start = train(['negative', 'neutral', 'positive'], dims, toyExamples(300, 1), { epochs: 3, learningRate: 0.2, l2: 0, seed: 1 });
    const unrelated = Array.from({ length: 200 }, (_, i) => ({ features: featuresOf([`other${i % 20}`]), label: i % 3 }));
    const adapted = train(['negative', 'neutral', 'positive'], dims, unrelated, { epochs: 3, learningRate: 0.2, l2: 1e-2, seed: 1, from: start, anchorToStart: true });
    const great = featuresOf(['great']);
    expect(predict(adapted, great)[2]).toBeGreaterThan(0.6);
  });

  it('survives being written to bytes and read back, within its quantisation', () => {
    const model = train(['negative', 'positive'], dims, toyExamples(300, 4).filter((e) => e.label !== 1).map((e) => ({ ...e, label: e.label / 2 })), { epochs: 3, learningRate: 0.2, l2: 1e-5, seed: 2 });
    const bytes = encodeModel(model, { language: 'fi', note: 'test' });
    expect(bytes.length).toBeLessThan(2 * dims + 400);
    const { model: read, meta } = decodeModel<{ language: string; note: string }>(bytes);
    expect(meta).toEqual({ language: 'fi', note: 'test' });
    expect(read.classes).toEqual(['negative', 'positive']);
    for (const example of toyExamples(50, 8)) {
      expect(predict(read, example.features)[0]).toBeCloseTo(predict(model, example.features)[0]!, 1);
    }
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 1))).toThrow(/cut short/);
    expect(() => decodeModel(new TextEncoder().encode('hello world'))).toThrow(/not a Kuulo sentiment model/);
  });
});
