import { pickUiLocale } from '../../../src/engine/i18n/locales.js';
import en from './strings/en.json';

/** The words of the survey chrome (buttons, errors, notices), in the languages Kuulo's own screens speak. */
export type UiStrings = typeof en;
export type UiStringKey = keyof UiStrings;

/**
 * English ships with the renderer (it is the fallback); each other language is a small chunk of
 * its own, fetched by `loadUiStrings` when a survey needs it, so a bundle carries one language.
 */
const translations: Record<string, () => Promise<{ default: Partial<UiStrings> }>> = {
  fi: () => import('./strings/fi.json'),
  pl: () => import('./strings/pl.json'),
};
const loaded: Record<string, Partial<UiStrings>> = { en };
const pending: Record<string, Promise<void>> = {};

/**
 * Fetches the chrome for a language (once; English and languages Kuulo does not speak need
 * nothing). Resolves when `uiStringsFor` has it; if the chunk cannot be fetched, the chrome stays
 * English rather than failing.
 * @example await loadUiStrings('fi-FI'); uiStringsFor('fi-FI').next // 'Seuraava'
 */
export function loadUiStrings(language: string): Promise<void> {
  const locale = pickUiLocale([language]);
  const load = translations[locale];
  if (loaded[locale] || !load) return Promise.resolve();
  return (pending[locale] ??= load().then(
    (chunk) => void (loaded[locale] = chunk.default),
    () => void delete pending[locale],
  ));
}

/** Whether `uiStringsFor(language)` already answers in that language (or needs no chunk). */
export const hasUiStrings = (language: string): boolean => {
  const locale = pickUiLocale([language]);
  return !!loaded[locale] || !translations[locale];
};

/**
 * The chrome in the survey's language when Kuulo speaks it (and `loadUiStrings` has fetched it),
 * else English; a key missing in a translation falls back to English too.
 * @example uiStringsFor('fi-FI').next // 'Seuraava' (after loadUiStrings('fi-FI'))
 */
export function uiStringsFor(language: string): UiStrings {
  return { ...en, ...loaded[pickUiLocale([language])] };
}

/**
 * Fills `{name}` slots in a chrome string; unknown slots stay as they are.
 * @example fill('Page {n} of {total}', { n: 1, total: 3 }) // 'Page 1 of 3'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
