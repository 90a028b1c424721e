import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { analyzeLine } from './analyze-lines.js';
import { genericSentimentModels } from './models.js';

describe('analyzeLine', () => {
  const models = genericSentimentModels();
  const read = (line: string, n = 1) => JSON.parse(analyzeLine(models, line, n));

  it('answers a comment with its language, sentiment, intents, phrases and kinds of personal data, echoing its id', () => {
    const out = read('{"id": "r-17", "text": "Toimitus oli hidas ja asiakaspalvelu ei vastannut. Soita 040 123 4567."}', 3);
    expect(out).toMatchObject({ line: 3, id: 'r-17', lang: 'fi', sentiment: { label: expect.any(String), score: expect.any(Number), confidence: expect.any(Number) }, personalData: ['phone'] });
    expect(out.intents).toContain('complaint');
    expect(out.phrases.map((p: { text: string }) => p.text)).toContain('asiakaspalvelu');
  });

  it('trusts a given language, and marks one it has no model for as not analysed instead of guessing', () => {
    const swedish = read('{"text": "Mycket bra service, tack! Leveransen var snabb."}');
    expect(swedish).toMatchObject({ lang: 'sv', sentiment: 'not analysed' });
    // Its phrases still leave out the language's stop words.
    expect(swedish.phrases.map((p: { text: string }) => p.text)).toEqual(['service', 'Leveransen', 'snabb']);
    expect(read('{"text": "ok", "lang": "pl-PL"}')).toMatchObject({ lang: 'pl' });
  });

  it('names the line and the problem of a line it cannot read', () => {
    expect(read('{"text": ', 4)).toEqual({ line: 4, error: expect.stringMatching(/^not JSON: /) });
    expect(read('[1, 2]', 5)).toEqual({ line: 5, error: 'each line must be a JSON object such as {"text": "…"}' });
    expect(read('{"comment": "hi"}', 6)).toEqual({ line: 6, error: '"text" is missing' });
    expect(read('{"text": "hi", "lang": "Finnish language"}', 7)).toEqual({ line: 7, error: '"lang" must be a language code such as "fi" or "pl-PL"' });
  });
});

describe('npm run analyze', () => {
  it('streams: answers each line as it is read, in order, and goes on past bad lines', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'analyze-cli.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    child.stdin!.write('{"text": "Great service, thank you!"}\n');
    // The first answer arrives while standard input is still open: nothing waits for the end.
    const first = JSON.parse((await lines.next()).value as string);
    expect(first).toMatchObject({ line: 1, lang: 'en', sentiment: { label: 'positive' } });
    child.stdin!.end('not json\n\n{"text": "Dostawa była bardzo wolna.", "lang": "pl"}\n');
    const rest: unknown[] = [];
    for (let next = await lines.next(); !next.done; next = await lines.next()) rest.push(JSON.parse(next.value as string));
    expect(rest).toEqual([{ line: 2, error: expect.stringMatching(/^not JSON/) }, expect.objectContaining({ line: 4, lang: 'pl' })]);
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
  }, 30_000);
});
