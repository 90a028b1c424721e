import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './settings.js';

/** Run in a fresh process by bench/groups/text.ts: prints the memory loading the models takes, as JSON. */
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const used = () => {
  gc();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  return (heapUsed + external + arrayBuffers) / 2 ** 20;
};
const { genericSentimentModels } = await import('../../src/insights/text/models.js');
const before = used();
const models = genericSentimentModels();
const afterModels = used();
const { eld } = await import('eld/medium');
eld.detect('warm up');
const afterDetector = used();
const folder = path.join(repoRoot, 'models', 'sentiment');
const filesMb = fs.readdirSync(folder).reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0) / 2 ** 20;
process.stdout.write(JSON.stringify({ modelsMb: afterModels - before, detectorMb: afterDetector - afterModels, filesMb, languages: models.size }));
