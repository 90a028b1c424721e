/**
 * What the dashboards benchmark's workspace looks like: its surveys, where answers come from,
 * who answers, and how many responses each size means. Only data; the generator reads it.
 */

export const channels = ['link', 'qr', 'email', 'widget', 'embed', 'api'] as const;
export type Channel = (typeof channels)[number];

/** The workspace's time zone: days (and so weeks and months) are Helsinki days, as a Finnish company would see them. */
export const timeZone = 'Europe/Helsinki';

/** Two years of responses, ending at the start of the run. */
export const days = 730;

/** Extra rollup breakdowns the workspace keeps (besides channel, language and choice answers). */
export const segments = ['contact.plan', 'contact.region'];

export interface SurveyPlan {
  /** Stable name in the raw rows (each database gives the survey its own id). */
  key: string;
  name: string;
  templateId: string;
  /** Share of all responses. */
  share: number;
  channels: Partial<Record<Channel, number>>;
  /** Moves this survey's respondents' mood (0–1 latent) up or down. */
  mood: number;
}

/** Six surveys from the shipped templates; post-support gets the most responses. */
export const surveyPlans: readonly SurveyPlan[] = [
  { key: 'post_support', name: 'After a support case', templateId: 'post-support', share: 0.35, channels: { email: 70, api: 20, link: 10 }, mood: 0.03 },
  { key: 'relationship_nps', name: 'Relationship NPS', templateId: 'nps', share: 0.25, channels: { email: 60, link: 20, api: 10, qr: 5, embed: 5 }, mood: 0 },
  { key: 'in_app_nps', name: 'In-app NPS', templateId: 'nps', share: 0.2, channels: { widget: 85, embed: 15 }, mood: -0.06 },
  { key: 'purchase_csat', name: 'After a purchase (CSAT)', templateId: 'csat', share: 0.1, channels: { link: 30, qr: 30, email: 30, embed: 10 }, mood: 0.05 },
  { key: 'checkout_ces', name: 'Checkout effort (CES)', templateId: 'ces', share: 0.05, channels: { widget: 50, email: 30, link: 20 }, mood: -0.02 },
  { key: 'loyalty_cli', name: 'Yearly loyalty (CLI)', templateId: 'cli', share: 0.05, channels: { email: 80, link: 20 }, mood: 0 },
];

/** The survey the per-survey report is measured on: the one with the most responses. */
export const biggestSurvey = [...surveyPlans].sort((a, b) => b.share - a.share)[0]!;

export const languages = { en: 55, fi: 30, pl: 15 };

/** How often a response through the channel is linked to a known contact (emails and API calls always are). */
export const identifiedShare: Record<Channel, number> = { email: 1, api: 0.9, widget: 0.6, embed: 0.3, link: 0.15, qr: 0.02 };

export const contactAttributes = {
  plan: { free: 60, pro: 30, enterprise: 10 },
  region: { 'eu-north': 35, 'eu-west': 25, 'eu-central': 20, 'north-america': 15, apac: 5 },
};

/** How mood shifts with the contact's plan: paying customers are a little happier. */
export const planMood: Record<string, number> = { free: -0.04, pro: 0.02, enterprise: 0.06 };

/** Score distributions (weights per score, lowest first) at an average mood: NPS skewed to 7–10. */
export const scoreWeights = {
  nps: [3, 1, 1, 2, 2, 5, 6, 13, 19, 22, 26],
  cli: [2, 1, 1, 2, 3, 6, 7, 14, 20, 21, 23],
  csat: [6, 8, 14, 34, 38],
  ces: [4, 5, 7, 10, 18, 28, 28],
};

/** Share of responses left partial (started, never completed). */
export const partialShare = 0.1;

/** Daily volume grows this much over the two years; weekends get this share of a weekday. */
export const growth = 3;
export const weekendShare = 0.55;

/** One contact for about this many responses. */
export const responsesPerContact = 4;

/** `100k`, `1m`, `2.5m` or a plain number: how many responses. */
export function parseSize(label: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(label.trim());
  if (!match) throw new Error(`BENCH_DASHBOARD_SIZES: "${label}" is not a size such as 100k, 1m or 10m`);
  const n = Math.round(Number(match[1]) * ({ '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase()] ?? 1));
  if (n < 1000) throw new Error(`BENCH_DASHBOARD_SIZES: "${label}" is under 1000 responses`);
  return n;
}

/** Above this, PGlite is skipped: it would take hours and most of the memory (see docs/benchmarks.md). */
export const pgliteMaxResponses = 1_000_000;
