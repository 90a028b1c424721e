import type { QuestionOf, QuestionProps } from '../types.js';

/** A native select: the right control for long lists, and the phone's own picker on touch. */
export function DropdownQuestionView({ question, value, onAnswer, ctx, inputId, describedBy }: QuestionProps<QuestionOf<'dropdown'>>) {
  return (
    <select
      id={inputId}
      class="k-select"
      value={typeof value === 'string' ? value : ''}
      aria-describedby={describedBy}
      aria-required={question.required || undefined}
      onChange={(event) => onAnswer(event.currentTarget.value || undefined)}
    >
      <option value="">{ctx.ui.choose}</option>
      {question.options.map((option) => (
        <option value={option.id} key={option.id}>
          {ctx.text(option.label)}
        </option>
      ))}
    </select>
  );
}

/** A native date input: the browser's own picker, in the respondent's locale, on every device. */
export function DateQuestionView({ question, value, onAnswer, inputId, describedBy }: QuestionProps<QuestionOf<'date'>>) {
  return (
    <input
      type="date"
      id={inputId}
      class="k-input k-date"
      value={typeof value === 'string' ? value : ''}
      min={question.min}
      max={question.max}
      aria-describedby={describedBy}
      aria-required={question.required || undefined}
      onInput={(event) => onAnswer(event.currentTarget.value || undefined)}
    />
  );
}
