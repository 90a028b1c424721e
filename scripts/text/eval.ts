import fs from 'node:fs';
import path from 'node:path';
import { detectLanguage } from '../../src/insights/text/language.js';
import { detectIntents } from '../../src/insights/text/intents.js';
import { genericSentimentModels } from '../../src/insights/text/models.js';
import { sentimentLanguages } from '../../src/insights/text/language-tools.js';
import { score, type Scores } from '../../src/insights/text/evaluation.js';
import type { SentimentModel } from '../../src/insights/text/sentiment.js';
import { evaluateSentiment } from '../../src/insights/text/training.js';
import { tokenize } from '../../src/insights/text/tokens.js';
import { feedbackSentiment, readJsonLines } from './feedback-set.js';
import { isTestSentence, readXed } from './xed.js';

/**
 * `npm run eval:text`: how good Kuulo's text analytics measure, per language and task.
 * - Public data: the test part of XED (Öhman et al. 2020, CC BY 4.0), never trained on: sentiment
 *   (negative/neutral/positive where the data has neutral lines; positive against negative for
 *   all three) and language detection (every test sentence, and those of at most 20 characters).
 * - Kuulo's own check sets (test/fixtures/text, written and labelled for Kuulo, not public):
 *   sentiment on customer feedback (the reported two thirds) and intents.
 * `--json` prints the figures as JSON instead of a table; `--write` also keeps the sentiment figures
 * in models/sentiment/quality.json, which the admin app shows beside each generic model.
 */

interface Row {
  task: string;
  lang: string;
  data: string;
  texts: number;
  accuracy: number;
  macroF1: number;
}

const rows: Row[] = [];
const add = (task: string, lang: string, data: string, scores: Scores) => rows.push({ task, lang, data, texts: scores.texts, accuracy: scores.accuracy, macroF1: scores.macroF1 });

const models = genericSentimentModels();
for (const lang of sentimentLanguages) {
  const model = models.get(lang) as SentimentModel;
  const test = readXed(lang).filter((row) => isTestSentence(row.text));
  // XED has no neutral Polish lines: for Polish only positive against negative is measured on it.
  if (test.some((row) => row.label === 'neutral')) add('sentiment, 3 labels', lang, 'XED test', evaluateSentiment(model, test));
  add('sentiment, positive vs negative', lang, 'XED test', evaluateSentiment(model, test, { binary: true }));
  const feedback = feedbackSentiment(lang, 'check');
  add('sentiment, 3 labels', lang, 'Kuulo feedback check', evaluateSentiment(model, feedback));
  add('sentiment, positive vs negative', lang, 'Kuulo feedback check', evaluateSentiment(model, feedback, { binary: true }));

  const languages = [...new Set([...sentimentLanguages, 'other'])];
  const detect = (texts: string[]) =>
    score(languages, texts.map((text) => ({ expected: lang, predicted: ((found) => (languages.includes(found) ? found : 'other'))(detectLanguage(text).lang) })));
  const sentences = test.map((row) => row.text);
  // One language per test set: accuracy says it all (an F1 over the other languages would have no support).
  add('language (of 60)', lang, 'XED test', { ...detect(sentences), macroF1: Number.NaN });
  add('language (of 60), ≤ 20 characters', lang, 'XED test', { ...detect(sentences.filter((text) => text.length <= 20)), macroF1: Number.NaN });
}

const intents = ['complaint', 'feature_request', 'praise', 'question'];
for (const file of ['intents.jsonl', 'intents-holdout.jsonl']) {
  const labelled = readJsonLines<{ lang: string; text: string; intents: string[] }>(file);
  for (const lang of sentimentLanguages) {
    // Each comment and intent is one yes/no decision; accuracy over those, macro-F1 over the intents.
    const pairs: { expected: string; predicted: string }[] = [];
    const perIntent = new Map(intents.map((intent) => [intent, [] as { expected: string; predicted: string }[]]));
    for (const row of labelled.filter((r) => r.lang === lang)) {
      const found = new Set<string>(detectIntents(lang, row.text, tokenize(row.text)).map((hit) => hit.intent));
      for (const intent of intents) {
        const pair = { expected: row.intents.includes(intent) ? 'yes' : 'no', predicted: found.has(intent) ? 'yes' : 'no' };
        pairs.push(pair);
        perIntent.get(intent)!.push(pair);
      }
    }
    const f1s = intents.map((intent) => score(['yes'], perIntent.get(intent)!).perLabel['yes']!.f1);
    const accuracy = score(['yes', 'no'], pairs).accuracy;
    rows.push({ task: 'intents', lang, data: file === 'intents.jsonl' ? 'Kuulo intents (tuned on)' : 'Kuulo intents holdout', texts: pairs.length / intents.length, accuracy, macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length });
  }
}

if (process.argv.includes('--write')) {
  // What the admin app shows beside each generic model: its sentiment rows.
  const byLang: Record<string, Omit<Row, 'lang'>[]> = {};
  for (const { lang, ...row } of rows.filter((r) => r.task.startsWith('sentiment'))) (byLang[lang] ??= []).push(row);
  fs.writeFileSync(path.join(import.meta.dirname, '..', '..', 'models', 'sentiment', 'quality.json'), `${JSON.stringify(byLang, null, 2)}\n`);
}

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  const header = ['Task', 'Language', 'Data', 'Texts', 'Accuracy', 'Macro-F1'];
  const lines = rows.map((row) => [row.task, row.lang, row.data, String(row.texts), row.accuracy.toFixed(3), Number.isNaN(row.macroF1) ? '—' : row.macroF1.toFixed(3)]);
  process.stdout.write(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n${lines.map((line) => `| ${line.join(' | ')} |`).join('\n')}\n`);
}
