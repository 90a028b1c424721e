/**
 * The survey language that best matches a wish: the same tag, else the same primary language
 * (`fi-FI` finds `fi`, `pt` finds `pt-BR`), else null.
 * @example matchLanguage('fi-FI', ['en', 'fi']) // 'fi'
 */
export function matchLanguage(wanted: string | null | undefined, offered: readonly string[]): string | null {
  if (!wanted) return null;
  const lower = wanted.trim().toLowerCase();
  const primary = lower.split(/[-_]/)[0];
  return (
    offered.find((tag) => tag.toLowerCase() === lower) ??
    offered.find((tag) => tag.toLowerCase() === primary) ??
    offered.find((tag) => tag.toLowerCase().split('-')[0] === primary) ??
    null
  );
}

/**
 * Which language to show: `?lang=` when the survey has it, else the one the respondent picked
 * before (a resumed response), else the API's choice (from the browser's languages), else the
 * survey's default.
 */
export function chooseLanguage(
  survey: { languages: readonly string[]; defaultLanguage: string },
  wishes: { requested?: string | null; saved?: string | null; apiChoice?: string | null },
): string {
  return (
    matchLanguage(wishes.requested, survey.languages) ??
    matchLanguage(wishes.saved, survey.languages) ??
    matchLanguage(wishes.apiChoice, survey.languages) ??
    survey.defaultLanguage
  );
}

/**
 * A language's name in itself, for the switcher: "Suomi", "Polski".
 * @example nativeLanguageName('fi') // 'Suomi'
 */
export function nativeLanguageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
