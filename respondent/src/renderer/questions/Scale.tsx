import { cliItems } from '../../../../src/engine/survey/scales.js';
import type { Question } from '../../../../src/engine/survey/schema.js';
import { SmileyIcon, StarIcon } from '../icons.js';
import type { UiStrings } from '../strings.js';
import type { QuestionProps } from '../types.js';

type ScaleQuestion = Extract<Question, { type: 'nps' | 'csat' | 'ces' | 'rating' }>;
type Style = 'numbers' | 'stars' | 'smileys';

interface ScaleRowProps {
  name: string;
  min: number;
  max: number;
  selected: number | undefined;
  onSelect: (value: number) => void;
  style: Style;
  /** Words for a point, added to its number for assistive technology (the visible ends say them too). */
  pointLabel: (value: number) => string | undefined;
  low?: string;
  high?: string;
  describedBy?: string;
}

/** A row of radio buttons from min to max: numbers, stars or faces, with the end labels under it. */
function ScaleRow({ name, min, max, selected, onSelect, style, pointLabel, low, high, describedBy }: ScaleRowProps) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <div class={`k-scale k-scale--${style}`} data-points={values.length}>
      <div class="k-scale-points">
        {values.map((value) => {
          const label = pointLabel(value);
          const isSelected = selected === value;
          // Stars fill up to the chosen one; a 0 point stays a number (there is no "zero stars").
          const isFilled = selected !== undefined && value <= selected && value > 0;
          const mood = values.length > 1 ? ((value - min) / (max - min)) * 2 - 1 : 0;
          return (
            <label class={`k-point${isSelected ? ' is-selected' : ''}${style === 'stars' && isFilled ? ' is-filled' : ''}`} key={value}>
              <input type="radio" class="k-point-input" name={name} value={value} checked={isSelected} onChange={() => onSelect(value)} aria-describedby={describedBy} />
              <span class="k-point-face">
                {style === 'stars' && value > 0 ? <StarIcon isFilled={isFilled} /> : style === 'smileys' ? <SmileyIcon mood={mood} /> : <span aria-hidden="true">{value}</span>}
                <span class="k-sr">{label ? `${value}: ${label}` : value}</span>
              </span>
            </label>
          );
        })}
      </div>
      {(low || high) && (
        <div class="k-scale-ends" aria-hidden="true">
          <span>{low}</span>
          <span>{high}</span>
        </div>
      )}
    </div>
  );
}

const csatWords = (ui: UiStrings) => [ui.csat1, ui.csat2, ui.csat3, ui.csat4, ui.csat5];

/** NPS 0–10, CSAT 1–5, CES 1–7 and ratings: one answer on one scale. */
export function ScaleQuestionView({ question, value, onAnswer, ctx, inputId }: QuestionProps<ScaleQuestion>) {
  const { ui, text } = ctx;
  const selected = typeof value === 'number' ? value : undefined;
  const row = { name: inputId, selected, onSelect: (n: number) => onAnswer(n) };
  switch (question.type) {
    case 'nps': {
      const low = question.labels ? text(question.labels.low) : ui.npsLow;
      const high = question.labels ? text(question.labels.high) : ui.npsHigh;
      return <ScaleRow {...row} min={0} max={10} style="numbers" low={low} high={high} pointLabel={(n) => (n === 0 ? low : n === 10 ? high : undefined)} />;
    }
    case 'ces': {
      const low = question.labels ? text(question.labels.low) : ui.cesLow;
      const high = question.labels ? text(question.labels.high) : ui.cesHigh;
      return <ScaleRow {...row} min={1} max={7} style="numbers" low={low} high={high} pointLabel={(n) => (n === 1 ? low : n === 7 ? high : undefined)} />;
    }
    case 'csat': {
      const words = csatWords(ui);
      return <ScaleRow {...row} min={1} max={5} style={question.style} low={words[0]} high={words[4]} pointLabel={(n) => words[n - 1]} />;
    }
    case 'rating': {
      const low = question.labels ? text(question.labels.low) : undefined;
      const high = question.labels ? text(question.labels.high) : undefined;
      return (
        <ScaleRow {...row} min={question.min} max={question.max} style={question.style} low={low} high={high} pointLabel={(n) => (n === question.min ? low : n === question.max ? high : undefined)} />
      );
    }
  }
}

/** The customer loyalty index: three 0–10 rows, each its own group of radios. */
export function CliQuestionView({ question, value, onAnswer, ctx, inputId }: QuestionProps<Extract<Question, { type: 'cli' }>>) {
  const { ui, text } = ctx;
  const answers = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const low = question.labels ? text(question.labels.low) : ui.npsLow;
  const high = question.labels ? text(question.labels.high) : ui.npsHigh;
  return (
    <div class="k-cli">
      {cliItems.map((item) => (
        <fieldset class="k-subgroup" key={item}>
          <legend class="k-sublegend">{text(question.items[item])}</legend>
          <ScaleRow
            name={`${inputId}-${item}`}
            min={0}
            max={10}
            style="numbers"
            selected={typeof answers[item] === 'number' ? (answers[item] as number) : undefined}
            onSelect={(n) => onAnswer({ ...answers, [item]: n })}
            low={low}
            high={high}
            pointLabel={(n) => (n === 0 ? low : n === 10 ? high : undefined)}
          />
        </fieldset>
      ))}
    </div>
  );
}
