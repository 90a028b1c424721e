/** Languages a survey is often written in; any BCP 47 tag works, these are the ones offered in the picker. */
export const commonSurveyLanguages = [
  'en', 'fi', 'sv', 'pl', 'de', 'fr', 'es', 'it', 'nl', 'da', 'nb', 'et', 'lv', 'lt', 'uk', 'ru', 'cs', 'sk', 'hu', 'ro', 'pt', 'pt-BR', 'tr', 'ar', 'zh', 'ja',
] as const;

const namesCache = new Map<string, Intl.DisplayNames | null>();

/** A language's name in the UI language ("Finnish", "suomi" → "Suomi"), or its tag when the browser has no name for it. */
export function languageName(tag: string, uiLocale: string): string {
  if (!namesCache.has(uiLocale)) {
    try {
      namesCache.set(uiLocale, new Intl.DisplayNames([uiLocale], { type: 'language' }));
    } catch {
      namesCache.set(uiLocale, null);
    }
  }
  let name: string | undefined;
  try {
    name = namesCache.get(uiLocale)?.of(tag);
  } catch {
    name = undefined;
  }
  if (!name || name === tag) return tag;
  return name.charAt(0).toLocaleUpperCase(uiLocale) + name.slice(1);
}
