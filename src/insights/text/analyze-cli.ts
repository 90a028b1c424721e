import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { analyzeLine } from './analyze-lines.js';
import { genericSentimentModels } from './models.js';

/**
 * `npm run -s analyze`: JSON lines in (`{"text": "…", "lang": "fi"}`, `lang` optional, any `id`
 * echoed back), one JSON line out per line in, in order, as each is read, so a file of any size
 * runs in constant memory. A line that cannot be read gets an error line naming its number, and
 * the rest go on. Blank lines are skipped.
 */

async function main() {
  const models = genericSentimentModels();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    if (!process.stdout.write(`${analyzeLine(models, line, lineNumber)}\n`)) await once(process.stdout, 'drain');
  }
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A reader that stops early (`| head`) ends the run quietly.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
