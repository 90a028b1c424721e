/** The languages Kuulo's own screens speak. Surveys may speak any language; these are the UI's. */
export const uiLocales = ['en', 'fi', 'pl'] as const;
export type UiLocale = (typeof uiLocales)[number];

export const isUiLocale = (value: unknown): value is UiLocale => typeof value === 'string' && (uiLocales as readonly string[]).includes(value);

/**
 * Picks the first supported language from a list of preferences (BCP 47 tags, best first),
 * matching on the primary subtag, so `fi-FI` and `pl-PL` find Finnish and Polish.
 * @example pickUiLocale(['sv-FI', 'fi-FI', 'en']) // 'fi'
 */
export function pickUiLocale(preferences: readonly string[], fallback: UiLocale = 'en'): UiLocale {
  return pickLanguage(preferences, uiLocales, fallback);
}

/**
 * Picks the best of the available languages for a list of preferences: an exact tag first
 * (`pt-BR`), else the same primary language (`fi-FI` finds `fi`).
 * @example pickLanguage(['fi-FI', 'en'], ['en', 'fi', 'pl'], 'en') // 'fi'
 */
export function pickLanguage<T extends string>(preferences: readonly string[], available: readonly T[], fallback: T): T {
  const lower = available.map((tag) => tag.toLowerCase());
  for (const preference of preferences) {
    const wanted = preference.trim().toLowerCase().replace('_', '-');
    const exact = lower.indexOf(wanted);
    if (exact >= 0) return available[exact]!;
    const primary = wanted.split('-')[0];
    const sameLanguage = lower.findIndex((tag) => tag.split('-')[0] === primary);
    if (sameLanguage >= 0) return available[sameLanguage]!;
  }
  return fallback;
}

/**
 * Reads an HTTP Accept-Language header into preferences, best first (RFC 9110 §12.5.4).
 * @example parseAcceptLanguage('en;q=0.5, fi') // ['fi', 'en']
 */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}
