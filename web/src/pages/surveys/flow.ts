import type { Condition, Jump, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { reservedLinkParameters } from '../../../../src/engine/survey/scales.js';
import { defaultRule, questionsBeforePage } from './conditions.js';
import { withOptional } from './definition.js';

/**
 * Pure edits of where a survey goes: the jumps after each page, the end screens and the hidden
 * fields that logic can look at. Like definition.ts, each returns a new definition.
 */

/** The schema's limits, so the builder stops offering to add before the server would refuse. */
export const maxJumps = 50;
export const maxEndings = 20;
export const maxHiddenFields = 50;

const keyPattern = /^[a-z][a-z0-9_]{0,63}$/;

export function updateJumps(survey: SurveyDefinition, page: number, change: (jumps: Jump[]) => Jump[]): SurveyDefinition {
  return { ...survey, pages: survey.pages.map((p, i) => (i === page ? { ...p, jumps: change(p.jumps) } : p)) };
}

/**
 * A new jump after a page: on the last question asked so far (or the first hidden field), to the
 * first end screen. Null when there is nothing a condition could look at yet.
 */
export function newJump(survey: SurveyDefinition, page: number): Jump | null {
  const rule = defaultRule(questionsBeforePage(survey, page + 1), survey.hiddenFields, survey.defaultLanguage);
  const ending = survey.endings[0];
  return rule && ending ? { if: rule, to: { ending: ending.id } } : null;
}

/** Where a jump goes, as one string for a select: `page:<id>` or `ending:<id>`. */
export const targetValue = (to: Jump['to']): string => ('page' in to ? `page:${to.page}` : `ending:${to.ending}`);

export function targetFrom(value: string): Jump['to'] {
  return value.startsWith('page:') ? { page: value.slice('page:'.length) } : { ending: value.slice('ending:'.length) };
}

/** `<base>_<n>` with the first n from `from` up that is not taken. */
function numberedKey(base: string, from: number, taken: ReadonlySet<string>): string {
  for (let n = from; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** Adds an end screen with a fresh id (`end_2`, `end_3`…) and an empty title to write. */
export function addEnding(survey: SurveyDefinition): SurveyDefinition {
  if (survey.endings.length >= maxEndings) return survey;
  const id = numberedKey('end', survey.endings.length + 1, new Set(survey.endings.map((e) => e.id)));
  return { ...survey, endings: [...survey.endings, { id, title: { [survey.defaultLanguage]: '' } }] };
}

/** Removes an end screen and every jump that led to it; the last one stays, as a survey needs one. */
export function removeEnding(survey: SurveyDefinition, index: number): SurveyDefinition {
  const removed = survey.endings[index];
  if (!removed || survey.endings.length <= 1) return survey;
  return {
    ...survey,
    endings: survey.endings.filter((_, i) => i !== index),
    pages: survey.pages.map((page) => ({ ...page, jumps: page.jumps.filter((jump) => !('ending' in jump.to && jump.to.ending === removed.id)) })),
  };
}

/** Sets or clears where an end screen sends the respondent afterwards; the text is kept as typed (the server checks it). */
export function setRedirectUrl(survey: SurveyDefinition, index: number, url: string): SurveyDefinition {
  const endings = survey.endings.map((ending, i) => (i === index ? withOptional(ending, 'redirectUrl', url.trim() || undefined) : ending));
  return { ...survey, endings };
}

export function addHiddenField(survey: SurveyDefinition): SurveyDefinition {
  if (survey.hiddenFields.length >= maxHiddenFields) return survey;
  const key = numberedKey('field', survey.hiddenFields.length + 1, new Set(survey.hiddenFields.map((f) => f.key)));
  return { ...survey, hiddenFields: [...survey.hiddenFields, { key }] };
}

/** Removes a hidden field; conditions that use it stay, and the logic check points them out. */
export function removeHiddenField(survey: SurveyDefinition, index: number): SurveyDefinition {
  return { ...survey, hiddenFields: survey.hiddenFields.filter((_, i) => i !== index) };
}

export type KeyProblem = 'pattern' | 'taken' | 'reserved';

/** Why a key cannot name a hidden field of this survey (the field at `index` may keep its own), or null. */
export function hiddenKeyProblem(survey: SurveyDefinition, index: number, key: string): KeyProblem | null {
  if (!keyPattern.test(key)) return 'pattern';
  if ((reservedLinkParameters as readonly string[]).includes(key)) return 'reserved';
  return survey.hiddenFields.some((field, i) => i !== index && field.key === key) ? 'taken' : null;
}

/** Renames a hidden field, and the conditions that use it with it. Refused (unchanged) when the key would not do. */
export function renameHiddenField(survey: SurveyDefinition, index: number, key: string): SurveyDefinition {
  const field = survey.hiddenFields[index];
  if (!field || field.key === key || hiddenKeyProblem(survey, index, key)) return survey;
  const rename = (condition: Condition): Condition => {
    if ('all' in condition) return { all: condition.all.map(rename) };
    if ('any' in condition) return { any: condition.any.map(rename) };
    if ('not' in condition) return { not: rename(condition.not) };
    return 'hidden' in condition && condition.hidden === field.key ? { ...condition, hidden: key } : condition;
  };
  const renamed = <T extends { visibleIf?: Condition | undefined }>(item: T): T => (item.visibleIf ? { ...item, visibleIf: rename(item.visibleIf) } : item);
  return {
    ...survey,
    hiddenFields: survey.hiddenFields.map((f, i) => (i === index ? { ...f, key } : f)),
    pages: survey.pages.map((page) => ({
      ...renamed(page),
      questions: page.questions.map(renamed),
      jumps: page.jumps.map((jump) => ({ ...jump, if: rename(jump.if) })),
    })),
  };
}

/** Sets a hidden field's label for the team; an empty one is dropped. */
export function setHiddenFieldLabel(survey: SurveyDefinition, index: number, label: string): SurveyDefinition {
  const hiddenFields = survey.hiddenFields.map((field, i) => (i === index ? withOptional(field, 'label', label || undefined) : field));
  return { ...survey, hiddenFields };
}
