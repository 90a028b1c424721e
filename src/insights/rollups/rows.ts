import type { Breakdown, RollupEntries } from './entries.js';
import { scoreColumns, type ChoiceRollupRow, type PageRollupRow, type QuestionRollupRow, type ResponseRollupRow } from './store.js';

/**
 * Rollup rows, summed by key in memory: one response's rows (all distinct) or a rebuild's whole
 * batch (many responses to the same keys), written with one statement per table and chunk.
 */
export class RollupRows {
  readonly #questions = new Map<string, QuestionRollupRow>();
  readonly #choices = new Map<string, ChoiceRollupRow>();
  readonly #responses = new Map<string, ResponseRollupRow>();
  readonly #pages = new Map<string, PageRollupRow>();

  constructor(
    readonly workspaceId: string,
    readonly surveyId: string,
  ) {}

  /** A complete response's questions and choices under each of its breakdowns, on its completion day. */
  addCompleted(entries: RollupEntries, day: string): void {
    const { workspaceId, surveyId } = this;
    for (const breakdown of entries.breakdowns) {
      this.#addResponse(breakdown, day, 'completed');
      for (const entry of entries.questions) {
        const key = [entry.questionId, entry.kind, day, breakdown.dimension, breakdown.value].join('\u0000');
        const row = this.#questions.get(key) ?? { workspaceId, surveyId, questionId: entry.questionId, kind: entry.kind, day, ...breakdown, shown: 0, answered: 0, sum6: 0, sumSq6: 0 };
        row.shown! += 1;
        if (entry.isAnswered) row.answered! += 1;
        if (entry.score !== undefined) {
          const column = scoreColumns[entry.score]!;
          row[column] = (row[column] ?? 0) + 1;
        }
        if (entry.cli6 !== undefined) {
          row.sum6! += entry.cli6;
          row.sumSq6! += entry.cli6 * entry.cli6;
        }
        this.#questions.set(key, row);
        for (const optionId of new Set(entry.options ?? [])) {
          const choiceKey = [entry.questionId, day, breakdown.dimension, breakdown.value, optionId].join('\u0000');
          const choice = this.#choices.get(choiceKey) ?? { workspaceId, surveyId, questionId: entry.questionId, day, ...breakdown, optionId, count: 0 };
          choice.count! += 1;
          this.#choices.set(choiceKey, choice);
        }
      }
    }
  }

  /** A response started (its first save), under everyone, its channel and its language. */
  addStarted(facts: { channel: string; language: string }, day: string): void {
    for (const breakdown of [
      { dimension: '', value: '' },
      { dimension: 'channel', value: facts.channel },
      { dimension: 'language', value: facts.language },
    ]) {
      this.#addResponse(breakdown, day, 'started');
    }
  }

  /** An unfinished response now stops on `pageId` (+1), or no longer does (−1). */
  addStopped(pageId: string, day: string, delta: 1 | -1): void {
    const key = [day, pageId].join('\u0000');
    const row = this.#pages.get(key) ?? { workspaceId: this.workspaceId, surveyId: this.surveyId, day, pageId, stopped: 0 };
    row.stopped! += delta;
    this.#pages.set(key, row);
  }

  #addResponse(breakdown: Breakdown, day: string, counter: 'started' | 'completed'): void {
    const key = [day, breakdown.dimension, breakdown.value].join('\u0000');
    const row = this.#responses.get(key) ?? { workspaceId: this.workspaceId, surveyId: this.surveyId, day, ...breakdown, started: 0, completed: 0 };
    row[counter]! += 1;
    this.#responses.set(key, row);
  }

  get questions(): QuestionRollupRow[] {
    return [...this.#questions.values()];
  }

  get choices(): ChoiceRollupRow[] {
    return [...this.#choices.values()];
  }

  get responses(): ResponseRollupRow[] {
    return [...this.#responses.values()];
  }

  get pages(): PageRollupRow[] {
    return [...this.#pages.values()].filter((row) => row.stopped !== 0);
  }

  get size(): number {
    return this.#questions.size + this.#choices.size + this.#responses.size + this.#pages.size;
  }
}

/**
 * The calendar day of an instant in a time zone, as YYYY-MM-DD: the day a dashboard in that
 * workspace files it under.
 * @example dayIn('Europe/Helsinki', new Date('2026-03-01T22:30:00Z')) // '2026-03-02'
 */
export function dayIn(timeZone: string, instant: Date): string {
  // A quarter hour that begins and ends on one day is on that day throughout (today's offsets are
  // whole quarter hours, so that is nearly every one): a rebuild formats a few per day, not per response.
  const quarter = Math.floor(instant.getTime() / quarterHour);
  let days = dayCache.get(timeZone);
  if (!days) dayCache.set(timeZone, (days = new Map()));
  const known = days.get(quarter);
  if (known !== undefined) return known;
  const day = formatDay(timeZone, instant.getTime());
  if (formatDay(timeZone, quarter * quarterHour) === day && formatDay(timeZone, (quarter + 1) * quarterHour - 1) === day) {
    if (days.size >= dayCacheSize) days.clear();
    days.set(quarter, day);
  }
  return day;
}

function formatDay(timeZone: string, at: number): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

const quarterHour = 15 * 60 * 1000;
const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** Quarter hours → days per time zone, kept within a bound. */
const dayCache = new Map<string, Map<number, string>>();
const dayCacheSize = 200_000;
