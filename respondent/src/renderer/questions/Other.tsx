import type { QuestionOf, QuestionProps } from '../types.js';

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
