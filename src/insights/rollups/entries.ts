import { cli6Of } from '../../engine/metrics/index.js';
import { walkSurvey, type AnswerValue, type HiddenValues } from '../../engine/survey/logic.js';
import { cliItems } from '../../engine/survey/scales.js';
import type { Question, SurveyDefinition } from '../../engine/survey/schema.js';

/**
 * What one complete response adds to the rollups, worked out without I/O so that the intake (one
 * response, in its transaction) and the rebuild (every response, in batches) add exactly the same.
 */

/** What a question measures in the rollups. */
export type QuestionKind = 'nps' | 'csat' | 'ces' | 'cli' | 'rating' | 'choice';

/** One breakdown a response falls in; ('', '') is everyone. */
export interface Breakdown {
  dimension: string;
  value: string;
}

/** One question the respondent was shown, and what they answered. */
export interface QuestionEntry {
  questionId: string;
  kind: QuestionKind;
  isAnswered: boolean;
  /** The integer score (NPS, CSAT, CES, rating). */
  score?: number;
  /** CLI: 6 × the mean of the likelihoods answered. */
  cli6?: number;
  /** Choice questions: the options picked. */
  options?: string[];
}

export interface RollupEntries {
  breakdowns: Breakdown[];
  questions: QuestionEntry[];
}

/** The response as the rollups need it. */
export interface ResponseFacts {
  answers: Readonly<Record<string, unknown>>;
  hidden: Readonly<Record<string, unknown>>;
  channel: string;
  language: string;
}

/** Longer breakdown values are cut, so a stray long attribute cannot bloat the rollups. */
export const maxBreakdownValueLength = 200;

export const kindOf = (question: Question): QuestionKind | null => {
  switch (question.type) {
    case 'nps':
    case 'csat':
    case 'ces':
    case 'cli':
    case 'rating':
      return question.type;
    case 'single_choice':
    case 'multiple_choice':
    case 'dropdown':
      return 'choice';
    default:
      return null;
  }
};

/** A segment's value for a response: a contact attribute or a hidden field, as text; null when it has none. */
function segmentValue(segment: string, facts: ResponseFacts, contactAttributes: Readonly<Record<string, unknown>>): string | null {
  const [source, name] = segment.split(/\.(.*)/s) as [string, string | undefined];
  if (!name) return null;
  const raw = source === 'contact' ? contactAttributes[name] : source === 'hidden' ? facts.hidden[name] : undefined;
  if (typeof raw === 'string') return raw === '' ? null : raw.slice(0, maxBreakdownValueLength);
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return null;
}

const picked = (value: AnswerValue | undefined): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The breakdowns and question entries of one complete response to `definition` (the version it
 * answered). Only questions the logic showed count; a shown question left unanswered is a skip.
 * `segments` are the workspace's extra breakdowns ('contact.plan', 'hidden.store').
 */
export function rollupEntriesOf(definition: SurveyDefinition, facts: ResponseFacts, options: { segments: readonly string[]; contactAttributes?: Readonly<Record<string, unknown>> }): RollupEntries {
  const answers = facts.answers as Record<string, AnswerValue>;
  const shown = walkSurvey(definition, answers, facts.hidden as HiddenValues).questions;
  const breakdowns: Breakdown[] = [
    { dimension: '', value: '' },
    { dimension: 'channel', value: facts.channel },
    { dimension: 'language', value: facts.language },
  ];
  for (const segment of new Set(options.segments)) {
    const value = segmentValue(segment, facts, options.contactAttributes ?? {});
    if (value !== null) breakdowns.push({ dimension: segment, value });
  }
  const questions: QuestionEntry[] = [];
  for (const question of shown) {
    const kind = kindOf(question);
    if (!kind) continue;
    const value = answers[question.id];
    if (kind === 'choice') {
      const chosen = picked(value);
      questions.push({ questionId: question.id, kind, isAnswered: chosen.length > 0, options: chosen });
      for (const option of new Set(chosen)) breakdowns.push({ dimension: `answer.${question.id}`, value: option });
    } else if (kind === 'cli') {
      const items = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      const cli6 = cli6Of(cliItems.map((item) => (typeof items[item] === 'number' ? (items[item] as number) : null)));
      questions.push(cli6 === null ? { questionId: question.id, kind, isAnswered: false } : { questionId: question.id, kind, isAnswered: true, cli6 });
    } else {
      questions.push(typeof value === 'number' ? { questionId: question.id, kind, isAnswered: true, score: value } : { questionId: question.id, kind, isAnswered: false });
    }
  }
  return { breakdowns, questions };
}

/**
 * The page a response has got to: the last page on its path with an answer, or its first page
 * when it has none. Where an unfinished response stopped.
 */
export function stoppingPageOf(definition: SurveyDefinition, facts: Pick<ResponseFacts, 'answers' | 'hidden'>): string {
  const answers = facts.answers as Record<string, AnswerValue>;
  const path = walkSurvey(definition, answers, facts.hidden as HiddenValues);
  const answered = path.pages.filter((page) => page.questions.some((question) => answers[question.id] !== undefined));
  return (answered.at(-1) ?? path.pages[0] ?? definition.pages[0]!).id;
}
