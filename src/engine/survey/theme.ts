/**
 * A survey's look: an accent colour and a logo. Pure and zod-free, so the survey page and the
 * widget apply it without bundling the schema.
 */
export interface SurveyTheme {
  accentColor?: string;
  logo?: string;
}

export const defaultAccentColor = '#4338ca';

/**
 * The text colour that reads on a background colour, by WCAG relative luminance: the accent
 * carries buttons and selected answers, and their labels must stay legible whatever colour is chosen.
 * @example readableTextOn('#ffd400') // '#111111'
 */
export function readableTextOn(hex: string): '#ffffff' | '#111111' {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
  // Contrast with white vs. with near-black (#111, luminance ≈ 0.0056): pick the larger.
  return (1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0556 ? '#ffffff' : '#111111');
}
