import type { Db } from '../../platform/db/database.js';
import type { RollupRows } from '../rollups/rows.js';
import { scoreColumns } from '../rollups/store.js';
import { sumChoiceRollups, sumQuestionRollups, sumResponseRollups, type RollupSlice, type SummedStats } from './store.js';
import { emptySums } from './values.js';

/**
 * Where a dashboard's sums come from: the rollup tables, or rollup rows counted in memory from
 * the responses a filter picks (those whose comments say something), which the tables cannot
 * know. Both are summed and grouped the same way, so one report serves both.
 */
export interface RollupSource {
  questions(slice: RollupSlice & { kind?: string }, groupBy: 'day' | 'value' | 'survey' | 'question'): Promise<SummedStats[]>;
  choices(slice: RollupSlice & { surveyId: string }): Promise<{ questionId: string; optionId: string; count: number }[]>;
  responses(slice: RollupSlice, groupBy: 'day' | 'value' | 'survey'): Promise<{ key: string; started: number; completed: number }[]>;
  /** Whether responses started are counted (the tables do for some breakdowns; a comment filter knows completed ones only). */
  readonly knowsStarts: boolean;
}

export const rollupTables = (db: Db): RollupSource => ({
  questions: (slice, groupBy) => sumQuestionRollups(db, slice, groupBy),
  choices: (slice) => sumChoiceRollups(db, slice),
  responses: (slice, groupBy) => sumResponseRollups(db, slice, groupBy),
  knowsStarts: true,
});

interface SliceRow {
  surveyId: string;
  day: string;
  dimension: string;
  value: string;
}

const inSlice = (slice: RollupSlice) => (row: SliceRow) =>
  row.dimension === slice.dimension &&
  (slice.value === undefined || row.value === slice.value) &&
  row.day >= slice.from &&
  row.day <= slice.to &&
  (!slice.surveyIds || slice.surveyIds.includes(row.surveyId));

function grouped<R, T>(rows: readonly R[], keyOf: (row: R) => string, empty: (key: string) => T, add: (into: T, row: R) => void): T[] {
  const groups = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = empty(key)));
    add(group, row);
  }
  return [...groups.values()];
}

/** Rollup rows held in memory (one set per survey), read like the tables. */
export function rollupRowsInMemory(sets: readonly RollupRows[]): RollupSource {
  const questions = sets.flatMap((rows) => rows.questions);
  const choices = sets.flatMap((rows) => rows.choices);
  const responses = sets.flatMap((rows) => rows.responses);
  return {
    knowsStarts: false,
    questions: async (slice, groupBy) =>
      grouped(
        questions.filter(inSlice(slice)).filter((row) => !slice.kind || row.kind === slice.kind),
        (row) => (groupBy === 'day' ? row.day : groupBy === 'value' ? row.value : groupBy === 'survey' ? row.surveyId : `${row.questionId}:${row.kind}`),
        (key) => emptySums(key),
        (into, row) => {
          into.shown += row.shown ?? 0;
          into.answered += row.answered ?? 0;
          scoreColumns.forEach((column, i) => (into.counts[i]! += row[column] ?? 0));
          into.sum6 += row.sum6 ?? 0;
          into.sumSq6 += row.sumSq6 ?? 0;
        },
      ),
    choices: async (slice) =>
      grouped(
        choices.filter(inSlice({ ...slice, surveyIds: [slice.surveyId] })),
        (row) => `${row.questionId}\u0000${row.optionId}`,
        (key) => {
          const [questionId, optionId] = key.split('\u0000') as [string, string];
          return { questionId, optionId, count: 0 };
        },
        (into, row) => (into.count += row.count ?? 0),
      ),
    responses: async (slice, groupBy) =>
      grouped(
        responses.filter(inSlice(slice)),
        (row) => (groupBy === 'day' ? row.day : groupBy === 'value' ? row.value : row.surveyId),
        (key) => ({ key, started: 0, completed: 0 }),
        (into, row) => {
          into.started += row.started ?? 0;
          into.completed += row.completed ?? 0;
        },
      ),
  };
}
