import type { LocalizedText } from './schema.js';

/**
 * A text in the wanted language, else the survey's default language, else any language it has.
 * @example localize({ en: 'Thanks', fi: 'Kiitos' }, 'fi', 'en') // 'Kiitos'
 */
export function localize(text: LocalizedText | undefined, language: string, defaultLanguage: string): string {
  if (!text) return '';
  return text[language] ?? text[language.split('-')[0]!] ?? text[defaultLanguage] ?? Object.values(text)[0] ?? '';
}

/**
 * The survey's title as respondents read it, in a language (else the survey's default language).
 * A survey's name is for the team; this is what any text a customer reads calls the survey.
 */
export function surveyTitleIn(definition: { title: LocalizedText; defaultLanguage: string }, language: string): string {
  return localize(definition.title, language, definition.defaultLanguage).trim() || localize(definition.title, definition.defaultLanguage, definition.defaultLanguage).trim();
}

const placeholder = /\{\{\s*([a-z][a-z0-9_]{0,63})\s*(?:\|([^}]*))?\}\}/g;

/**
 * Fills `{{first_name|there}}` from contact attributes and hidden fields. The result is plain text,
 * to be shown as text, never as HTML: a value cannot inject markup.
 * @example pipe('Hi {{first_name|there}}!', {}) // 'Hi there!'
 */
export function pipe(text: string, values: Readonly<Record<string, string | number | boolean | null | undefined>>): string {
  return text.replace(placeholder, (_, key: string, fallback: string | undefined) => {
    const value = values[key];
    const shown = value === undefined || value === null || value === '' ? (fallback ?? '').trim() : String(value);
    // Control characters would let a value break the layout of a line; nothing else needs changing for text.
    return shown.replace(/[\u0000-\u001f\u007f]/g, ' ');
  });
}

/** The placeholder keys a text uses, for checking them against the hidden fields and contact attributes. */
export const placeholdersIn = (text: string): string[] => [...text.matchAll(placeholder)].map((match) => match[1]!);

/**
 * A survey text as read outside the survey (dashboards, filters, rules, cases): in the wanted
 * language, its placeholders as their fallbacks, since no one respondent's values apply there.
 * @example shownText({ en: 'Would you recommend {{company|us}}?' }, 'en', 'en') // 'Would you recommend us?'
 */
export const shownText = (text: LocalizedText | undefined, language: string, defaultLanguage: string): string => pipe(localize(text, language, defaultLanguage), {});
