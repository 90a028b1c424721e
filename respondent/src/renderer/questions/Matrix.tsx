import type { QuestionOf, QuestionProps } from '../types.js';

/**
 * A table of radios, one group per row. On a narrow screen each row becomes its own block with
 * the column names beside the radios (the CSS does that; the markup stays one table).
 */
export function MatrixQuestionView({ question, value, onAnswer, ctx, inputId }: QuestionProps<QuestionOf<'matrix'>>) {
  const answers = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  return (
    <table class="k-matrix">
      <thead>
        <tr>
          <td />
          {question.columns.map((column) => (
            <th scope="col" key={column.id}>
              {ctx.text(column.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {question.rows.map((row) => {
          const rowLabel = ctx.text(row.label);
          return (
            <tr key={row.id}>
              <th scope="row">{rowLabel}</th>
              {question.columns.map((column) => {
                const isChecked = answers[row.id] === column.id;
                return (
                  <td key={column.id}>
                    <label class={`k-matrix-cell${isChecked ? ' is-selected' : ''}`}>
                      <input type="radio" name={`${inputId}-${row.id}`} value={column.id} checked={isChecked} onChange={() => onAnswer({ ...answers, [row.id]: column.id })} />
                      <span class="k-matrix-label">
                        <span class="k-sr">{rowLabel}: </span>
                        {ctx.text(column.label)}
                      </span>
                    </label>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
