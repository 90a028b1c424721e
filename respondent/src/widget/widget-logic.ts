import type { HiddenValues } from '../../../src/engine/survey/logic.js';
import type { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { chooseLanguage, matchLanguage } from '../page/language.js';

/**
 * `fetch` for the page's API calls, which use paths from the root (`/api/v1/public/…`), sent to
 * the Kuulo the loader came from instead of to the host page.
 * @example kuuloFetch('https://kuulo.example.com/')('/api/v1/public/surveys/abc') // fetches https://kuulo.example.com/api/v1/public/surveys/abc
 */
export function kuuloFetch(base: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): typeof fetch {
  return (input, init) => fetchImpl(base + String(input).replace(/^\//, ''), init);
}

/**
 * The survey's language for this visitor: the first of the browser's languages the survey has,
 * else the server's choice (from Accept-Language), else the survey's default.
 * @example widgetLanguage({ languages: ['en', 'fi'], defaultLanguage: 'en' }, ['sv-FI', 'fi-FI'], 'en') // 'fi'
 */
export function widgetLanguage(survey: Pick<SurveyDefinition, 'languages' | 'defaultLanguage'>, browserLanguages: readonly string[], apiChoice: string | null): string {
  for (const wish of browserLanguages) {
    const found = matchLanguage(wish, survey.languages);
    if (found) return found;
  }
  return chooseLanguage(survey, { apiChoice });
}

/**
 * The survey's declared hidden fields, filled from what `kuulo.identify()` said about the visitor
 * (as the hosted page fills them from its address), each cut to the 500 characters the API takes.
 * @example hiddenFromAttributes([{ key: 'plan' }], { plan: 'pro', seats: 3 }) // { plan: 'pro' }
 */
export function hiddenFromAttributes(fields: readonly { key: string }[], attributes: Readonly<Record<string, string | number | boolean>> | undefined): HiddenValues {
  const values: Record<string, string> = {};
  for (const { key } of fields) {
    const value = attributes?.[key];
    if (value !== undefined) values[key] = String(value).slice(0, 500);
  }
  return values;
}

const closeWords: Record<string, string> = { en: 'Close', fi: 'Sulje', pl: 'Zamknij' };

/** The close button's name in the survey's language (English where Kuulo does not speak it). */
export const closeLabel = (language: string): string => closeWords[language.split('-')[0]!] ?? closeWords['en']!;
