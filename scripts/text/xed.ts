import fs from 'node:fs';
import path from 'node:path';
import { hash } from '../../src/insights/text/features.js';

/**
 * XED (Öhman et al. 2020, CC BY 4.0): emotion-annotated movie subtitles in English and Finnish,
 * and Polish labels projected from English. Read as sentiment the way the paper does: positive =
 * only joy and/or trust; negative = only anger, disgust, fear and/or sadness; neutral = the
 * `neu_*` files (English and Finnish only); lines mixing both, or only anticipation or surprise,
 * are left out. Each distinct sentence falls on one side of a fixed split by the hash of its text:
 * a fifth is for testing and never trained on.
 */

export type SentimentLabel = 'negative' | 'neutral' | 'positive';
export interface LabelledText {
  text: string;
  label: SentimentLabel;
}

const positiveEmotions = new Set([5, 8]);
const negativeEmotions = new Set([1, 3, 4, 6]);

export function xedFolder(): string {
  const folder = process.env.XED_DIR ?? path.resolve(process.cwd(), '..', 'shared', 'data', 'xed');
  if (!fs.existsSync(path.join(folder, 'en-annotated.tsv'))) throw new Error(`XED data not found in ${folder}: set XED_DIR to the folder holding en-annotated.tsv`);
  return folder;
}

export function readXed(lang: 'en' | 'fi' | 'pl', folder = xedFolder()): LabelledText[] {
  const rows: LabelledText[] = [];
  const annotated = lang === 'pl' ? 'pl-projections.tsv' : `${lang}-annotated.tsv`;
  for (const line of fs.readFileSync(path.join(folder, annotated), 'utf8').split('\n')) {
    const [text, labels] = line.split('\t');
    if (!text?.trim() || !labels) continue;
    const emotions = labels.split(',').map((label) => Number(label.trim()));
    const label = emotions.every((e) => positiveEmotions.has(e)) ? 'positive' : emotions.every((e) => negativeEmotions.has(e)) ? 'negative' : null;
    if (label) rows.push({ text: text.trim(), label });
  }
  const neutral = path.join(folder, `neu_${lang}.txt`);
  if (fs.existsSync(neutral)) {
    for (const line of fs.readFileSync(neutral, 'utf8').split('\n')) {
      const text = line.split('\t')[1]?.trim();
      if (text) rows.push({ text, label: 'neutral' });
    }
  }
  // A sentence labelled twice, or both ways, is kept once with its most frequent label.
  const byText = new Map<string, Map<SentimentLabel, number>>();
  for (const row of rows) {
    const labels = byText.get(row.text) ?? new Map<SentimentLabel, number>();
    labels.set(row.label, (labels.get(row.label) ?? 0) + 1);
    byText.set(row.text, labels);
  }
  return [...byText].map(([text, labels]) => ({ text, label: [...labels].sort((a, b) => b[1] - a[1])[0]![0] }));
}

/** The fixed split: a fifth of the distinct sentences, by the hash of their text, is test data. */
export const isTestSentence = (text: string) => hash(`xed-split|${text}`) % 5 === 0;
