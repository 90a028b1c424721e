import { isClauseBreak, type Token } from './tokens.js';

/**
 * What the sentiment model sees of a comment: hashed features, each present or not.
 *
 * - words, by stem, so "toimitus" and "toimituksen" are one feature; a word in the scope of a
 *   negation ("ei toimi", "nie działa", "not good") is a different feature from the word alone;
 * - pairs of neighbouring stems within a clause ("customer service", "ei enää");
 * - letter sequences of three and four inside each word, which carry inflection and compounds the
 *   stemmer leaves alone (Finnish "asiakaspalvelu" shares "palv" with "palvelu");
 * - emoji, and whether the comment exclaims or asks;
 * - the polarity of words in a sentiment lexicon, counted as "+" and "−", flipped by negation, so
 *   what the model learns of lexicon words in its training text carries over to lexicon words it
 *   never saw in training.
 *
 * Features are hashed into `dims` buckets (no vocabulary to ship) and weighted 1/√n, so a long
 * comment does not shout over a short one.
 */

export interface LanguageTools {
  stem: (lowerWord: string) => string;
  isNegation: (lowerWord: string) => boolean;
  /** Polarity of a word (−5…5) in the language's lexicon, or 0. */
  polarity: (lowerWord: string, stem: string) => number;
  /** The lexicon by stem, for a model's starting point. */
  lexiconStems: () => Iterable<[string, number]>;
}

export interface Features {
  /** Distinct buckets, ascending. */
  indices: Uint32Array;
  /** The value of every present feature: 1/√(number of features). */
  value: number;
}

/** Words a negation reaches, at most, before the clause ends. */
const negationReach = 3;

// Hash states after each feature's prefix, continued over its text without building strings:
// the same buckets as hashing the whole feature ("w|toimitu"), at a fraction of the work.
const afterWord = extend(0x811c9dc5, 'w|');
const afterNegatedWord = extend(0x811c9dc5, 'w|¬');
const afterPair = extend(0x811c9dc5, 'b|');
const afterLettersInside = extend(0x811c9dc5, 'c|');
const space = ' '.charCodeAt(0);

export function featuresOf(tokens: readonly Token[], tools: LanguageTools, dims: number): Features {
  const mask = dims - 1;
  const buckets: number[] = [];
  const add = (feature: string) => buckets.push(hash(feature) & mask);
  let negatedFor = 0;
  let previous: string | null = null;
  let lexiconPositive = 0;
  let lexiconNegative = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') {
      if (isClauseBreak(token)) {
        negatedFor = 0;
        previous = null;
      }
      if (token.kind === 'emoji') add(`e|${token.text.replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F]/gu, '')}`);
      else if (token.text === '!' || token.text === '?') add(`p|${token.text}`);
      continue;
    }
    const word = token.lower;
    if (tools.isNegation(word) || word.endsWith("n't")) {
      negatedFor = negationReach;
      add(`n|${word}`);
      previous = '¬';
      continue;
    }
    const stem = tools.stem(word);
    const negated = negatedFor > 0;
    buckets.push(extend(negated ? afterNegatedWord : afterWord, stem) & mask);
    if (previous !== null) buckets.push(extend(step(extend(afterPair, previous), space), stem) & mask);
    previous = stem;
    addLetterSequences(buckets, word, mask);
    const polarity = tools.polarity(word, stem);
    if (polarity !== 0) {
      if (polarity > 0 !== negated) lexiconPositive += Math.abs(polarity);
      else lexiconNegative += Math.abs(polarity);
    }
    if (negatedFor > 0) negatedFor--;
  }
  // The lexicon's strength as a few levels, so its weight is learned, not assumed.
  for (let level = 1; level <= 3 && lexiconPositive >= 2 * level - 1; level++) add(`x|+${level}`);
  for (let level = 1; level <= 3 && lexiconNegative >= 2 * level - 1; level++) add(`x|-${level}`);
  if (lexiconPositive > lexiconNegative) add('x|+>');
  if (lexiconNegative > lexiconPositive) add('x|->');
  // Distinct buckets, found with a stamp per bucket rather than by sorting.
  const stamps = stampsFor(dims);
  const stamp = ++stamps.generation;
  const indices = new Uint32Array(buckets.length);
  let distinct = 0;
  for (const bucket of buckets) {
    if (stamps.seen[bucket] === stamp) continue;
    stamps.seen[bucket] = stamp;
    indices[distinct++] = bucket;
  }
  return { indices: indices.subarray(0, distinct), value: distinct > 0 ? 1 / Math.sqrt(distinct) : 0 };
}

const stampsByDims = new Map<number, { seen: Uint32Array; generation: number }>();
function stampsFor(dims: number) {
  let stamps = stampsByDims.get(dims);
  if (!stamps || stamps.generation >= 0xfffffff0) {
    stamps = { seen: new Uint32Array(dims), generation: 0 };
    stampsByDims.set(dims, stamps);
  }
  return stamps;
}

/** Every sequence of three and four letters of " word " (the spaces mark its ends), as `c|…` features. */
function addLetterSequences(buckets: number[], whole: string, mask: number): void {
  const word = whole.length > codes.length - 2 ? whole.slice(0, codes.length - 2) : whole;
  const length = word.length + 2;
  codes[0] = space;
  for (let i = 0; i < word.length; i++) codes[i + 1] = word.charCodeAt(i);
  codes[length - 1] = space;
  for (let n = 3; n <= 4; n++) {
    for (let i = 0; i + n <= length; i++) {
      let h = afterLettersInside;
      for (let j = i; j < i + n; j++) h = Math.imul(h ^ codes[j]!, 0x01000193);
      buckets.push((h >>> 0) & mask);
    }
  }
}
/** The letters of the word being read, between two spaces (a longer "word" is cut: no language has one). */
const codes = new Uint16Array(4096);

const step = (h: number, code: number) => Math.imul(h ^ code, 0x01000193) >>> 0;

function extend(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The feature of a word by its stem, in a negation's scope or not. */
export const wordFeature = (stem: string, negated: boolean) => (negated ? `w|¬${stem}` : `w|${stem}`);

/** FNV-1a over UTF-16 code units: fast, stable across runs and machines, good enough spread. */
export const hash = (text: string): number => extend(0x811c9dc5, text);
