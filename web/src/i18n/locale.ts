import { isUiLocale, pickUiLocale, uiLocales } from '../../../src/engine/i18n/locales.js';
import type { Locale } from '../api/types.js';

/** Which language to show, decided from what we know about the person. Pure, so it is unit tested. */

export const locales: readonly Locale[] = uiLocales;

/** Each language named in itself, as a language switcher should show it. */
export const localeNames: Record<Locale, string> = { en: 'English', fi: 'Suomi', pl: 'Polski' };

export const storageKey = 'kuulo.locale';

export const isLocale = isUiLocale;

/** The signed-in user's choice wins, then this browser's saved choice, then its languages (by primary subtag), then English. */
export function resolveLocale(sources: {
  userLocale?: string | null;
  storedLocale?: string | null;
  browserLanguages?: readonly string[];
}): Locale {
  if (isLocale(sources.userLocale)) return sources.userLocale;
  if (isLocale(sources.storedLocale)) return sources.storedLocale;
  return pickUiLocale(sources.browserLanguages ?? [], 'en');
}
