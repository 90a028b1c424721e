import { analyzeText, type SentimentModels } from './analyzer.js';

/**
 * One line of `npm run -s analyze`: a JSON object with `text` (and optionally `lang` and an `id`
 * echoed back) in, one JSON line out: the analysis, or an error naming the line's number.
 */

export function analyzeLine(models: SentimentModels, line: string, lineNumber: number): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ line: lineNumber, error: `not JSON: ${(error as Error).message}` });
  }
  const problem = problemOf(input);
  if (problem) return JSON.stringify({ line: lineNumber, error: problem });
  const { text, lang, id } = input as { text: string; lang?: string | null; id?: unknown };
  const analysis = analyzeText(models, text, { lang });
  return JSON.stringify({
    line: lineNumber,
    ...(id === undefined ? {} : { id }),
    lang: analysis.lang,
    sentiment: analysis.sentiment,
    intents: analysis.intents.map((hit) => hit.intent),
    phrases: analysis.phrases.map((phrase) => ({ text: phrase.text, key: phrase.key })),
    personalData: analysis.personalData.map((span) => span.kind),
  });
}

function problemOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'each line must be a JSON object such as {"text": "…"}';
  const { text, lang } = input as Record<string, unknown>;
  if (typeof text !== 'string') return text === undefined ? '"text" is missing' : '"text" must be a string';
  if (lang !== undefined && lang !== null && (typeof lang !== 'string' || !/^[a-z]{2,3}([-_][a-z0-9]+)*$/i.test(lang))) return '"lang" must be a language code such as "fi" or "pl-PL"';
  return null;
}
