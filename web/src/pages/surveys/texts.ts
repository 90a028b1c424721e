import type { LocalizedText, Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { setText } from './definition.js';

/**
 * Every text a respondent can see, with where it lives in the definition: what the side-by-side
 * translation view lists, and what removing a language strips.
 */

export type TextKind =
  | 'title'
  | 'welcome'
  | 'pageTitle'
  | 'question'
  | 'description'
  | 'labelLow'
  | 'labelHigh'
  | 'cliRecommend'
  | 'cliBuyAgain'
  | 'cliTryOther'
  | 'option'
  | 'row'
  | 'column'
  | 'endingTitle'
  | 'endingMessage';

export type Path = readonly (string | number)[];

export interface TextEntry {
  path: Path;
  kind: TextKind;
  text: LocalizedText | undefined;
  /** Optional texts (a description, scale labels) are only listed for translation once the default language has them. */
  isOptional: boolean;
  page?: number;
  question?: number;
  /** 1-based position of an option, row or column. */
  item?: number;
}

function questionTexts(question: Question, page: number, index: number): TextEntry[] {
  const at = ['pages', page, 'questions', index] as const;
  const entry = (path: Path, kind: TextKind, text: LocalizedText | undefined, isOptional = false, item?: number): TextEntry => ({
    path: [...at, ...path],
    kind,
    text,
    isOptional,
    page,
    question: index,
    ...(item === undefined ? {} : { item }),
  });
  const entries = [entry(['text'], 'question', question.text), entry(['description'], 'description', question.description, true)];
  if ('labels' in question) {
    entries.push(entry(['labels', 'low'], 'labelLow', question.labels?.low, true), entry(['labels', 'high'], 'labelHigh', question.labels?.high, true));
  }
  if (question.type === 'cli') {
    entries.push(
      entry(['items', 'recommend'], 'cliRecommend', question.items.recommend),
      entry(['items', 'buy_again'], 'cliBuyAgain', question.items.buy_again),
      entry(['items', 'try_other'], 'cliTryOther', question.items.try_other),
    );
  }
  if ('options' in question) question.options.forEach((o, i) => entries.push(entry(['options', i, 'label'], 'option', o.label, false, i + 1)));
  if (question.type === 'matrix') {
    question.rows.forEach((o, i) => entries.push(entry(['rows', i, 'label'], 'row', o.label, false, i + 1)));
    question.columns.forEach((o, i) => entries.push(entry(['columns', i, 'label'], 'column', o.label, false, i + 1)));
  }
  return entries;
}

export function textEntries(survey: SurveyDefinition): TextEntry[] {
  const entries: TextEntry[] = [
    { path: ['title'], kind: 'title', text: survey.title, isOptional: false },
    { path: ['welcome'], kind: 'welcome', text: survey.welcome, isOptional: true },
  ];
  survey.pages.forEach((page, p) => {
    entries.push({ path: ['pages', p, 'title'], kind: 'pageTitle', text: page.title, isOptional: true, page: p });
    page.questions.forEach((question, q) => entries.push(...questionTexts(question, p, q)));
  });
  survey.endings.forEach((ending, e) => {
    entries.push({ path: ['endings', e, 'title'], kind: 'endingTitle', text: ending.title, isOptional: false, item: e + 1 });
    entries.push({ path: ['endings', e, 'message'], kind: 'endingMessage', text: ending.message, isOptional: true, item: e + 1 });
  });
  return entries;
}

/** The texts worth translating: required ones, and optional ones the default language has filled in. */
export function translatableEntries(survey: SurveyDefinition): TextEntry[] {
  return textEntries(survey).filter((entry) => !entry.isOptional || Boolean(entry.text?.[survey.defaultLanguage]?.trim()));
}

export const isMissing = (text: LocalizedText | undefined, language: string): boolean => !text?.[language]?.trim();

/** Replaces the value at a path, copying only the objects and arrays on the way. */
export function updateAt<T>(root: T, path: Path, change: (value: unknown) => unknown): T {
  if (path.length === 0) return change(root) as T;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = updateAt(copy[head as number], rest, change);
    return copy as T;
  }
  const record = (root ?? {}) as Record<string, unknown>;
  const value = updateAt(record[head as string], rest, change);
  const copy = { ...record };
  if (value === undefined) delete copy[head as string];
  else copy[head as string] = value;
  return copy as T;
}

/**
 * Sets one language of the text at a path. An optional text left with nothing in it is removed
 * altogether (a description nobody wrote is no description).
 */
export function setTextAt(survey: SurveyDefinition, entry: Pick<TextEntry, 'path' | 'isOptional'>, language: string, value: string): SurveyDefinition {
  return updateAt(survey, entry.path, (current) => {
    const next = setText(current as LocalizedText | undefined, language, value, survey.defaultLanguage);
    const isEmpty = Object.values(next).every((v) => !v);
    if (entry.isOptional && isEmpty) return undefined;
    return next;
  });
}

export function addLanguage(survey: SurveyDefinition, language: string): SurveyDefinition {
  if (survey.languages.includes(language)) return survey;
  return { ...survey, languages: [...survey.languages, language] };
}

/** Removes a language and every translation in it; the default language cannot be removed. */
export function removeLanguage(survey: SurveyDefinition, language: string): SurveyDefinition {
  if (language === survey.defaultLanguage || !survey.languages.includes(language)) return survey;
  let next: SurveyDefinition = { ...survey, languages: survey.languages.filter((l) => l !== language) };
  for (const entry of textEntries(survey)) {
    if (entry.text?.[language] === undefined) continue;
    next = updateAt(next, entry.path, (current) => {
      const copy = { ...(current as LocalizedText) };
      delete copy[language];
      return copy;
    });
  }
  return next;
}

export function setDefaultLanguage(survey: SurveyDefinition, language: string): SurveyDefinition {
  if (!survey.languages.includes(language)) return survey;
  return { ...survey, defaultLanguage: language, languages: [language, ...survey.languages.filter((l) => l !== language)] };
}

/** How many required texts lack a language: the count beside each language in the picker. */
export function countMissing(survey: SurveyDefinition, language: string): number {
  return translatableEntries(survey).filter((entry) => isMissing(entry.text, language)).length;
}
