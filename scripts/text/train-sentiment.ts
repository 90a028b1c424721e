import fs from 'node:fs';
import path from 'node:path';
import { hash } from '../../src/insights/text/features.js';
import { sentimentLanguages, type SentimentLanguage } from '../../src/insights/text/language-tools.js';
import { encodeModel } from '../../src/insights/text/model-file.js';
import type { SentimentModelMeta } from '../../src/insights/text/sentiment.js';
import { evaluateSentiment, lexiconPrior, sentimentLabels, trainSentiment, type LabelledComment } from '../../src/insights/text/training.js';
import { feedbackSentiment } from './feedback-set.js';
import { isTestSentence, readXed } from './xed.js';

/**
 * Trains the sentiment models Kuulo ships (models/sentiment/<lang>.ksm) from the training part of
 * XED; its test part is never read here. The settings (how strongly the feedback lexicon leans the
 * start, and how hard training is pulled back to it) are chosen by the mean macro-F1 on a
 * validation fifth of XED's training part and on the development third of Kuulo's own feedback
 * check set, then the model is trained on all of XED's training part. Same data, same models: the
 * order is seeded. Run: `npm run train:text [en,fi,pl]` (XED_DIR may name the data folder).
 */

const candidates = [
  { epochs: 6, learningRate: 0.1, l2: 1e-5, prior: 0 },
  { epochs: 6, learningRate: 0.1, l2: 1e-3, prior: 2 },
  { epochs: 6, learningRate: 0.1, l2: 1e-3, prior: 4 },
  { epochs: 6, learningRate: 0.1, l2: 1e-2, prior: 4 },
  { epochs: 6, learningRate: 0.1, l2: 1e-3, prior: 8 },
];
type Settings = (typeof candidates)[number];

const outputFolder = path.resolve(import.meta.dirname, '..', '..', 'models', 'sentiment');
fs.mkdirSync(outputFolder, { recursive: true });
const languages = (process.argv[2]?.split(',') ?? sentimentLanguages) as SentimentLanguage[];

for (const lang of languages) {
  const training: LabelledComment[] = readXed(lang).filter((row) => !isTestSentence(row.text));
  const classes = training.some((row) => row.label === 'neutral') ? sentimentLabels : (['negative', 'positive'] as const);
  const isValidation = (text: string) => hash(`xed-validation|${text}`) % 5 === 0;
  const fit = training.filter((row) => !isValidation(row.text));
  const validation = training.filter((row) => isValidation(row.text));
  const feedbackDev = feedbackSentiment(lang, 'dev');
  let best: { settings: Settings; score: number } | null = null;
  for (const settings of candidates) {
    const model = { model: fitModel(lang, classes, fit, settings), meta: metaOf(lang, fit.length) };
    const onXed = evaluateSentiment(model, validation).macroF1;
    const onFeedback = evaluateSentiment(model, feedbackDev).macroF1;
    const score = (onXed + onFeedback) / 2;
    process.stderr.write(`${lang} ${JSON.stringify(settings)}: macro-F1 ${onXed.toFixed(3)} on XED validation, ${onFeedback.toFixed(3)} on feedback dev (${feedbackDev.length})\n`);
    if (!best || score > best.score) best = { settings, score };
  }
  const model = fitModel(lang, classes, training, best!.settings);
  const file = path.join(outputFolder, `${lang}.ksm`);
  fs.writeFileSync(file, encodeModel(model, metaOf(lang, training.length)));
  process.stderr.write(`${lang}: ${training.length} sentences (${classes.join('/')}), ${JSON.stringify(best!.settings)} → models/sentiment/${lang}.ksm\n`);
}

function fitModel(lang: SentimentLanguage, classes: readonly string[], comments: LabelledComment[], settings: Settings) {
  const from = settings.prior ? lexiconPrior(lang, classes, settings.prior) : undefined;
  return trainSentiment(lang, classes, comments, { ...settings, seed: 7, from, anchorToStart: true });
}

function metaOf(lang: SentimentLanguage, examples: number): SentimentModelMeta {
  return {
    language: lang,
    kind: 'generic',
    trainedOn: `XED (Öhman et al. 2020, CC BY 4.0): ${lang === 'pl' ? 'Polish projected lines, positive and negative' : `${lang === 'en' ? 'English' : 'Finnish'} annotated and neutral lines`}, training part; Kuulo's feedback lexicon as the starting point`,
    examples,
  };
}
