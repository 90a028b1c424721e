import { defaultAccentColor, readableTextOn, type SurveyTheme } from '../../../src/engine/survey/theme.js';

/**
 * Applies a survey's accent colour to the renderer's root as custom properties, through the CSSOM:
 * a strict CSP (no inline styles) allows that, and host pages cannot override it in the widget.
 */
export function applyTheme(root: HTMLElement | null, theme: SurveyTheme | undefined): void {
  if (!root) return;
  const accent = theme?.accentColor;
  if (!accent || accent.toLowerCase() === defaultAccentColor) {
    for (const name of ['--k-accent', '--k-accent-strong', '--k-accent-soft', '--k-on-accent']) root.style.removeProperty(name);
    return;
  }
  const onAccent = readableTextOn(accent);
  root.style.setProperty('--k-accent', accent);
  // Text in the accent colour sits on white: a darker shade keeps it readable whatever was chosen.
  root.style.setProperty('--k-accent-strong', onAccent === '#ffffff' ? accent : `color-mix(in srgb, ${accent} 45%, #000)`);
  root.style.setProperty('--k-accent-soft', `color-mix(in srgb, ${accent} 10%, #fff)`);
  root.style.setProperty('--k-on-accent', onAccent);
}
