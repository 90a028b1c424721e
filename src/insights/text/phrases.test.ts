import { describe, expect, it } from 'vitest';
import { extractPhrases } from './phrases.js';
import { tokenize } from './tokens.js';

const phrasesOf = (lang: string, text: string) => extractPhrases(lang, tokenize(text), text);
const textsOf = (lang: string, text: string) => phrasesOf(lang, text).map((phrase) => phrase.text);
const keysOf = (lang: string, text: string) => phrasesOf(lang, text).map((phrase) => phrase.key);

describe('extractPhrases', () => {
  it('finds single words and runs of content words', () => {
    expect(textsOf('en', 'Slow delivery, rude customer service.')).toEqual([
      'Slow', 'Slow delivery', 'delivery', 'rude', 'rude customer service', 'rude customer', 'customer', 'customer service', 'service',
    ]);
  });

  it('gives each phrase its place and its text as written', () => {
    const text = 'The  delivery   time was long';
    for (const phrase of phrasesOf('en', text)) expect(text.slice(phrase.start, phrase.end)).toBe(phrase.text);
    expect(textsOf('en', text)).toContain('delivery   time');
    // Without the comment, the text is rebuilt from the words with the same room between them.
    expect(extractPhrases('en', tokenize(text)).map((phrase) => phrase.text)).toContain('delivery   time');
  });

  it('never reaches across punctuation, numbers or emoji', () => {
    const texts = textsOf('en', 'Great app, checkout 3 times 👍 support team; payment (card) failed');
    expect(texts).not.toContain('app checkout');
    expect(texts).not.toContain('checkout times');
    expect(texts).not.toContain('times support');
    expect(texts).not.toContain('team payment');
    expect(texts).toContain('support team');
  });

  it('leaves stop words, negations and generic words out, and at neither end of a phrase', () => {
    const texts = textsOf('en', 'The delivery was not very good, but the staff were really nice and helpful');
    expect(texts).toEqual(['delivery', 'staff', 'helpful']);
    expect(textsOf('fi', 'Ei hyvä. Asiakaspalvelu ei vastannut.')).toEqual(['Asiakaspalvelu', 'vastannut']);
    expect(textsOf('pl', 'Nie polecam, obsługa bardzo dobra')).toEqual(['obsługa']);
  });

  it('keeps words of two letters or more only', () => {
    expect(textsOf('en', 'A B c TV ok')).toEqual(['TV']);
  });

  it('keeps "X of Y" and "X for Y" together in English', () => {
    expect(textsOf('en', 'Good value for money.')).toEqual(['value', 'value for money', 'money']);
    expect(keysOf('en', 'The quality of service')).toContain('qualiti of servic');
    expect(textsOf('en', 'Value for the money')).not.toContain('value for the money');
  });

  it('gives inflected forms one key', () => {
    const a = keysOf('fi', 'Toimitusaika oli pitkä ja asiakaspalvelu hidas.');
    const b = keysOf('fi', 'Toimitusajan pituus ja asiakaspalvelun hitaus.');
    expect(b).toContain(a[0]);
    expect(keysOf('fi', 'asiakaspalvelussa')).toEqual(keysOf('fi', 'asiakaspalvelu'));
    expect(keysOf('pl', 'czas oczekiwania')).toEqual(keysOf('pl', 'czasie oczekiwania'));
    expect(keysOf('pl', 'obsługą klienta')).toEqual(keysOf('pl', 'obsługa klienta'));
    expect(keysOf('en', 'delivery times')).toEqual(keysOf('en', 'delivery time'));
  });

  it('gives every key once, at its first place', () => {
    const phrases = phrasesOf('fi', 'Toimitus oli hidas. Toimituksen seuranta ei toiminut, toimitus myöhästyi.');
    const keys = phrases.map((phrase) => phrase.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(phrases[0]).toMatchObject({ text: 'Toimitus', start: 0 });
  });

  it('keeps three-word runs with their pairs, and longer runs as pairs only', () => {
    expect(textsOf('en', 'long delivery time')).toEqual(['long', 'long delivery time', 'long delivery', 'delivery', 'delivery time', 'time']);
    const texts = textsOf('en', 'cheap fast reliable courier service');
    expect(texts).toContain('courier service');
    expect(texts).toContain('fast reliable');
    expect(texts.filter((text) => text.split(' ').length === 3)).toEqual([]);
  });

  it('finds the topics of realistic comments', () => {
    expect(textsOf('en', 'Delivery was slow and the customer service never answered my emails.')).toEqual([
      'Delivery', 'slow', 'customer', 'customer service', 'service', 'answered', 'emails',
    ]);
    expect(textsOf('fi', 'Sovelluksen kirjautuminen ei toimi ja maksutapa puuttuu!')).toEqual([
      'Sovelluksen', 'Sovelluksen kirjautuminen', 'kirjautuminen', 'toimi', 'maksutapa', 'maksutapa puuttuu', 'puuttuu',
    ]);
    expect(textsOf('pl', 'Czas oczekiwania na kuriera był za długi, ale jakość produktu bardzo dobra.')).toEqual([
      'Czas', 'Czas oczekiwania', 'oczekiwania', 'kuriera', 'długi', 'jakość', 'jakość produktu', 'produktu',
    ]);
  });

  it('works for a language without word lists, by words as written', () => {
    expect(textsOf('sv', 'Snabb leverans')).toEqual(['Snabb', 'Snabb leverans', 'leverans']);
  });

  it('finds nothing in an empty comment', () => {
    expect(extractPhrases('en', [])).toEqual([]);
    expect(textsOf('fi', '👍 !!! 123')).toEqual([]);
  });
});
