import { createRequire } from 'node:module';
import { stem, baseLanguage } from './stem.js';
import en from './wordlists/en.json' with { type: 'json' };
import fi from './wordlists/fi.json' with { type: 'json' };
import pl from './wordlists/pl.json' with { type: 'json' };

/**
 * Word lists that decide what can be a topic in a comment, per language (written for Kuulo):
 *
 * - stop words: function words, pronouns in their inflected forms, auxiliaries and light verbs, and
 *   fillers of feedback ("also", "myös", "też"); never negations, never words that carry sentiment;
 * - negations: "not", "ei", "nie" and their kin, read by sentiment; they are no topic either;
 * - generic words: what any comment may say of anything ("good", "very", "thing", "hyvä", "asia",
 *   "dobry", "rzecz"); a topic made of them says nothing. They are matched by stem as well, so every
 *   form counts ("hyvää", "dobrego").
 *
 * Other languages take their stop words from stopwords-iso (MIT; 58 languages), so their phrases
 * are content words too; they have no generic words, and their negations count as stop words.
 */

interface WordLists {
  stop: string[];
  negation: string[];
  generic: string[];
}

interface LanguageLists {
  stop: Set<string>;
  negation: Set<string>;
  generic: Set<string>;
  genericStems: Set<string>;
}

const sources: Record<string, WordLists> = { en, fi, pl };
const loaded = new Map<string, LanguageLists | null>();

function listsOf(lang: string): LanguageLists | null {
  const base = baseLanguage(lang);
  const cached = loaded.get(base);
  if (cached !== undefined) return cached;
  const source = Object.hasOwn(sources, base) ? sources[base] : undefined;
  const other = source ? undefined : otherLanguages()[base];
  const lists = source
    ? {
        stop: new Set(source.stop),
        negation: new Set(source.negation),
        generic: new Set(source.generic),
        // English inflects little and its stems join words apart in feedback ("good", "goods").
        genericStems: new Set(base === 'en' ? [] : source.generic.map((word) => stem(base, word))),
      }
    : other
      ? { stop: new Set(other.map((word) => word.toLowerCase())), negation: new Set<string>(), generic: new Set<string>(), genericStems: new Set<string>() }
      : null;
  loaded.set(base, lists);
  return lists;
}

let isoLists: Record<string, string[]> | undefined;
/** stopwords-iso's lists, read the first time a comment in another language needs them. */
const otherLanguages = () => (isoLists ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>);

// Finnish clitics ("sekin", "tämäkään", "eihän", "onko") leave a stop word a stop word; "jako" (a
// share) is a noun, not "ja" with a clitic.
const finnishClitic = /(kin|kaan|kään|han|hän|pa|pä|ko|kö)$/;
const notClitic = new Set(['jako']);

/** The three tests of one language, for a caller that asks about many words. */
export interface WordTests {
  isStopWord: (lowerWord: string) => boolean;
  isNegation: (lowerWord: string) => boolean;
  isGenericWord: (lowerWord: string) => boolean;
}

const none: WordTests = { isStopWord: () => false, isNegation: () => false, isGenericWord: () => false };
const tests = new Map<string, WordTests>();

export function wordTests(lang: string): WordTests {
  const known = tests.get(lang);
  if (known) return known;
  const base = baseLanguage(lang);
  const lists = listsOf(base);
  let made = none;
  if (lists) {
    const inList = (set: Set<string>, word: string) =>
      set.has(word) || (base === 'fi' && finnishClitic.test(word) && !notClitic.has(word) && set.has(word.replace(finnishClitic, '')));
    made = {
      isStopWord: (word) => inList(lists.stop, word),
      // English "n't" forms ("doesn't", "wouldn't") count whether or not the list names them.
      isNegation: (word) => inList(lists.negation, word) || (base === 'en' && word.endsWith("n't")),
      isGenericWord: (word) => lists.generic.has(word) || lists.genericStems.has(stem(base, word)),
    };
  }
  if (tests.size < 1000) tests.set(lang, made);
  return made;
}

export const isStopWord = (lang: string, lowerWord: string) => wordTests(lang).isStopWord(lowerWord);
export const isNegation = (lang: string, lowerWord: string) => wordTests(lang).isNegation(lowerWord);
export const isGenericWord = (lang: string, lowerWord: string) => wordTests(lang).isGenericWord(lowerWord);
