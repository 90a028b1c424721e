import { stemEnglish } from './stemmers/english.js';
import { stemFinnish } from './stemmers/finnish.js';
import { stemPolish } from './stemmers/polish.js';

/**
 * The stem of a lower-case word, so the inflected forms of a word count as one: "delivery",
 * "deliveries"; "toimitus", "toimituksen", "toimituksessa"; "dostawa", "dostawie", "dostawą". A stem
 * is a grouping key, not always a word. English, Finnish and Polish have stemmers; a word of any
 * other language is its own stem.
 *
 * Comments repeat their words, so stems are remembered, up to a bound per language.
 */

const stemmers: Record<string, (lowerWord: string) => string> = { en: stemEnglish, fi: stemFinnish, pl: stemPolish };

const memoLimit = 50_000;
const memos = new Map<string, Map<string, string>>();

const bases = new Map<string, string>();

/** "en-GB", "fi_FI" and "FI" are read as "en" and "fi". */
export function baseLanguage(lang: string): string {
  let base = bases.get(lang);
  if (base === undefined) {
    base = lang.split(/[-_]/)[0]!.toLowerCase();
    if (bases.size < 1000) bases.set(lang, base);
  }
  return base;
}

const stemmerOf = (lang: string) => {
  const base = baseLanguage(lang);
  return Object.hasOwn(stemmers, base) ? stemmers[base] : undefined;
};

export function stem(lang: string, lowerWord: string): string {
  let memo = memos.get(lang);
  if (memo === undefined) {
    if (stemmerOf(lang) === undefined) return lowerWord;
    memo = new Map();
    memos.set(lang, memo);
  }
  const known = memo.get(lowerWord);
  if (known !== undefined) return known;
  const stemmed = stemmerOf(lang)!(lowerWord);
  // A full memo starts over: cheaper than tracking which words are still in use.
  if (memo.size >= memoLimit) memo.clear();
  memo.set(lowerWord, stemmed);
  return stemmed;
}

/** Whether Kuulo stems this language (otherwise a word is its own stem). */
export const hasStemmer = (lang: string) => stemmerOf(lang) !== undefined;
