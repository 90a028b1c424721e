import { en as zodEn, fi as zodFi, pl as zodPl } from 'zod/locales';
import type { z } from 'zod';
import { fillParams } from '../../engine/i18n/fill.js';
import type { UiLocale } from '../../engine/i18n/locales.js';
import en from './en.json' with { type: 'json' };
import fi from './fi.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };

/** The English catalogue defines the keys; Finnish and Polish must have every one (checked by tsc and problems.test.ts). */
export type ProblemKey = keyof typeof en;
export type ProblemParams = Record<string, string | number>;

export const problemCatalogues: Record<UiLocale, Record<ProblemKey, string>> = { en, fi, pl };

export const isProblemKey = (key: string): key is ProblemKey => Object.prototype.hasOwnProperty.call(en, key);

const placeholder = /\{(\w+)\}/g;

/** A problem text in one language, its `{name}` placeholders filled. */
export function problemText(locale: UiLocale, key: ProblemKey, params: ProblemParams = {}): string {
  const template = problemCatalogues[locale][key] ?? en[key];
  return fillParams(template, params);
}

/**
 * Field problems that zod schemas and the engine word in English themselves (shared with the app, they
 * cannot know the reader): matched back to their catalogue key, most specific template first, so they
 * can be said in the reader's language.
 */
const recognisable = (Object.keys(en) as ProblemKey[])
  .filter((key) => /^(field|schema|answers|logic|url)\./.test(key))
  .map((key) => {
    const parts = en[key].split(placeholder);
    const names = parts.filter((_, index) => index % 2 === 1);
    const literal = parts.filter((_, index) => index % 2 === 0);
    const pattern = new RegExp(`^${literal.map(escapeRegExp).join('(.+?)')}$`);
    return { key, names, pattern, literalLength: literal.join('').length };
  })
  .filter((entry) => entry.literalLength > 0)
  .sort((a, b) => a.names.length - b.names.length || b.literalLength - a.literalLength);

export function recogniseProblem(text: string): { key: ProblemKey; params: ProblemParams } | null {
  for (const entry of recognisable) {
    const match = entry.pattern.exec(text);
    if (match) return { key: entry.key, params: Object.fromEntries(entry.names.map((name, index) => [name, match[index + 1]!])) };
  }
  return null;
}

/**
 * Words from elsewhere said in `locale`, or null when the catalogue does not know them. Values that
 * are phrases of their own (`*.part.*`: the logic check's "this jump", 'question "q2"', a settings
 * list's "root cause") are said in it too.
 */
export function sayRecognised(locale: UiLocale, text: string): string | null {
  const known = recogniseProblem(text);
  if (!known) return null;
  const params = Object.fromEntries(
    Object.entries(known.params).map(([name, value]) => {
      const part = recogniseProblem(String(value));
      return [name, part?.key.includes('.part.') ? problemText(locale, part.key, part.params) : value];
    }),
  );
  return problemText(locale, known.key, params);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A zod issue as parsed, with the value it was about (zod drops it, and its own messages name its type). */
export type IssueWithInput = z.core.$ZodIssue & { input?: unknown };

const zodLocales = { en: zodEn().localeError, fi: zodFi().localeError, pl: zodPl().localeError } as const;

/**
 * A zod issue in the reader's language: a schema's own wording through the catalogue, zod's default
 * wording through zod's locale for that language. English readers get zod's message as it was.
 */
export function issueText(locale: UiLocale, issue: IssueWithInput): string {
  const said = sayRecognised(locale, issue.message);
  if (said !== null) return said;
  if (locale === 'en') return issue.message;
  const raw = issue as unknown as Parameters<typeof zodLocales.en>[0];
  const isZodsOwnWording = issue.message === zodLocales.en(raw);
  const localized = isZodsOwnWording ? zodLocales[locale](raw) : undefined;
  return typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
}
