import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './strings/en.json';
import fi from './strings/fi.json';
import pl from './strings/pl.json';
import { fill, hasUiStrings, loadUiStrings, uiStringsFor } from './strings.js';
import { surveyText } from './text.js';

const sourceRoot = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('survey text', () => {
  const survey = { defaultLanguage: 'en' };
  const text = { en: 'Thanks, {{name|friend}}!', fi: 'Kiitos, {{name|ystävä}}!' };

  it('is localized and piped', () => {
    expect(surveyText(survey, 'fi', { name: 'Aino' })(text)).toBe('Kiitos, Aino!');
    expect(surveyText(survey, 'pl', {})(text)).toBe('Thanks, friend!');
    expect(surveyText(survey, 'fi-FI', {})(text)).toBe('Kiitos, ystävä!');
    expect(surveyText(survey, 'fi', {})(undefined)).toBe('');
  });

  it('keeps markup in a piped value as the characters typed', () => {
    const value = '<img src=x onerror="alert(1)">';
    expect(surveyText(survey, 'en', { name: value })(text)).toBe(`Thanks, ${value}!`);
  });

  it('only ever reaches the page as text: no source sets HTML', () => {
    // Preact escapes text children; the only ways around that are these.
    const offenders = sourceFiles(sourceRoot).filter((file) => /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('chrome strings', () => {
  it('has every English key in Finnish and Polish, with the same slots', () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const translation of [fi, pl]) {
      expect(Object.keys(translation).sort()).toEqual(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) expect([key, slots(translation[key as keyof typeof en])]).toEqual([key, slots(english)]);
    }
  });

  it('follows the survey language once its chunk is loaded, falling back to English', async () => {
    expect(hasUiStrings('en')).toBe(true);
    expect(hasUiStrings('de')).toBe(true);
    expect(hasUiStrings('fi')).toBe(false);
    expect(uiStringsFor('fi').next).toBe('Next');
    await Promise.all([loadUiStrings('fi-FI'), loadUiStrings('pl'), loadUiStrings('de')]);
    expect(hasUiStrings('fi')).toBe(true);
    expect(uiStringsFor('fi').next).toBe('Seuraava');
    expect(uiStringsFor('pl-PL').submit).toBe('Wyślij');
    expect(uiStringsFor('de').next).toBe('Next');
  });

  it('fills slots and leaves unknown ones', () => {
    expect(fill('Page {n} of {total}', { n: 2, total: 3 })).toBe('Page 2 of 3');
    expect(fill('{n} / {max}', { n: 1 })).toBe('1 / {max}');
  });
});
