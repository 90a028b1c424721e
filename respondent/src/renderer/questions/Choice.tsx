import { useMemo } from 'preact/hooks';
import { shuffleWithSeed } from '../flow.js';
import type { QuestionOf, QuestionProps } from '../types.js';

/** One option (radios) or several (checkboxes), as full-width cards that are easy to hit on a phone. */
export function ChoiceQuestionView({ question, value, onAnswer, ctx, inputId }: QuestionProps<QuestionOf<'single_choice' | 'multiple_choice'>>) {
  const options = useMemo(
    () => (question.shuffle ? shuffleWithSeed(question.options, `${ctx.seed}:${question.id}`) : question.options),
    [question, ctx.seed],
  );
  const isMultiple = question.type === 'multiple_choice';
  const chosen = Array.isArray(value) ? value : [];
  const toggle = (id: string, isChecked: boolean) => {
    // Keep the author's order in the answer, whatever order the boxes were ticked in.
    const next = question.options.map((o) => o.id).filter((optionId) => (optionId === id ? isChecked : chosen.includes(optionId)));
    onAnswer(next);
  };
  return (
    <div class="k-choices">
      {options.map((option) => {
        const isChecked = isMultiple ? chosen.includes(option.id) : value === option.id;
        return (
          <label class={`k-choice${isChecked ? ' is-selected' : ''}`} key={option.id}>
            <input
              type={isMultiple ? 'checkbox' : 'radio'}
              class="k-choice-input"
              name={inputId}
              value={option.id}
              checked={isChecked}
              onChange={(event) => (isMultiple ? toggle(option.id, event.currentTarget.checked) : onAnswer(option.id))}
            />
            <span class="k-choice-label">{ctx.text(option.label)}</span>
          </label>
        );
      })}
    </div>
  );
}
