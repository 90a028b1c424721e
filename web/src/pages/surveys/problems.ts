import type { FieldProblem } from '../../api/types.js';
import type { SurveyProblem } from '../../api/surveys.js';

/** Where in the builder a logic-check problem belongs, read from its path (`pages.1.questions.0.visibleIf`). */
export type ProblemPlace =
  | { kind: 'question'; page: number; question: number }
  | { kind: 'page'; page: number }
  | { kind: 'ending'; ending: number }
  | { kind: 'hiddenField'; field: number }
  | { kind: 'survey' };

/** Paths from a 422 answer start with `body.definition.` or `definition.`; the logic check's start at the definition. */
export function definitionPath(path: string): string {
  return path.replace(/^body\./, '').replace(/^definition\.?/, '');
}

export function placeOf(path: string): ProblemPlace {
  const parts = definitionPath(path).split('.');
  const number = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : null);
  if (parts[0] === 'pages') {
    const page = number(parts[1]);
    const question = parts[2] === 'questions' ? number(parts[3]) : null;
    if (page !== null && question !== null) return { kind: 'question', page, question };
    if (page !== null) return { kind: 'page', page };
  }
  if (parts[0] === 'endings') {
    const ending = number(parts[1]);
    if (ending !== null) return { kind: 'ending', ending };
  }
  if (parts[0] === 'hiddenFields') {
    const field = number(parts[1]);
    if (field !== null) return { kind: 'hiddenField', field };
  }
  return { kind: 'survey' };
}

/** Whether a problem is about a page's jumps (about the one at `jump` when given): shown beside the jump, not atop the page. */
export function isJumpProblem(problem: Pick<SurveyProblem, 'path'>, page: number, jump?: number): boolean {
  const match = /^pages\.(\d+)\.jumps\.(\d+)(\.|$)/.exec(definitionPath(problem.path));
  return match !== null && Number(match[1]) === page && (jump === undefined || Number(match[2]) === jump);
}

/** The DOM id of a question's card, page section, end screen or hidden field, so a problem can take focus there. */
export function anchorOf(place: ProblemPlace): string {
  switch (place.kind) {
    case 'question':
      return `q-${place.page}-${place.question}`;
    case 'page':
      return `page-${place.page}`;
    case 'ending':
      return `ending-${place.ending}`;
    case 'hiddenField':
      return `hidden-field-${place.field}`;
    case 'survey':
      return 'survey-texts';
  }
}

/** A refused save names the fields of the definition it could not take: shown with the logic check's problems. */
export function problemsFromSaveError(errors: readonly FieldProblem[]): SurveyProblem[] {
  return errors
    .filter((error) => /^(body\.)?definition\b/.test(error.path))
    .map((error) => ({ path: definitionPath(error.path), problem: error.problem, severity: 'error' as const }));
}

/** Errors first, then warnings, each in the order of the survey. */
export function sortProblems(problems: readonly SurveyProblem[]): SurveyProblem[] {
  const weight = (p: SurveyProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => weight(a) - weight(b));
}

/**
 * The logic check's "has no sv translation" warnings: the translation view shows each missing text,
 * so the problem lists sum them up per language instead of repeating one line per text.
 * (The check words these itself, in src/engine/survey/logic-check.ts; errors about the default
 * language are never treated this way.)
 */
export function isTranslationWarning(problem: SurveyProblem): boolean {
  return problem.severity === 'warning' && /^has no [a-zA-Z0-9, -]+ translation$/.test(problem.problem);
}
