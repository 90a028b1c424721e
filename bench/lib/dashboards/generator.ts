import fs from 'node:fs';
import path from 'node:path';
import { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { surveyTemplates } from '../../../src/engine/survey/templates/index.js';
import { answersFor, type Language } from './answers.js';
import {
  contactAttributes,
  days,
  growth,
  identifiedShare,
  languages,
  partialShare,
  planMood,
  responsesPerContact,
  surveyPlans,
  weekendShare,
  type Channel,
  type SurveyPlan,
} from './plan.js';
import { clamp01, Random, Weighted } from './random.js';

/**
 * The raw rows of one workspace, generated deterministically (same size and end, same rows) into
 * two newline-delimited JSON files in a folder: contacts and responses, responses oldest first.
 * Every database and the DuckDB reference load these same files.
 */

/** A response as generated: collect's `responses` columns, with the survey named by its plan key. */
export interface RawResponse {
  id: string;
  survey: string;
  survey_version: number;
  submission_id: string;
  state: 'complete' | 'partial';
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  language: Language;
  channel: Channel;
  ending_id: string | null;
  contact_id: string | null;
  started_at: string;
  completed_at: string | null;
}

export interface GeneratedWorkspace {
  contactsFile: string;
  responsesFile: string;
  contacts: number;
  responses: number;
  /** What each survey's template parses to: what the generated answers answer. */
  definitions: Map<string, SurveyDefinition>;
}

const dayMs = 86_400_000;

export function templateDefinitions(): Map<string, SurveyDefinition> {
  return new Map(
    surveyPlans.map((plan) => {
      const template = surveyTemplates.find((t) => t.id === plan.templateId);
      if (!template) throw new Error(`no survey template ${plan.templateId}`);
      return [plan.key, SurveyDefinition.parse(template.definition)];
    }),
  );
}

/** Lines written in chunks with synchronous writes: simple, and far from the bottleneck. */
class LineWriter {
  readonly #fd: number;
  #lines: string[] = [];
  count = 0;

  constructor(file: string) {
    this.#fd = fs.openSync(file, 'w');
  }

  write(row: object): void {
    this.#lines.push(JSON.stringify(row));
    this.count++;
    if (this.#lines.length >= 10_000) this.flush();
  }

  flush(): void {
    if (this.#lines.length) fs.writeSync(this.#fd, `${this.#lines.join('\n')}\n`);
    this.#lines = [];
  }

  close(): void {
    this.flush();
    fs.closeSync(this.#fd);
  }
}

/** Responses per day over the two years: growing volume, quieter weekends; exactly `count` in all. */
function dailyCounts(count: number, end: number): number[] {
  const weights = Array.from({ length: days }, (_, d) => {
    const weekday = new Date(end - (days - d) * dayMs + dayMs / 2).getUTCDay();
    return growth ** (d / (days - 1)) * (weekday === 0 || weekday === 6 ? weekendShare : 1);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let given = 0;
  return weights.map((w) => {
    cumulative += w;
    const upTo = Math.round((count * cumulative) / total);
    const n = upTo - given;
    given = upTo;
    return n;
  });
}

function hiddenFor(definition: SurveyDefinition, random: Random): Record<string, string> {
  const hidden: Record<string, string> = {};
  for (const field of definition.hiddenFields) {
    if (field.key === 'case_id') {
      if (random.chance(0.9)) hidden[field.key] = `CS-${100_000 + random.int(900_000)}`;
    } else if (random.chance(0.5)) hidden[field.key] = 'Acme Oy';
  }
  return hidden;
}

interface Contacts {
  ids: string[];
  languages: Language[];
  moods: Float32Array;
}

function writeContacts(file: string, count: number, random: Random): Contacts {
  const out = new LineWriter(file);
  const pickLanguage = new Weighted<Language>(languages);
  const pickPlan = new Weighted(contactAttributes.plan);
  const pickRegion = new Weighted(contactAttributes.region);
  const contacts: Contacts = { ids: [], languages: [], moods: new Float32Array(count) };
  for (let i = 0; i < count; i++) {
    const id = random.uuid4();
    const language = pickLanguage.pick(random);
    const plan = pickPlan.pick(random);
    const seats = plan === 'free' ? 1 : plan === 'pro' ? 2 + random.int(20) : 25 + random.int(500);
    out.write({ id, external_id: `cust-${i + 1}`, email: `customer${i + 1}@example.com`, name: `Customer ${i + 1}`, language, attributes: { plan, region: pickRegion.pick(random), seats } });
    contacts.ids.push(id);
    contacts.languages.push(language);
    contacts.moods[i] = planMood[plan] ?? 0;
  }
  out.close();
  return contacts;
}

/**
 * Writes `count` responses (and about one contact per four) ending at `end` (ms) into `dir`.
 * Deterministic: the same count and end give the same bytes.
 */
export function generateWorkspace(dir: string, count: number, end: number): GeneratedWorkspace {
  const random = new Random(`kuulo-dashboards-${count}`);
  const definitions = templateDefinitions();
  const contactsFile = path.join(dir, 'contacts.ndjson');
  const responsesFile = path.join(dir, 'responses.ndjson');
  const contacts = writeContacts(contactsFile, Math.max(100, Math.round(count / responsesPerContact)), random);

  const pickSurvey = new Weighted(Object.fromEntries(surveyPlans.map((p) => [p.key, p.share])));
  const plans = new Map<string, { plan: SurveyPlan; channel: Weighted<Channel>; definition: SurveyDefinition }>(
    surveyPlans.map((plan) => [plan.key, { plan, channel: new Weighted<Channel>(plan.channels), definition: definitions.get(plan.key)! }]),
  );
  const pickLanguage = new Weighted<Language>(languages);
  const out = new LineWriter(responsesFile);
  dailyCounts(count, end).forEach((n, d) => {
    const dayStart = end - (days - d) * dayMs;
    const trend = 0.08 * (d / days - 0.5); // things get a little better over the two years
    const starts = Array.from({ length: n }, () => dayStart + random.int(dayMs)).sort((a, b) => a - b);
    for (const startedAt of starts) {
      const { plan, channel: pickChannel, definition } = plans.get(pickSurvey.pick(random))!;
      const channel = pickChannel.pick(random);
      const contact = random.chance(identifiedShare[channel]) ? random.int(contacts.ids.length) : -1;
      const language = contact >= 0 ? contacts.languages[contact]! : pickLanguage.pick(random);
      const mood = clamp01(random.next() + plan.mood + trend + (contact >= 0 ? contacts.moods[contact]! : 0));
      const hidden = hiddenFor(definition, random);
      const { answers, endingId, firstPage } = answersFor(definition, hidden, random, language, mood);
      const isPartial = random.chance(partialShare);
      // A partial response answered the first page, or nothing yet.
      const kept = isPartial ? Object.fromEntries(Object.entries(answers).filter(([id]) => firstPage.includes(id) && random.chance(0.7))) : answers;
      const completedAt = isPartial ? null : Math.min(end, startedAt + Math.round(20_000 * Math.exp(random.next() * 3.4)));
      const row: RawResponse = {
        id: random.uuid7(startedAt),
        survey: plan.key,
        survey_version: 1,
        submission_id: random.uuid4(),
        state: isPartial ? 'partial' : 'complete',
        answers: kept,
        hidden,
        language,
        channel,
        ending_id: isPartial ? null : endingId,
        contact_id: contact >= 0 ? contacts.ids[contact]! : null,
        started_at: new Date(startedAt).toISOString(),
        completed_at: completedAt === null ? null : new Date(completedAt).toISOString(),
      };
      out.write(row);
    }
  });
  out.close();
  return { contactsFile, responsesFile, contacts: contacts.ids.length, responses: out.count, definitions };
}
