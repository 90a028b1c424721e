import { z } from 'zod';
import type { UiLocale } from '../i18n/locales.js';
import { fillParams as fill } from '../i18n/fill.js';

/**
 * What a case opened by a rule is about, kept as parts (`CaseHeadline`) rather than as one English
 * line, so each reader gets it in their own language: the admin app in the language it shows, the
 * assignee's mail in theirs. Shared by the server and the admin app.
 */

/** A response rule's case: the response's first score, its survey and who answered (null: anonymous). */
const ResponseHeadline = z.object({
  kind: z.literal('response'),
  metric: z.enum(['nps', 'csat', 'ces']).nullable(),
  score: z.number().nullable(),
  survey: z.string(),
  from: z.string().nullable(),
});
/** A metric rule's case: the rule, the metric's value and the window of days it was measured over. */
const MetricHeadline = z.object({
  kind: z.literal('metric'),
  rule: z.string(),
  metric: z.enum(['nps', 'csat']),
  value: z.number().nullable(),
  from: z.string(),
  to: z.string(),
});
export const CaseHeadline = z.discriminatedUnion('kind', [ResponseHeadline, MetricHeadline]);
export type CaseHeadline = z.infer<typeof CaseHeadline>;

interface HeadlineWords {
  scored: string;
  unscored: string;
  anonymous: string;
  metric: string;
}

/** `{score}` is "NPS 3"; `{survey}` the survey's name; `{who}` the customer, or the words for an anonymous one. */
const words: Record<UiLocale, HeadlineWords> = {
  en: { scored: '{score} on {survey} from {who}', unscored: 'A response on {survey} from {who}', anonymous: 'an anonymous respondent', metric: '{rule}: {metric} {value} over {from} – {to}' },
  fi: { scored: '{score}, kysely {survey}, vastaaja {who}', unscored: 'Vastaus, kysely {survey}, vastaaja {who}', anonymous: 'nimetön', metric: '{rule}: {metric} {value} ajalla {from} – {to}' },
  pl: { scored: '{score} w ankiecie {survey}, respondent: {who}', unscored: 'Odpowiedź w ankiecie {survey}, respondent: {who}', anonymous: 'anonimowy', metric: '{rule}: {metric} {value} w okresie {from} – {to}' },
};


/**
 * The headline in a language, numbers and days in its own format.
 * @example headlineText({ kind: 'response', metric: 'nps', score: 3, survey: 'Delivery', from: null }, 'fi') // 'NPS 3, kysely Delivery, vastaaja nimetön'
 */
export function headlineText(headline: CaseHeadline, locale: UiLocale): string {
  const said = words[locale];
  if (headline.kind === 'metric') {
    const value = headline.value === null ? '–' : new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(headline.value);
    return fill(said.metric, { rule: headline.rule, metric: headline.metric.toUpperCase(), value, from: dayText(headline.from, locale), to: dayText(headline.to, locale) });
  }
  const who = headline.from ?? said.anonymous;
  if (headline.metric === null || headline.score === null) return fill(said.unscored, { survey: headline.survey, who });
  return fill(said.scored, { score: `${headline.metric.toUpperCase()} ${headline.score}`, survey: headline.survey, who });
}

/** A day (YYYY-MM-DD) as the language writes it; as given when it is not one. */
function dayText(day: string, locale: UiLocale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

const englishScored = /^(NPS|CSAT|CES) (\d+(?:\.\d+)?) on (.+) from (.+)$/;
const englishUnscored = /^A response on (.+) from (.+)$/;
const englishMetric = /^(.+): (NPS|CSAT) (–|-?\d+(?:\.\d+)?) over (\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})$/;

/**
 * What a headline says, as parts: the parts kept beside it (a case's context keeps them until a
 * person changes the title), else read back from the English line older versions stored; null
 * for a title a person wrote.
 */
export function headlineOf(title: string, parts: unknown): CaseHeadline | null {
  const stored = CaseHeadline.safeParse(parts);
  if (stored.success) return stored.data;
  const from = (who: string) => (who === words.en.anonymous ? null : who);
  const scored = englishScored.exec(title);
  if (scored) return { kind: 'response', metric: scored[1]!.toLowerCase() as 'nps' | 'csat' | 'ces', score: Number(scored[2]), survey: scored[3]!, from: from(scored[4]!) };
  const unscored = englishUnscored.exec(title);
  if (unscored) return { kind: 'response', metric: null, score: null, survey: unscored[1]!, from: from(unscored[2]!) };
  const metric = englishMetric.exec(title);
  if (metric) return { kind: 'metric', rule: metric[1]!, metric: metric[2]!.toLowerCase() as 'nps' | 'csat', value: metric[3] === '–' ? null : Number(metric[3]), from: metric[4]!, to: metric[5]! };
  return null;
}

/** A headline (a case's title, a timeline entry's) in the reader's language; a title a person wrote as written. */
export const headlineIn = (title: string, parts: unknown, locale: UiLocale): string => {
  const headline = headlineOf(title, parts);
  return headline ? headlineText(headline, locale) : title;
};

/** A metric rule's reason, as its English line states it (what cases and firings keep). */
export type MetricReason = { kind: 'below'; metric: string; value: number; below: number; days: number } | { kind: 'fell'; metric: string; points: number; days: number; p: number };

const metricBelow = /^(NPS|CSAT) (-?\d+(?:\.\d+)?) is below (-?\d+(?:\.\d+)?) \(last (\d+) days\)$/;
const metricFell = /^(NPS|CSAT) fell (\d+(?:\.\d+)?) points against the (\d+) days before \(p = (\d+(?:\.\d+)?)\)$/;

/** A metric rule's English reason line read back into its numbers; null for any other line. */
export function metricReasonOf(line: string): MetricReason | null {
  const below = metricBelow.exec(line);
  if (below) return { kind: 'below', metric: below[1]!, value: Number(below[2]), below: Number(below[3]), days: Number(below[4]) };
  const fell = metricFell.exec(line);
  return fell ? { kind: 'fell', metric: fell[1]!, points: Number(fell[2]), days: Number(fell[3]), p: Number(fell[4]) } : null;
}

/** The topic's name in a stored line about a comment's topic ("a comment is about Delivery"). */
export const topicNameIn = (line: string): string => line.replace(/^(a|no) comment is about /, '');
