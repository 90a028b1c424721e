import { baseLanguage, stem } from './stem.js';
import { wordTests } from './stopwords.js';
import type { Token } from './tokens.js';

export { isGenericWord } from './stopwords.js';

/**
 * Key phrases of a comment: what it talks about, as single words and short runs of words
 * ("delivery time", "customer service", "asiakaspalvelu", "czas oczekiwania").
 *
 * A phrase is made of content words: words of two letters or more that are not stop words,
 * negations or generic words ("good", "very", "thing", "hyvä", "asia", "dobry", "rzecz"). Runs of
 * content words are cut by everything else: those words, punctuation, numbers and emoji, so a phrase
 * never reaches across a clause. From each run come its single words and the run itself when it
 * has two or three words; a three-word run also gives its two pairs ("long delivery time" counts
 * towards "delivery time"); a longer run, usually a list or a telegraphic comment, gives its
 * neighbouring pairs but no triples. In English, "X of Y" and "X for Y" are kept as one phrase
 * ("value for money", "quality of service").
 *
 * A phrase's key is the stems of its words joined by a space, so the forms of a phrase share a key
 * ("toimitusaika", "toimitusajan"; "czas oczekiwania", "czasie oczekiwania"). Each key appears once
 * per comment, at its first place.
 */

export interface Phrase {
  /** Stems of the words, space-separated: what phrases are counted and merged by. */
  key: string;
  /** As written. */
  text: string;
  /** UTF-16 offsets into the comment. */
  start: number;
  end: number;
}

const connectors: Record<string, ReadonlySet<string>> = { en: new Set(['of', 'for']) };
const noConnectors: ReadonlySet<string> = new Set();

const hasTwoLetters = (word: string) => /\p{L}[^]*\p{L}/u.test(word);

// Per language, what each word seen so far is: its stem when it can be part of a phrase, '' when not.
const memoLimit = 50_000;
const contentStems = new Map<string, (lowerWord: string) => string>();

function contentStemOf(lang: string): (lowerWord: string) => string {
  const known = contentStems.get(lang);
  if (known) return known;
  const { isStopWord, isNegation, isGenericWord } = wordTests(lang);
  const memo = new Map<string, string>();
  const contentStem = (word: string) => {
    let stemmed = memo.get(word);
    if (stemmed === undefined) {
      stemmed = !hasTwoLetters(word) || isStopWord(word) || isNegation(word) || isGenericWord(word) ? '' : stem(lang, word);
      if (memo.size >= memoLimit) memo.clear();
      memo.set(word, stemmed);
    }
    return stemmed;
  };
  if (contentStems.size < 1000) contentStems.set(lang, contentStem);
  return contentStem;
}

/**
 * @param source the comment the tokens came from; without it, the text of a phrase of several words
 *   is rebuilt from its words, with spaces between them.
 * @example extractPhrases('en', tokenize('Slow delivery, rude customer service.')).map((p) => p.text)
 *   // ['slow', 'slow delivery', 'delivery', 'rude', 'rude customer service', 'rude customer', …]
 */
export function extractPhrases(lang: string, tokens: readonly Token[], source?: string): Phrase[] {
  const connectorWords = connectors[baseLanguage(lang)] ?? noConnectors;
  const contentStem = contentStemOf(lang);
  const phrases: Phrase[] = [];
  const seen = new Set<string>();
  const emit = (key: string, first: Token, last: Token, middle?: Token) => {
    if (seen.has(key)) return;
    seen.add(key);
    const text = first === last ? first.text : source !== undefined ? source.slice(first.start, last.end) : rebuild(first, middle, last);
    phrases.push({ key, text, start: first.start, end: last.end });
  };

  const run: Token[] = [];
  const stems: string[] = [];
  // "value for money": the last content word before a connector, and the connector.
  let before: Token | null = null;
  let beforeStem = '';
  let connector: Token | null = null;

  const flush = () => {
    const n = run.length;
    for (let i = 0; i < n; i++) {
      emit(stems[i]!, run[i]!, run[i]!);
      if (n === 3 && i === 0) emit(`${stems[0]} ${stems[1]} ${stems[2]}`, run[0]!, run[2]!, run[1]);
      if (i + 1 < n) emit(`${stems[i]} ${stems[i + 1]}`, run[i]!, run[i + 1]!);
    }
    run.length = 0;
    stems.length = 0;
  };

  for (const token of tokens) {
    const stemmed = token.kind === 'word' ? contentStem(token.lower) : '';
    if (stemmed === '') {
      if (token.kind === 'word' && run.length > 0 && connectorWords.has(token.lower)) {
        before = run[run.length - 1]!;
        beforeStem = stems[stems.length - 1]!;
        connector = token;
      } else connector = null;
      flush();
      continue;
    }
    if (connector && before) {
      // The words on either side give their own phrases; the joined phrase comes after those before it.
      emit(`${beforeStem} ${connector.lower} ${stemmed}`, before, token, connector);
      connector = null;
    }
    run.push(token);
    stems.push(stemmed);
  }
  flush();
  return phrases;
}

/** Without the comment at hand: its words, with as many spaces between them as there were characters. */
function rebuild(first: Token, middle: Token | undefined, last: Token): string {
  const gap = (a: Token, b: Token) => ' '.repeat(Math.max(1, b.start - a.end));
  return middle ? first.text + gap(first, middle) + middle.text + gap(middle, last) + last.text : first.text + gap(first, last) + last.text;
}
