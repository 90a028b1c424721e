import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { eld } from 'eld/medium';
import { analyzeText } from '../../src/insights/text/analyzer.js';
import { detectIntents } from '../../src/insights/text/intents.js';
import { genericSentimentModels } from '../../src/insights/text/models.js';
import { extractPhrases } from '../../src/insights/text/phrases.js';
import { findPersonalData } from '../../src/insights/text/pii.js';
import { sentimentOf } from '../../src/insights/text/sentiment.js';
import { tokenize } from '../../src/insights/text/tokens.js';
import { benchRepeat, repoRoot } from '../lib/settings.js';
import { median } from '../lib/stats.js';
import { benchComments } from '../lib/text.js';
import type { BenchGroup, Report } from '../lib/types.js';

const commentCount = Number(process.env.BENCH_TEXT_COMMENTS ?? 30_000);

/** Comments per second over the whole list, the median of BENCH_REPEAT rounds after one warm-up. */
function perSecond(comments: { text: string }[], work: (text: string) => unknown): number {
  const rounds: number[] = [];
  for (let round = 0; round <= benchRepeat(); round++) {
    const started = performance.now();
    for (const { text } of comments) work(text);
    if (round > 0) rounds.push(comments.length / ((performance.now() - started) / 1000));
  }
  return median(rounds);
}

async function measure(report: Report): Promise<void> {
  const comments = benchComments(commentCount);
  const meanChars = comments.reduce((sum, c) => sum + c.text.length, 0) / comments.length;
  report.note(`text: ${comments.length} comments in English, Finnish and Polish, ${meanChars.toFixed(0)} characters on average, the language not given`);
  const models = genericSentimentModels();

  // Figure 1: every step together, against eld's language detection alone on the same texts.
  const detectOnly = perSecond(comments, (text) => eld.detect(text));
  const all = perSecond(comments, (text) => analyzeText(models, text));
  report.figure({ name: 'analyze_per_s', value: all, unit: 'comments/s', ref: detectOnly, decimals: 0 });

  // Where the time goes: each step alone (the language given, so no detection in them).
  const fi = models.get('fi')!;
  const steps: [string, (text: string) => unknown][] = [
    ['tokenize', (text) => tokenize(text)],
    ['sentiment (with tokenize)', (text) => sentimentOf(fi, tokenize(text))],
    ['intents (with tokenize)', (text) => detectIntents('fi', text, tokenize(text))],
    ['phrases (with tokenize)', (text) => extractPhrases('fi', tokenize(text))],
    ['personal data', (text) => findPersonalData(text)],
  ];
  for (const [name, work] of steps) report.note(`text step ${name}: ${perSecond(comments, work).toFixed(0)} comments/s`);

  // Figure 2: memory the models take, in a fresh process: heap and buffers after loading them.
  const measured = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(repoRoot, 'bench', 'lib', 'text-memory.ts')], { encoding: 'utf8' })) as { modelsMb: number; detectorMb: number; filesMb: number };
  report.note(`text memory: sentiment models ${measured.modelsMb.toFixed(1)} MB, language detector ${measured.detectorMb.toFixed(1)} MB; model files on disk ${measured.filesMb.toFixed(1)} MB`);
  report.figure({ name: 'models_mb', value: measured.modelsMb + measured.detectorMb, unit: 'MB', ref: measured.filesMb });
}

export const textGroup: BenchGroup = {
  name: 'text',
  description:
    `text analytics on one core: comments analysed per second with every step (language, sentiment, intents, phrases, personal data; ref: eld language detection alone on the same ${commentCount} comments, BENCH_TEXT_COMMENTS), ` +
    'and the memory the sentiment models and the language detector take in a fresh process (ref: the model files on disk).',
  run: measure,
};
