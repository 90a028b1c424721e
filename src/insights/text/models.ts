import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/db/project-root.js';
import { sentimentLanguages } from './language-tools.js';
import { decodeModel } from './model-file.js';
import type { SentimentModel, SentimentModelMeta } from './sentiment.js';

/**
 * The sentiment models Kuulo ships, one per language, in `models/sentiment/<lang>.ksm` (trained by
 * `npm run train:text`; see docs/text-analytics.md). Read once per process.
 */

let generic: Map<string, SentimentModel> | undefined;

export function genericSentimentModels(folder = path.join(projectRoot(), 'models', 'sentiment')): ReadonlyMap<string, SentimentModel> {
  if (generic) return generic;
  const models = new Map<string, SentimentModel>();
  for (const lang of sentimentLanguages) {
    const file = path.join(folder, `${lang}.ksm`);
    if (!fs.existsSync(file)) throw new Error(`The ${lang} sentiment model is missing (${path.relative(projectRoot(), file)}); run npm run train:text`);
    models.set(lang, decodeModel<SentimentModelMeta>(fs.readFileSync(file)));
  }
  generic = models;
  return models;
}

/** How a generic model measured (`npm run eval:text -- --write`): the rows of models/sentiment/quality.json, by language. */
export interface MeasuredQuality {
  task: string;
  data: string;
  texts: number;
  accuracy: number;
  macroF1: number;
}

let quality: Record<string, MeasuredQuality[]> | undefined;

export function genericModelQuality(folder = path.join(projectRoot(), 'models', 'sentiment')): Record<string, MeasuredQuality[]> {
  if (quality) return quality;
  const file = path.join(folder, 'quality.json');
  quality = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, MeasuredQuality[]>) : {};
  return quality;
}
