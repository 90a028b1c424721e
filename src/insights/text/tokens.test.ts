import { describe, expect, it } from 'vitest';
import { isClauseBreak, tokenize } from './tokens.js';

describe('tokenize', () => {
  it('keeps words with inner apostrophes, hyphens and Finnish case colons, numbers, emoji and punctuation, each where it was written', () => {
    const text = 'Toimitus oli HIDAS 😡👍🏻 EU:n self-service don’t 12,50 € — ok!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:Toimitus', 'word:oli', 'word:HIDAS', 'emoji:😡', 'emoji:👍🏻', 'word:EU:n', 'word:self-service', 'word:don’t', 'number:12,50', 'punct:€', 'punct:—', 'word:ok', 'punct:!',
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens[2]!.lower).toBe('hidas');
    expect(tokens[7]!.lower).toBe("don't");
  });

  it('reads Polish and Finnish letters, composed or not, as one word in lower case', () => {
    const decomposed = 'Z\u0301le obsłużony, ä'.normalize('NFD');
    const words = tokenize(decomposed).filter((t) => t.kind === 'word');
    expect(words.map((t) => t.lower)).toEqual(['źle', 'obsłużony', 'ä']);
  });

  it('marks the punctuation that ends a clause', () => {
    const breaks = tokenize('a, b. c! d? e; f – g').filter(isClauseBreak).map((t) => t.text);
    expect(breaks).toEqual([',', '.', '!', '?', ';', '–']);
  });
});
