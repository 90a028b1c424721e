/**
 * `{{name}}` placeholders in texts people write (reply templates, invitation mail): which ones a
 * text uses, which of them are unknown (refused when the text is saved, not when it is sent), and
 * the text with them filled in.
 */
const placeholderPattern = /\{\{\s*([^}]*?)\s*\}\}/g;

/** Placeholders of a text that `isKnown` does not accept, in order. */
export const unknownPlaceholdersIn = (text: string, isKnown: (name: string) => boolean): string[] =>
  [...text.matchAll(placeholderPattern)].map((m) => m[1]!).filter((name) => !isKnown(name));

/** Fills each placeholder with what `valueOf` gives for it; one it gives nothing for becomes empty. */
export const fillPlaceholdersWith = (text: string, valueOf: (name: string) => string | undefined): string =>
  text.replace(placeholderPattern, (_whole, name: string) => valueOf(name) ?? '');
