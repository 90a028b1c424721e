import { metricScales } from '../../engine/survey/scales.js';
import type { SurveyDefinition } from '../../engine/survey/schema.js';
import { allQuestions } from '../../engine/survey/logic.js';
import type { Db } from '../../platform/db/database.js';
import { kindOf, type QuestionKind } from '../rollups/entries.js';
import { findRollupSettings } from '../rollups/store.js';
import { rollupTables, type RollupSource } from './source.js';
import { sumPageRollups, type RollupSlice } from './store.js';
import { emptySums, responseCounts, shownValue, type ShownValue } from './values.js';

export interface QuestionReport {
  questionId: string;
  kind: QuestionKind;
  /** The question's place in the survey as published last; null for a question later versions dropped. */
  position: number | null;
  shown: number;
  value: ShownValue;
  /** How many picked each score (scales) or option (choices); empty when there are too few answers to show. */
  distribution: { key: string; count: number }[];
}

export interface SurveyReport {
  minResponses: number;
  responses: { started: number | null; completed: number; completionRate: number | null };
  /**
   * Drop-off: unfinished responses (started in the period) by the page they stopped on, in the
   * order of the latest version; null under a filter, which these counts do not know.
   */
  pages: { pageId: string; position: number | null; stopped: number }[] | null;
  questions: QuestionReport[];
}

const scaleOf = (kind: QuestionKind, definitionQuestion: ReturnType<typeof allQuestions>[number]['question'] | undefined) => {
  if (kind === 'nps' || kind === 'csat' || kind === 'ces') return metricScales[kind];
  if (kind === 'rating' && definitionQuestion?.type === 'rating') return { min: definitionQuestion.min, max: definitionQuestion.max };
  if (kind === 'rating') return { min: 0, max: 10 };
  return null;
};

/**
 * Each question of one survey over a period: its metric or mean, skips, and the distribution of
 * its answers (NPS groups come from the scores), in the order of the latest version.
 */
export async function surveyReport(
  db: Db,
  request: { workspaceId: string; surveyId: string; definition: SurveyDefinition | null; from: string; to: string; filter?: { dimension: string; value: string } },
  source: RollupSource = rollupTables(db),
): Promise<SurveyReport | null> {
  const settings = await findRollupSettings(db, request.workspaceId);
  if (!settings) return null;
  const slice: RollupSlice = {
    workspaceId: request.workspaceId,
    from: request.from,
    to: request.to,
    surveyIds: [request.surveyId],
    dimension: request.filter?.dimension ?? '',
    value: request.filter?.value ?? '',
  };
  const [byQuestion, choices, counts] = [
    await source.questions(slice, 'question'),
    await source.choices({ ...slice, surveyId: request.surveyId }),
    await source.responses(slice, 'survey'),
  ];
  const ordered = request.definition ? allQuestions(request.definition).map(({ question }) => question) : [];
  const positions = new Map(ordered.map((question, i) => [question.id, i]));

  const questions: QuestionReport[] = byQuestion.map((sums) => {
    const [questionId, kind] = sums.key.split(':') as [string, QuestionKind];
    const question = ordered.find((q) => q.id === questionId);
    const value = shownValue(kind, sums, settings);
    const scale = scaleOf(kind, question);
    let distribution: { key: string; count: number }[] = [];
    if (!value.isTooFew) {
      if (scale) distribution = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => ({ key: String(scale.min + i), count: sums.counts[scale.min + i] ?? 0 }));
      else if (kind === 'choice') {
        const picked = new Map(choices.filter((c) => c.questionId === questionId).map((c) => [c.optionId, c.count]));
        const offered = question && 'options' in question ? question.options.map((o) => o.id) : [];
        distribution = [...new Set([...offered, ...picked.keys()])].map((key) => ({ key, count: picked.get(key) ?? 0 }));
      }
    }
    return { questionId, kind, position: positions.get(questionId) ?? null, shown: sums.shown, value, distribution };
  });
  questions.sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.questionId.localeCompare(b.questionId));
  // Questions of the survey with no rollups yet still appear, empty.
  for (const question of ordered) {
    const kind = kindOf(question);
    if (kind && !questions.some((q) => q.questionId === question.id && q.kind === kind)) {
      questions.splice(questions.filter((q) => (q.position ?? Infinity) < positions.get(question.id)!).length, 0, {
        questionId: question.id,
        kind,
        position: positions.get(question.id)!,
        shown: 0,
        value: shownValue(kind, emptySums(), settings),
        distribution: [],
      });
    }
  }
  let pages: SurveyReport['pages'] = null;
  if (slice.dimension === '' && source.knowsStarts) {
    const stopped = new Map((await sumPageRollups(db, { workspaceId: request.workspaceId, surveyId: request.surveyId, from: request.from, to: request.to })).map((row) => [row.pageId, row.stopped]));
    const pageIds = request.definition?.pages.map((page) => page.id) ?? [];
    pages = [...new Set([...pageIds, ...stopped.keys()])].map((pageId) => ({ pageId, position: pageIds.includes(pageId) ? pageIds.indexOf(pageId) : null, stopped: stopped.get(pageId) ?? 0 }));
  }
  return { minResponses: settings.minResponses, responses: responseCounts(counts, source.knowsStarts ? slice.dimension : null), pages, questions };
}
