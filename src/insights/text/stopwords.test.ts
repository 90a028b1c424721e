import { describe, expect, it } from 'vitest';
import en from './wordlists/en.json' with { type: 'json' };
import fi from './wordlists/fi.json' with { type: 'json' };
import pl from './wordlists/pl.json' with { type: 'json' };
import { isGenericWord, isNegation, isStopWord } from './stopwords.js';

describe('isStopWord', () => {
  it('knows function words, pronouns in their forms, auxiliaries and fillers', () => {
    for (const word of ['the', 'and', 'was', 'have', 'they', 'their', 'also', 'really', "i'm", 'would']) expect(isStopWord('en', word), word).toBe(true);
    for (const word of ['ja', 'että', 'on', 'oli', 'minulla', 'heidän', 'tämän', 'siinä', 'myös', 'vielä', 'joka', 'jonka']) expect(isStopWord('fi', word), word).toBe(true);
    for (const word of ['i', 'że', 'jest', 'był', 'się', 'mnie', 'jego', 'który', 'której', 'też', 'także', 'tylko']) expect(isStopWord('pl', word), word).toBe(true);
  });

  it('reads a Finnish stop word with a clitic as a stop word', () => {
    for (const word of ['sekin', 'tämäkään', 'onko', 'minäkin', 'sehän']) expect(isStopWord('fi', word), word).toBe(true);
    expect(isStopWord('fi', 'jako')).toBe(false);
  });

  it('leaves out negations and words that carry sentiment', () => {
    for (const word of ['not', 'no', 'never', 'good', 'slow', 'rude', 'delivery']) expect(isStopWord('en', word), word).toBe(false);
    for (const word of ['ei', 'en', 'eivät', 'hyvä', 'hidas', 'toimitus']) expect(isStopWord('fi', word), word).toBe(false);
    for (const word of ['nie', 'bez', 'nigdy', 'dobry', 'wolno', 'dostawa']) expect(isStopWord('pl', word), word).toBe(false);
  });

  it('takes stop words of other languages from stopwords-iso, has none for a language it does not know, and reads regional tags', () => {
    expect(isStopWord('sv', 'och')).toBe(true);
    expect(isStopWord('sv-FI', 'leveransen')).toBe(false);
    expect(isStopWord('xx', 'och')).toBe(false);
    expect(isStopWord('en-GB', 'the')).toBe(true);
  });

  it('keeps the lists apart: no negation is also a stop word', () => {
    for (const lists of [en, fi, pl]) {
      const negations = new Set(lists.negation);
      expect(lists.stop.filter((word) => negations.has(word))).toEqual([]);
    }
  });
});

describe('isNegation', () => {
  it('knows negations of English', () => {
    for (const word of ['not', 'no', 'never', 'without', "don't", "doesn't", "wouldn't", "isn't", 'cannot', 'nothing']) expect(isNegation('en', word), word).toBe(true);
    expect(isNegation('en', 'now')).toBe(false);
  });

  it('knows the Finnish negation verb in every person, and "ilman"', () => {
    for (const word of ['ei', 'en', 'et', 'emme', 'ette', 'eivät', 'eikä', 'ilman', 'eikö', 'eihän']) expect(isNegation('fi', word), word).toBe(true);
    expect(isNegation('fi', 'eikö')).toBe(true);
    expect(isNegation('fi', 'eilen')).toBe(false);
  });

  it('knows Polish negations', () => {
    for (const word of ['nie', 'bez', 'nigdy', 'żaden', 'żadnego', 'nic', 'nikt', 'ani']) expect(isNegation('pl', word), word).toBe(true);
    expect(isNegation('pl', 'niebo')).toBe(false);
  });
});

describe('isGenericWord', () => {
  it('knows words any comment may say of anything', () => {
    for (const word of ['good', 'bad', 'very', 'thing', 'things', 'great', 'excellent']) expect(isGenericWord('en', word), word).toBe(true);
    for (const word of ['hyvä', 'huono', 'asia', 'todella']) expect(isGenericWord('fi', word), word).toBe(true);
    for (const word of ['dobry', 'zły', 'bardzo', 'rzecz']) expect(isGenericWord('pl', word), word).toBe(true);
  });

  it('knows their inflected forms in Finnish and Polish', () => {
    for (const word of ['hyvää', 'hyvän', 'huonoa', 'asiat', 'asioita']) expect(isGenericWord('fi', word), word).toBe(true);
    for (const word of ['dobrego', 'dobrej', 'rzeczy', 'świetna']) expect(isGenericWord('pl', word), word).toBe(true);
  });

  it('does not take topics for generic words', () => {
    for (const word of ['goods', 'delivery', 'time', 'service', 'kind']) expect(isGenericWord('en', word), word).toBe(false);
    for (const word of ['huone', 'huoneen', 'asiakas', 'asiakaspalvelu', 'aika', 'toimitusaika']) expect(isGenericWord('fi', word), word).toBe(false);
    for (const word of ['dostawa', 'obsługa', 'czas']) expect(isGenericWord('pl', word), word).toBe(false);
  });
});
