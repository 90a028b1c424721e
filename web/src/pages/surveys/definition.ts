import type { LocalizedText, Option, Question, QuestionType, SurveyDefinition } from '../../../../src/engine/survey/schema.js';

/**
 * Pure edits of a survey draft for the builder. Each takes a definition and returns a new one
 * (nothing is changed in place), so React sees every edit and the tests can check each result.
 */

export const questionTypes = [
  'nps',
  'csat',
  'ces',
  'cli',
  'rating',
  'single_choice',
  'multiple_choice',
  'dropdown',
  'short_text',
  'long_text',
  'matrix',
  'ranking',
  'date',
  'consent',
] as const satisfies readonly QuestionType[];

/** Where a question is: page index and index on the page. */
export interface QuestionRef {
  page: number;
  index: number;
}

/** Ready-made wording for new questions, in each survey language we have words for. */
export type WordingKey = 'nps' | 'csat' | 'ces' | 'cli' | 'cliRecommend' | 'cliBuyAgain' | 'cliTryOther' | 'option' | 'row' | 'column';
export type Wording = (key: WordingKey, n?: number) => LocalizedText;

/** Stable keys as the schema wants them: lower case, digits and _, starting with a letter. */
const keyPattern = /^[a-z][a-z0-9_]{0,63}$/;

/** `base`, or `base_2`, `base_3`… whichever is not taken yet. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  const clean = keyPattern.test(base) ? base : 'item';
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n++) {
    const candidate = `${clean.slice(0, 58)}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export const questionIdsOf = (survey: SurveyDefinition): Set<string> =>
  new Set(survey.pages.flatMap((page) => page.questions.map((q) => q.id)));

/** Short, readable ids for new questions: they end up in exports and in logic. */
const idBase: Record<QuestionType, string> = {
  nps: 'nps',
  csat: 'csat',
  ces: 'ces',
  cli: 'cli',
  rating: 'rating',
  single_choice: 'choice',
  multiple_choice: 'choices',
  dropdown: 'dropdown',
  short_text: 'answer',
  long_text: 'comment',
  matrix: 'matrix',
  ranking: 'ranking',
  date: 'date',
  consent: 'consent',
};

function options(wording: Wording, key: 'option' | 'row' | 'column', count: number, prefix = key): Option[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}_${i + 1}`, label: wording(key, i + 1) }));
}

/** A new question of a type, with sensible defaults; metric questions come worded, others wait for the author's text. */
export function newQuestion(type: QuestionType, id: string, survey: SurveyDefinition, wording: Wording): Question {
  const empty: LocalizedText = { [survey.defaultLanguage]: '' };
  const worded = (key: WordingKey): LocalizedText => ({ ...empty, ...wording(key) });
  const base = { id, text: empty, required: false };
  switch (type) {
    case 'nps':
      return { ...base, type, text: worded('nps'), required: true };
    case 'csat':
      return { ...base, type, text: worded('csat'), required: true, style: 'smileys' };
    case 'ces':
      return { ...base, type, text: worded('ces'), required: true };
    case 'cli':
      return {
        ...base,
        type,
        text: worded('cli'),
        required: true,
        items: { recommend: worded('cliRecommend'), buy_again: worded('cliBuyAgain'), try_other: worded('cliTryOther') },
      };
    case 'rating':
      return { ...base, type, min: 1, max: 5, style: 'stars' };
    case 'single_choice':
    case 'multiple_choice':
      return { ...base, type, options: options(wording, 'option', 3), shuffle: false };
    case 'dropdown':
    case 'ranking':
      return { ...base, type, options: options(wording, 'option', 3) };
    case 'short_text':
      return { ...base, type, maxLength: 200 };
    case 'long_text':
      return { ...base, type, maxLength: 5000 };
    case 'matrix':
      return { ...base, type, rows: options(wording, 'row', 2), columns: options(wording, 'column', 3) };
    case 'date':
    case 'consent':
      return { ...base, type };
  }
}

function withPages(survey: SurveyDefinition, change: (pages: SurveyDefinition['pages']) => SurveyDefinition['pages']): SurveyDefinition {
  return { ...survey, pages: change(survey.pages) };
}

function withQuestions(survey: SurveyDefinition, page: number, change: (questions: Question[]) => Question[]): SurveyDefinition {
  return withPages(survey, (pages) => pages.map((p, i) => (i === page ? { ...p, questions: change(p.questions) } : p)));
}

/** Adds a question of a type at the end of a page; returns the survey and where the question went. */
export function addQuestion(survey: SurveyDefinition, page: number, type: QuestionType, wording: Wording): { survey: SurveyDefinition; ref: QuestionRef } {
  const id = uniqueKey(idBase[type], questionIdsOf(survey));
  const question = newQuestion(type, id, survey, wording);
  const index = survey.pages[page]?.questions.length ?? 0;
  return { survey: withQuestions(survey, page, (questions) => [...questions, question]), ref: { page, index } };
}

export function questionAt(survey: SurveyDefinition, ref: QuestionRef): Question | undefined {
  return survey.pages[ref.page]?.questions[ref.index];
}

export function updateQuestion(survey: SurveyDefinition, ref: QuestionRef, change: (question: Question) => Question): SurveyDefinition {
  return withQuestions(survey, ref.page, (questions) => questions.map((q, i) => (i === ref.index ? change(q) : q)));
}

export function removeQuestion(survey: SurveyDefinition, ref: QuestionRef): SurveyDefinition {
  return withQuestions(survey, ref.page, (questions) => questions.filter((_, i) => i !== ref.index));
}

/** A copy right below the original, with a fresh id; its options keep theirs (they only need to be unique within it). */
export function duplicateQuestion(survey: SurveyDefinition, ref: QuestionRef): { survey: SurveyDefinition; ref: QuestionRef } {
  const original = questionAt(survey, ref);
  if (!original) return { survey, ref };
  const copy: Question = { ...structuredClone(original), id: uniqueKey(original.id.replace(/_\d+$/, ''), questionIdsOf(survey)) };
  const next = withQuestions(survey, ref.page, (questions) => [...questions.slice(0, ref.index + 1), copy, ...questions.slice(ref.index + 1)]);
  return { survey: next, ref: { page: ref.page, index: ref.index + 1 } };
}

/**
 * Moves a question one step up or down. At the edge of a page it crosses to the neighbouring page,
 * so "Move up" and "Move down" alone can bring a question anywhere. Returns where it ended up.
 */
export function moveQuestion(survey: SurveyDefinition, ref: QuestionRef, delta: -1 | 1): { survey: SurveyDefinition; ref: QuestionRef } {
  const page = survey.pages[ref.page];
  const question = page?.questions[ref.index];
  if (!page || !question) return { survey, ref };
  const target = ref.index + delta;
  if (target >= 0 && target < page.questions.length) {
    return { survey: withQuestions(survey, ref.page, (questions) => moveItem(questions, ref.index, delta)), ref: { page: ref.page, index: target } };
  }
  const otherPage = ref.page + delta;
  const other = survey.pages[otherPage];
  if (!other) return { survey, ref };
  const removed = removeQuestion(survey, ref);
  const index = delta < 0 ? other.questions.length : 0;
  const moved = withQuestions(removed, otherPage, (questions) => [...questions.slice(0, index), question, ...questions.slice(index)]);
  return { survey: moved, ref: { page: otherPage, index } };
}

export function canMoveQuestion(survey: SurveyDefinition, ref: QuestionRef, delta: -1 | 1): boolean {
  const page = survey.pages[ref.page];
  if (!page) return false;
  const target = ref.index + delta;
  return (target >= 0 && target < page.questions.length) || survey.pages[ref.page + delta] !== undefined;
}

export function addPage(survey: SurveyDefinition): SurveyDefinition {
  const id = uniqueKey(`page_${survey.pages.length + 1}`, new Set(survey.pages.map((p) => p.id)));
  return withPages(survey, (pages) => [...pages, { id, questions: [], jumps: [] }]);
}

/** Removes a page and its questions; the last page stays, as a survey needs one. */
export function removePage(survey: SurveyDefinition, index: number): SurveyDefinition {
  if (survey.pages.length <= 1) return survey;
  return withPages(survey, (pages) => pages.filter((_, i) => i !== index));
}

export function movePage(survey: SurveyDefinition, index: number, delta: -1 | 1): SurveyDefinition {
  return withPages(survey, (pages) => moveItem(pages, index, delta));
}

/**
 * The item with an optional property set, or without it when the value is undefined: the schema's
 * strict objects want an unused property gone rather than present and undefined.
 */
export function withOptional<T extends object, K extends keyof T>(item: T, key: K, value: T[K] | undefined): T {
  if (value !== undefined) return { ...item, [key]: value };
  const { [key]: _removed, ...rest } = item;
  return rest as T;
}

/** Swaps an item with its neighbour; out of range, the list is returned as it was. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const copy = [...items];
  if (target < 0 || target >= items.length || index < 0 || index >= items.length) return copy;
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

/** Appends an option (or matrix row or column) with a fresh id and a numbered label. */
export function addOption(items: readonly Option[], wording: Wording, key: 'option' | 'row' | 'column' = 'option'): Option[] {
  const id = uniqueKey(`${key}_${items.length + 1}`, new Set(items.map((o) => o.id)));
  return [...items, { id, label: wording(key, items.length + 1) }];
}

/**
 * A text with one language set. An emptied translation is dropped, so it counts as missing; the
 * default language keeps an empty string, so the logic check still sees the field and flags it.
 */
export function setText(text: LocalizedText | undefined, language: string, value: string, defaultLanguage: string): LocalizedText {
  const next = { ...text };
  if (value === '' && language !== defaultLanguage) delete next[language];
  else next[language] = value;
  return next;
}

type ScaleLabels = { low: LocalizedText; high: LocalizedText };

/**
 * Sets one end of a question's scale labels. They come as a pair: setting one brings the other
 * along (empty, so the logic check asks for it), and clearing both removes them.
 */
export function setScaleLabel<Q extends { labels?: ScaleLabels | undefined }>(question: Q, side: 'low' | 'high', language: string, value: string): Q {
  const low = side === 'low' ? setText(question.labels?.low, language, value, language) : (question.labels?.low ?? {});
  const high = side === 'high' ? setText(question.labels?.high, language, value, language) : (question.labels?.high ?? {});
  if (![...Object.values(low), ...Object.values(high)].some((text) => text.trim() !== '')) {
    const { labels: _removed, ...rest } = question;
    return rest as Q;
  }
  return { ...question, labels: { low: { [language]: '', ...low }, high: { [language]: '', ...high } } };
}
