import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage, pickUiLocale } from './locales.js';

describe('UI language negotiation', () => {
  it('orders Accept-Language by weight, then by position', () => {
    expect(parseAcceptLanguage('en;q=0.5, fi-FI, pl;q=0.8, *;q=0.1')).toEqual(['fi-FI', 'pl', 'en']);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage('sv;q=0')).toEqual([]);
  });

  it('finds the first supported language by its primary subtag, else English', () => {
    expect(pickUiLocale(['sv-FI', 'fi-FI', 'en'])).toBe('fi');
    expect(pickUiLocale(['pl_PL'])).toBe('pl');
    expect(pickUiLocale(['de-DE', 'fr'])).toBe('en');
  });
});
