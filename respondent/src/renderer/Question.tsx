import type { ComponentChildren } from 'preact';
import type { AnswerValue } from '../../../src/engine/survey/logic.js';
import type { Question } from '../../../src/engine/survey/schema.js';
import type { AnswerProblem } from './flow.js';
import { ChoiceQuestionView } from './questions/Choice.js';
import { rareQuestionView } from './questions/lazy.js';
import { ConsentQuestionView } from './questions/Other.js';
import { CliQuestionView, ScaleQuestionView } from './questions/Scale.js';
import { TextQuestionView } from './questions/Text.js';
import { fill } from './strings.js';
import type { QuestionProps, RenderContext } from './types.js';

interface QuestionBlockProps {
  question: Question;
  value: AnswerValue | undefined;
  problem: AnswerProblem | undefined;
  onAnswer: (value: AnswerValue | undefined) => void;
  ctx: RenderContext;
  /** Unique on the host page (two widgets may show the same survey). */
  domId: string;
}

/** Questions answered with one control get a label; the others are a group with a legend. */
const singleControl = new Set<Question['type']>(['short_text', 'long_text', 'dropdown', 'date', 'consent']);

/**
 * One question: its text, description, hint and error around the control for its type. The error
 * sits between the text and the control, where it is read before the answer.
 */
export function QuestionBlock({ question, value, problem, onAnswer, ctx, domId }: QuestionBlockProps) {
  const inputId = `${domId}-input`;
  const descriptionId = `${domId}-description`;
  const hintId = `${domId}-hint`;
  const errorId = `${domId}-error`;
  const hint = hintFor(question, ctx);
  const describedBy = [question.description && descriptionId, hint && hintId, problem && errorId].filter(Boolean).join(' ') || undefined;
  const props: QuestionProps = { question, value, onAnswer, ctx, inputId, describedBy };
  const heading = (
    <>
      <span class="k-question-text">{ctx.text(question.text)}</span>
      {question.required && (
        <>
          {' '}
          <span class="k-required">{ctx.ui.required}</span>
        </>
      )}
    </>
  );
  const details = (
    <>
      {question.description && (
        <p id={descriptionId} class="k-description">
          {ctx.text(question.description)}
        </p>
      )}
      {hint && (
        <p id={hintId} class="k-hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={errorId} class="k-error">
          {problemText(problem, ctx)}
        </p>
      )}
    </>
  );
  const className = `k-question k-question--${question.type}${problem ? ' has-error' : ''}`;

  if (question.type === 'consent') {
    return (
      <div class={className} id={domId} data-question={question.id}>
        {details}
        <ConsentQuestionView {...props} question={question} />
      </div>
    );
  }
  if (singleControl.has(question.type)) {
    return (
      <div class={className} id={domId} data-question={question.id}>
        <label class="k-legend" for={inputId}>
          {heading}
        </label>
        {details}
        {renderControl(props)}
      </div>
    );
  }
  return (
    <fieldset class={className} id={domId} data-question={question.id} aria-describedby={describedBy}>
      <legend class="k-legend">{heading}</legend>
      {details}
      {renderControl(props)}
    </fieldset>
  );
}

function renderControl(props: QuestionProps): ComponentChildren {
  const { question } = props;
  switch (question.type) {
    case 'nps':
    case 'csat':
    case 'ces':
    case 'rating':
      return <ScaleQuestionView {...props} question={question} />;
    case 'cli':
      return <CliQuestionView {...props} question={question} />;
    case 'single_choice':
    case 'multiple_choice':
      return <ChoiceQuestionView {...props} question={question} />;
    case 'short_text':
    case 'long_text':
      return <TextQuestionView {...props} question={question} />;
    case 'dropdown':
    case 'matrix':
    case 'ranking':
    case 'date': {
      // Fetched before the survey renders (see questions/lazy.ts); until then, nothing.
      const View = rareQuestionView(question.type);
      return View ? <View {...props} /> : null;
    }
    case 'consent':
      return <ConsentQuestionView {...props} question={question} />;
  }
}

function hintFor(question: Question, { ui }: RenderContext): string | null {
  if (question.type === 'ranking') return ui.rankingHint;
  if (question.type !== 'multiple_choice') return null;
  const { min, max } = question;
  if (min !== undefined && max !== undefined) return min === max ? fill(ui.chooseExactly, { n: min }) : fill(ui.chooseBetween, { min, max });
  if (min !== undefined && min > 1) return fill(ui.chooseAtLeast, { n: min });
  if (max !== undefined) return fill(ui.chooseUpTo, { n: max });
  return null;
}

/** The words for a problem, in the current language. */
export function problemText(problem: AnswerProblem, { ui, language }: RenderContext): string {
  const date = problem.date ? formatDate(problem.date, language) : '';
  return fill(ui[problem.key], { n: problem.n ?? '', min: problem.min ?? '', max: problem.max ?? '', date });
}

function formatDate(isoDate: string, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  } catch {
    return isoDate;
  }
}
