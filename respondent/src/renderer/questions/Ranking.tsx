import { useEffect, useRef, useState } from 'preact/hooks';
import { ArrowIcon } from '../icons.js';
import { fill } from '../strings.js';
import type { QuestionOf, QuestionProps } from '../types.js';

/**
 * Ranking with move-up and move-down buttons: works with a keyboard, a screen reader and a thumb,
 * where drag and drop does not. The buttons at the ends are aria-disabled rather than disabled, so
 * focus stays on the button that was just pressed; a live region says where the item landed.
 */
export function RankingQuestionView({ question, value, onAnswer, ctx, inputId }: QuestionProps<QuestionOf<'ranking'>>) {
  const order = Array.isArray(value) && value.length === question.options.length ? value : question.options.map((o) => o.id);
  const labels = new Map(question.options.map((o) => [o.id, ctx.text(o.label)]));
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-item="${target.id}"][data-direction="${target.direction}"]`)?.focus();
  });

  const move = (index: number, direction: 'up' | 'down') => {
    const to = direction === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[index], next[to]] = [next[to]!, next[index]!];
    const id = order[index]!;
    focusAfterMove.current = { id, direction };
    setAnnouncement(fill(ctx.ui.position, { item: labels.get(id) ?? id, n: to + 1, total: order.length }));
    onAnswer(next);
  };

  return (
    <div class="k-ranking">
      <ol class="k-rank-list" ref={listRef}>
        {order.map((id, index) => {
          const label = labels.get(id) ?? id;
          return (
            <li class="k-rank-item" key={id}>
              <span class="k-rank-position" aria-hidden="true">
                {index + 1}
              </span>
              <span class="k-rank-label">{label}</span>
              {(['up', 'down'] as const).map((direction) => {
                const isAtEnd = direction === 'up' ? index === 0 : index === order.length - 1;
                return (
                  <button
                    type="button"
                    class="k-icon-button"
                    key={direction}
                    data-item={id}
                    data-direction={direction}
                    aria-label={fill(direction === 'up' ? ctx.ui.moveUp : ctx.ui.moveDown, { item: label })}
                    aria-disabled={isAtEnd || undefined}
                    onClick={() => move(index, direction)}
                  >
                    <ArrowIcon direction={direction} />
                  </button>
                );
              })}
            </li>
          );
        })}
      </ol>
      {value === undefined && (
        <button type="button" class="k-link-button" id={`${inputId}-keep`} onClick={() => (onAnswer(order), setAnnouncement(ctx.ui.orderKept))}>
          {ctx.ui.keepOrder}
        </button>
      )}
      <p class="k-sr" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
