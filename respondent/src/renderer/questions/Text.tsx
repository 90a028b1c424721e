import { fill } from '../strings.js';
import type { QuestionOf, QuestionProps } from '../types.js';

/**
 * A text field with a live count against the limit. The limit is not enforced by the field
 * (a pasted text would be cut silently); going over shows in the count and stops Next.
 */
export function TextQuestionView({ question, value, onAnswer, ctx, inputId, describedBy }: QuestionProps<QuestionOf<'short_text' | 'long_text'>>) {
  const text = typeof value === 'string' ? value : '';
  const length = [...text].length;
  const countId = `${inputId}-count`;
  const common = {
    id: inputId,
    value: text,
    'aria-describedby': describedBy ? `${describedBy} ${countId}` : countId,
    'aria-required': question.required || undefined,
    onInput: (event: Event) => onAnswer((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="k-text">
      {question.type === 'long_text' ? <textarea {...common} class="k-input k-textarea" rows={4} /> : <input {...common} type="text" class="k-input" autocomplete="off" />}
      <p id={countId} class={`k-count${length > question.maxLength ? ' is-over' : ''}`}>
        {fill(ctx.ui.characters, { n: length, max: question.maxLength })}
      </p>
    </div>
  );
}
