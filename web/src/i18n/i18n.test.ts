import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import fi from './fi.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };
import { resolveLocale } from './locale.js';
import { translate } from './messages.js';

const dictionaries: Record<string, Record<string, string>> = { en, fi, pl };
const allKeys = [...new Set(Object.values(dictionaries).flatMap((d) => Object.keys(d)))].sort();

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('dictionaries', () => {
  for (const [locale, dictionary] of Object.entries(dictionaries)) {
    it(`${locale} has every key, none empty`, () => {
      const missing = allKeys.filter((key) => !(key in dictionary));
      expect(missing).toEqual([]);
      const empty = allKeys.filter((key) => !dictionary[key]?.trim());
      expect(empty).toEqual([]);
    });

    it(`${locale} uses only placeholders that English defines`, () => {
      const wrong = Object.entries(dictionary).filter(([key, text]) => {
        const known = new Set(placeholders(en[key as keyof typeof en] ?? ''));
        return placeholders(text).some((name) => !known.has(name));
      });
      expect(wrong).toEqual([]);
    });
  }

  it('names the four rooms as a native speaker would', () => {
    expect([fi['nav.collect'], fi['nav.insights'], fi['nav.share'], fi['nav.respond']]).toEqual(['Kerää', 'Oivallukset', 'Jaa', 'Reagoi']);
    expect([pl['nav.collect'], pl['nav.insights'], pl['nav.share'], pl['nav.respond']]).toEqual(['Zbieraj', 'Analizy', 'Udostępniaj', 'Reaguj']);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'header.signedInAs', { email: 'a@b.fi' })).toBe('Signed in as a@b.fi');
    expect(translate('fi', 'field.passwordTooShort', { min: 12 })).toBe('Käytä vähintään 12 merkkiä.');
    expect(translate('en', 'header.signedInAs')).toBe('Signed in as {email}');
  });
});

describe('resolveLocale', () => {
  it('prefers the user, then storage, then the browser, then English', () => {
    expect(resolveLocale({ userLocale: 'pl', storedLocale: 'fi', browserLanguages: ['en'] })).toBe('pl');
    expect(resolveLocale({ userLocale: null, storedLocale: 'fi', browserLanguages: ['pl'] })).toBe('fi');
    expect(resolveLocale({ storedLocale: 'xx', browserLanguages: ['de-DE', 'fi-FI', 'pl'] })).toBe('fi');
    expect(resolveLocale({ browserLanguages: ['de', 'sv-FI'] })).toBe('en');
    expect(resolveLocale({})).toBe('en');
  });

  it('matches the primary subtag only', () => {
    expect(resolveLocale({ browserLanguages: ['PL-pl'] })).toBe('pl');
    expect(resolveLocale({ browserLanguages: ['fil', 'pl'] })).toBe('pl');
  });
});
