/**
 * Splitting a comment into tokens: words (letters, with inner apostrophes and hyphens, as in
 * "don't" or "self-service" or "EU:n"), numbers, emoji and punctuation, each with its place in the
 * text so a phrase can be highlighted where it was written. Words are also given in lower case,
 * NFC-normalised, which every later step (stemming, features, intents) reads.
 */

export type TokenKind = 'word' | 'number' | 'emoji' | 'punct';

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, NFC, typographic apostrophes made plain. */
  lower: string;
  kind: TokenKind;
  /** UTF-16 offsets into the text: `text.slice(start, end) === token.text`. */
  start: number;
  end: number;
}

// A word: letters and marks, joined by one apostrophe, hyphen or colon (Finnish "EU:n").
// Numbers: digits with inner separators. Emoji: pictographs with their modifiers and joiners.
const tokenPattern =
  /(\p{L}[\p{L}\p{M}]*(?:['’:-][\p{L}\p{M}]+)*)|(\p{N}+(?:[.,:/-]\p{N}+)*)|(\p{Extended_Pictographic}(?:\p{M}|\u200d\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F])*)|([^\s\p{L}\p{N}])/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const written = match[0];
    const start = match.index;
    const kind: TokenKind = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'number' : match[3] !== undefined ? 'emoji' : 'punct';
    tokens.push({ text: written, lower: kind === 'word' ? lowerWord(written) : written, kind, start, end: start + written.length });
  }
  return tokens;
}

export const lowerWord = (word: string) => word.normalize('NFC').toLowerCase().replace(/’/g, "'");

/** Punctuation that ends a clause: negation and phrases do not reach across it. */
export const isClauseBreak = (token: Token) => token.kind === 'punct' && /[.!?;,:()\u2026\u2013\u2014]/.test(token.text);
