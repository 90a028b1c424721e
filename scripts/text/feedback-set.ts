import fs from 'node:fs';
import path from 'node:path';
import { hash } from '../../src/insights/text/features.js';
import type { LabelledComment } from '../../src/insights/text/training.js';

/**
 * Customer feedback written and labelled for Kuulo's quality checks (test/fixtures/text/sentiment-feedback-<lang>.jsonl): not
 * public data, so its figures are reported apart from the public ones. A third of it (by the hash
 * of the text) helps choose the training settings; only the other two thirds are reported.
 */

const folder = path.resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'text');

export function readJsonLines<T>(file: string): T[] {
  return fs
    .readFileSync(path.join(folder, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export function feedbackSentiment(lang: string, part: 'dev' | 'check'): LabelledComment[] {
  return readJsonLines<LabelledComment & { lang: string }>(`sentiment-feedback-${lang}.jsonl`).filter(
    (row) => row.lang === lang && (hash(`feedback-dev|${row.text}`) % 3 === 0) === (part === 'dev'),
  );
}
