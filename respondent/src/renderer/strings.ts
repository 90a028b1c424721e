import { pickUiLocale } from '../../../src/engine/i18n/locales.js';
import catalog from './strings.json';

/** The words of the survey chrome (buttons, errors, notices), in the languages Kuulo's own screens speak. */
export type UiStrings = typeof catalog.en;
export type UiStringKey = keyof UiStrings;

/**
 * The chrome in the survey's language when Kuulo speaks it, else English; a key missing in a
 * translation falls back to English too.
 * @example uiStringsFor('fi-FI').next // 'Seuraava'
 */
export function uiStringsFor(language: string): UiStrings {
  const locale = pickUiLocale([language]);
  return { ...catalog.en, ...(catalog as Record<string, Partial<UiStrings>>)[locale] };
}

/**
 * Fills `{name}` slots in a chrome string; unknown slots stay as they are.
 * @example fill('Page {n} of {total}', { n: 1, total: 3 }) // 'Page 1 of 3'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
