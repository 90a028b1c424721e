import type { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { answersFor, type Language } from '../dashboards/answers.js';
import { contactAttributes, languages, planMood } from '../dashboards/plan.js';
import { Random, Weighted } from '../dashboards/random.js';

/**
 * Who answers in the respond benchmark and what they answer: contacts with a plan, a region, a
 * yearly revenue and (for most bigger customers) an account owner; and complete responses to the
 * workspace's two surveys (relationship NPS and after-support CSAT), answered through the engine's
 * own logic walk (`answersFor`, shared with the dashboards benchmark), so every one is valid.
 */

export type SurveyKey = 'nps' | 'support';
export const surveyTemplates: Record<SurveyKey, { name: string; templateId: string }> = {
  nps: { name: 'Relationship NPS', templateId: 'nps' },
  support: { name: 'After a support case', templateId: 'post-support' },
};

export interface BenchContact {
  email: string;
  name: string;
  language: Language;
  attributes: Record<string, string | number>;
}

export interface GeneratedResponse {
  survey: SurveyKey;
  language: Language;
  channel: string;
  /** Index into the contacts, or null for an anonymous respondent. */
  contact: number | null;
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  endingId: string;
}

const surveyShare = new Weighted<SurveyKey>({ nps: 60, support: 40 });
const languageShare = new Weighted<Language>(languages);
const planShare = new Weighted(contactAttributes.plan);
const regionShare = new Weighted(contactAttributes.region);
/** Personal links are mailed or sent by a system; anonymous answers come through public links, QR codes, the widget and embeds. */
const knownChannels = new Weighted({ email: 70, api: 15, link: 15 });
const anonymousChannels = new Weighted({ link: 35, widget: 40, qr: 10, embed: 15 });
/** Revenue range (EUR a year) by plan. */
const revenue: Record<string, [number, number]> = { free: [0, 2_000], pro: [5_000, 60_000], enterprise: [40_000, 400_000] };
const names = ['Aino', 'Eero', 'Maija', 'Pekka', 'Jan', 'Anna', 'Piotr', 'Sara', 'Liam', 'Emma', 'Olli', 'Kasia'];
const cancelling: Record<Language, string> = {
  en: 'I am going to cancel my subscription.',
  fi: 'Aion irtisanoa sopimuksen.',
  pl: 'Zamierzam zrezygnować z usługi.',
};

/** `count` contacts; bigger customers mostly have an account owner among `ownerEmails`. */
export function benchContacts(count: number, ownerEmails: readonly string[], seed = 'respond-contacts'): BenchContact[] {
  const random = new Random(seed);
  return Array.from({ length: count }, (_, i) => {
    const plan = planShare.pick(random);
    const [low, high] = revenue[plan]!;
    const attributes: Record<string, string | number> = { plan, region: regionShare.pick(random), revenue: Math.round(low + random.next() * (high - low)) };
    if (plan !== 'free' && random.chance(plan === 'enterprise' ? 0.85 : 0.3)) attributes['account_owner'] = random.pick(ownerEmails);
    return { email: `customer${i}@bench.example`, name: `${random.pick(names)} ${i}`, language: languageShare.pick(random), attributes };
  });
}

/** `count` complete responses; about 70% come from a known contact. */
export function benchResponses(count: number, definitions: Record<SurveyKey, SurveyDefinition>, contacts: readonly BenchContact[], seed: string): GeneratedResponse[] {
  const random = new Random(seed);
  return Array.from({ length: count }, () => {
    const survey = surveyShare.pick(random);
    const contact = random.chance(0.7) ? random.int(contacts.length) : null;
    const known = contact === null ? null : contacts[contact]!;
    const language = known?.language ?? languageShare.pick(random);
    const channel = known ? knownChannels.pick(random) : anonymousChannels.pick(random);
    const hidden: Record<string, string> = {};
    if (survey === 'nps' && known?.attributes['plan'] === 'enterprise') hidden['company'] = `Company ${contact}`;
    if (survey === 'support' && random.chance(0.6)) hidden['case_id'] = `SUP-${random.int(100_000)}`;
    const mood = random.next() + (planMood[String(known?.attributes['plan'] ?? 'free')] ?? 0);
    const { answers, endingId } = answersFor(definitions[survey], hidden, random, language, mood);
    // A few of the unhappiest say they will leave.
    for (const question of ['improve', 'comment']) {
      if (typeof answers[question] === 'string' && mood < 0.25 && random.chance(0.15)) answers[question] = cancelling[language];
    }
    return { survey, language, channel, contact, answers, hidden, endingId };
  });
}
