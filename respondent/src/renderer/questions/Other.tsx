import type { QuestionOf, QuestionProps } from '../types.js';

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

/** Consent: one checkbox whose label is the question itself. */
export function ConsentQuestionView({ question, value, onAnswer, ctx, inputId, describedBy }: QuestionProps<QuestionOf<'consent'>>) {
  return (
    <div class={`k-consent${value === true ? ' is-selected' : ''}`}>
      <input
        type="checkbox"
        id={inputId}
        class="k-consent-input"
        checked={value === true}
        aria-describedby={describedBy}
        aria-required={question.required || undefined}
        onChange={(event) => onAnswer(event.currentTarget.checked)}
      />
      <label for={inputId} class="k-consent-label">
        <span class="k-question-text">{ctx.text(question.text)}</span>
        {question.required && (
        <>
          {' '}
          <span class="k-required">{ctx.ui.required}</span>
        </>
      )}
      </label>
    </div>
  );
}
