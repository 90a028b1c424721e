import { allQuestions } from './logic.js';
import type { Condition, Question, SurveyDefinition } from './schema.js';
import { metricScales, reservedLinkParameters } from './scales.js';
import { placeholdersIn } from './text.js';

export interface LogicProblem {
  /** Where, as in the definition: `pages.1.questions.0.visibleIf`. */
  path: string;
  problem: string;
  /** Errors block publishing; warnings are shown in the builder. */
  severity: 'error' | 'warning';
}

/**
 * Finds what would make a survey misbehave before anyone answers it: conditions on unknown or later
 * questions, conditions that can never hold (so their question or page is unreachable), jumps
 * backwards or to nowhere, end screens nobody reaches, empty pages, and texts in missing languages.
 */
export function checkSurveyLogic(survey: SurveyDefinition, options: { knownAttributes?: readonly string[] } = {}): LogicProblem[] {
  const problems: LogicProblem[] = [];
  const order = new Map(allQuestions(survey).map(({ question }, index) => [question.id, { question, index }]));
  const hiddenKeys = new Set(survey.hiddenFields.map((field) => field.key));
  survey.hiddenFields.forEach((field, f) => {
    if ((reservedLinkParameters as readonly string[]).includes(field.key)) {
      problems.push({ path: `hiddenFields.${f}.key`, problem: `"${field.key}" is a name the survey link uses itself; choose another`, severity: 'error' });
    }
  });
  let position = 0;

  survey.pages.forEach((page, p) => {
    const pagePath = `pages.${p}`;
    const firstOnPage = position;
    if (page.questions.length === 0) problems.push({ path: pagePath, problem: `page "${page.id}" has no questions`, severity: 'warning' });
    if (page.visibleIf) checkCondition(page.visibleIf, `${pagePath}.visibleIf`, firstOnPage, `page "${page.id}"`);
    page.questions.forEach((question, q) => {
      if (question.visibleIf) checkCondition(question.visibleIf, `${pagePath}.questions.${q}.visibleIf`, position, `question "${question.id}"`);
      position++;
    });
    page.jumps.forEach((jump, j) => {
      const jumpPath = `${pagePath}.jumps.${j}`;
      checkCondition(jump.if, `${jumpPath}.if`, position, 'this jump');
      if ('page' in jump.to) {
        const target = survey.pages.findIndex((candidate) => candidate.id === (jump.to as { page: string }).page);
        if (target < 0) problems.push({ path: `${jumpPath}.to`, problem: `goes to page "${jump.to.page}", which does not exist`, severity: 'error' });
        else if (target <= p) problems.push({ path: `${jumpPath}.to`, problem: `goes back to page "${jump.to.page}": jumps may only go forward, or the survey could loop`, severity: 'error' });
      } else if (!survey.endings.some((ending) => ending.id === (jump.to as { ending: string }).ending)) {
        problems.push({ path: `${jumpPath}.to`, problem: `goes to end screen "${jump.to.ending}", which does not exist`, severity: 'error' });
      }
    });
  });

  const targeted = new Set(survey.pages.flatMap((page) => page.jumps.flatMap((jump) => ('ending' in jump.to ? [jump.to.ending] : []))));
  survey.endings.forEach((ending, e) => {
    if (e > 0 && !targeted.has(ending.id)) problems.push({ path: `endings.${e}`, problem: `end screen "${ending.id}" is never shown: no jump leads to it`, severity: 'warning' });
  });

  checkTexts();
  return problems;

  function checkCondition(condition: Condition, path: string, before: number, subject: string) {
    for (const [leaf, leafPath] of leaves(condition, path)) {
      if ('hidden' in leaf) {
        if (!hiddenKeys.has(leaf.hidden)) problems.push({ path: leafPath, problem: `uses hidden field "${leaf.hidden}", which the survey does not declare`, severity: 'error' });
        continue;
      }
      const target = order.get(leaf.question);
      if (!target) {
        problems.push({ path: leafPath, problem: `uses question "${leaf.question}", which does not exist`, severity: 'error' });
        continue;
      }
      if (target.index >= before) {
        problems.push({ path: leafPath, problem: `uses question "${leaf.question}", which comes later: ${subject} would be decided before it is answered`, severity: 'error' });
      }
      const impossible = 'value' in leaf ? impossibleValue(target.question, leaf.op, leaf.value) : null;
      if (impossible) problems.push({ path: leafPath, problem: `can never hold (${impossible}), so ${subject} is unreachable`, severity: 'error' });
    }
    if (!hasSatisfiableRanges(condition)) problems.push({ path, problem: `can never hold (its ranges do not overlap), so ${subject} is unreachable`, severity: 'error' });
  }

  function checkTexts() {
    const known = new Set([...hiddenKeys, ...(options.knownAttributes ?? [])]);
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${path}.${i}`));
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      const isText = Object.keys(record).length > 0 && Object.entries(record).every(([key, v]) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(key) && typeof v === 'string');
      if (!isText) return Object.entries(record).forEach(([key, item]) => visit(item, path ? `${path}.${key}` : key));
      const missing = survey.languages.filter((language) => !String(record[language] ?? '').trim());
      if (missing.length) problems.push({ path, problem: `has no ${missing.join(', ')} translation`, severity: missing.includes(survey.defaultLanguage) ? 'error' : 'warning' });
      if (options.knownAttributes) {
        for (const key of new Set(Object.values(record).flatMap((text) => placeholdersIn(text as string)))) {
          if (!known.has(key)) problems.push({ path, problem: `fills in {{${key}}}, which is neither a hidden field nor a contact attribute`, severity: 'warning' });
        }
      }
    };
    const { pages, endings, title, welcome } = survey;
    visit({ title, welcome, pages, endings }, '');
  }
}

type Leaf = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;

function leaves(condition: Condition, path: string): [Leaf, string][] {
  if ('all' in condition) return condition.all.flatMap((c, i) => leaves(c, `${path}.all.${i}`));
  if ('any' in condition) return condition.any.flatMap((c, i) => leaves(c, `${path}.any.${i}`));
  if ('not' in condition) return leaves(condition.not, `${path}.not`);
  return [[condition, path]];
}

function scaleOf(question: Question): { min: number; max: number } | null {
  if (question.type === 'nps' || question.type === 'csat' || question.type === 'ces') return metricScales[question.type];
  if (question.type === 'rating') return { min: question.min, max: question.max };
  return null;
}

function impossibleValue(question: Question, op: string, value: unknown): string | null {
  const scale = scaleOf(question);
  if (scale) {
    if (typeof value !== 'number') return `"${String(value)}" is compared with a ${question.type} score, which is a number`;
    const range = rangeOf(op, value, scale);
    return range && range.min > range.max ? `${question.type} answers run from ${scale.min} to ${scale.max}` : null;
  }
  if ('options' in question && typeof value === 'string' && !question.options.some((o) => o.id === value)) return `"${value}" is not an option of "${question.id}"`;
  if (question.type === 'consent' && typeof value !== 'boolean') return 'a consent answer is true or false';
  return null;
}

function rangeOf(op: string, value: number, scale: { min: number; max: number }): { min: number; max: number } | null {
  switch (op) {
    case 'eq':
      return { min: Math.max(scale.min, value), max: Math.min(scale.max, value) };
    case 'gt':
      return { min: Math.max(scale.min, Math.floor(value) + 1), max: scale.max };
    case 'gte':
      return { min: Math.max(scale.min, Math.ceil(value)), max: scale.max };
    case 'lt':
      return { min: scale.min, max: Math.min(scale.max, Math.ceil(value) - 1) };
    case 'lte':
      return { min: scale.min, max: Math.min(scale.max, Math.floor(value)) };
    default:
      return null;
  }
}

/** Within an `all`, comparisons on one question must leave some value: `nps >= 9 and nps <= 6` cannot. */
function hasSatisfiableRanges(condition: Condition): boolean {
  if ('any' in condition) return condition.any.some(hasSatisfiableRanges);
  if ('not' in condition) return true;
  if (!('all' in condition)) return true;
  const bounds = new Map<string, { min: number; max: number }>();
  for (const part of condition.all) {
    if (!hasSatisfiableRanges(part)) return false;
    if (!('question' in part) || !('value' in part) || typeof part.value !== 'number') continue;
    const range = rangeOf(part.op, part.value, { min: -Infinity, max: Infinity });
    if (!range) continue;
    const current = bounds.get(part.question) ?? { min: -Infinity, max: Infinity };
    const next = { min: Math.max(current.min, range.min), max: Math.min(current.max, range.max) };
    if (next.min > next.max) return false;
    bounds.set(part.question, next);
  }
  return true;
}
