import type { Question } from '../../../../src/engine/survey/schema.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { NumberField } from './controls.js';
import { setScaleLabel, setText } from './definition.js';
import type { Wording } from './definition.js';
import { OptionsEditor } from './OptionsEditor.js';

interface QuestionFieldsProps {
  question: Question;
  language: string;
  wording: Wording;
  onChange: (change: (question: Question) => Question) => void;
}

/** The settings only some question types have: options, scales, lengths, dates. */
export function QuestionFields({ question, language, wording, onChange }: QuestionFieldsProps) {
  const { t } = useI18n();
  const set = <Q extends Question>(patch: Partial<Q>) => onChange((q) => ({ ...q, ...patch }) as Question);
  const styleOptions = [
    { value: 'smileys', label: t('surveys.style.smileys') },
    { value: 'stars', label: t('surveys.style.stars') },
    { value: 'numbers', label: t('surveys.style.numbers') },
  ];

  const fields = [];
  if (question.type === 'cli') {
    const items = question.items;
    const item = (key: keyof typeof items, label: string) => (
      <TextField
        key={key}
        label={label}
        value={items[key][language] ?? ''}
        onValueChange={(value) => set({ items: { ...items, [key]: setText(items[key], language, value, language) } })}
      />
    );
    fields.push(
      <div key="cli" className="field-row field-row-narrow">
        {item('recommend', t('surveys.cli.recommend'))}
        {item('buy_again', t('surveys.cli.buyAgain'))}
        {item('try_other', t('surveys.cli.tryOther'))}
      </div>,
    );
  }
  if (question.type === 'csat') {
    fields.push(
      <SelectField key="style" className="field-short" label={t('surveys.style')} value={question.style} options={styleOptions} onValueChange={(value) => set({ style: value as 'stars' })} />,
    );
  }
  if (question.type === 'rating') {
    fields.push(
      <div key="scale" className="field-row field-row-narrow">
        <SelectField label={t('surveys.style')} value={question.style} options={styleOptions} onValueChange={(value) => set({ style: value as 'stars' })} />
        <SelectField
          label={t('surveys.scaleFrom')}
          value={String(question.min)}
          options={[0, 1].map((n) => ({ value: String(n), label: String(n) }))}
          onValueChange={(value) => set({ min: Number(value) })}
        />
        <SelectField
          label={t('surveys.scaleTo')}
          value={String(question.max)}
          options={[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ value: String(n), label: String(n) }))}
          onValueChange={(value) => set({ max: Number(value) })}
        />
      </div>,
    );
  }
  if (hasScaleLabels(question)) {
    const labels = question.labels;
    const setLabel = (side: 'low' | 'high', value: string) => onChange((q) => (hasScaleLabels(q) ? setScaleLabel(q, side, language, value) : q));
    fields.push(
      <div key="labels" className="field-row">
        <TextField label={t('surveys.labelLow')} hint={t('surveys.optional')} value={labels?.low[language] ?? ''} onValueChange={(value) => setLabel('low', value)} />
        <TextField label={t('surveys.labelHigh')} hint={t('surveys.optional')} value={labels?.high[language] ?? ''} onValueChange={(value) => setLabel('high', value)} />
      </div>,
    );
  }
  if ('options' in question) {
    fields.push(
      <OptionsEditor
        key="options"
        kind="option"
        items={question.options}
        language={language}
        wording={wording}
        min={2}
        max={question.type === 'dropdown' ? 1000 : question.type === 'ranking' ? 20 : 100}
        onChange={(options) => set({ options })}
      />,
    );
  }
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    fields.push(
      <label key="shuffle" className="checkbox">
        <input type="checkbox" checked={question.shuffle} onChange={(event) => set({ shuffle: event.target.checked })} />
        {t('surveys.shuffle')}
      </label>,
    );
  }
  if (question.type === 'multiple_choice') {
    const count = question.options.length;
    fields.push(
      <div key="minmax" className="field-row">
        <NumberField label={t('surveys.minChoices')} hint={t('surveys.optional')} isOptional value={question.min} min={1} max={count} onValue={(min) => onChange((q) => withOptional(q, 'min', min))} />
        <NumberField label={t('surveys.maxChoices')} hint={t('surveys.optional')} isOptional value={question.max} min={1} max={count} onValue={(max) => onChange((q) => withOptional(q, 'max', max))} />
      </div>,
    );
  }
  if (question.type === 'short_text' || question.type === 'long_text') {
    fields.push(
      <NumberField
        key="maxLength"
        className="field-short"
        label={t('surveys.maxLength')}
        value={question.maxLength}
        min={1}
        max={question.type === 'short_text' ? 1000 : 20000}
        onValue={(maxLength) => set({ maxLength: maxLength ?? question.maxLength })}
      />,
    );
  }
  if (question.type === 'matrix') {
    fields.push(
      <div key="matrix" className="field-row">
        <OptionsEditor kind="row" items={question.rows} language={language} wording={wording} min={1} max={50} onChange={(rows) => set({ rows })} />
        <OptionsEditor kind="column" items={question.columns} language={language} wording={wording} min={2} max={11} onChange={(columns) => set({ columns })} />
      </div>,
    );
  }
  if (question.type === 'date') {
    fields.push(
      <div key="dates" className="field-row">
        <TextField label={t('surveys.earliestDate')} hint={t('surveys.optional')} type="date" value={question.min ?? ''} onValueChange={(value) => onChange((q) => withOptional(q, 'min', value || undefined))} />
        <TextField label={t('surveys.latestDate')} hint={t('surveys.optional')} type="date" value={question.max ?? ''} onValueChange={(value) => onChange((q) => withOptional(q, 'max', value || undefined))} />
      </div>,
    );
  }
  return fields.length ? <div className="question-fields">{fields}</div> : null;
}

/** Sets an optional property, or leaves it out altogether when it has no value (the schema rejects undefined in JSON). */
function withOptional(question: Question, key: string, value: unknown): Question {
  const copy = { ...question } as Record<string, unknown>;
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as Question;
}

type ScaleQuestion = Extract<Question, { type: 'nps' | 'ces' | 'cli' | 'rating' }>;

/** The questions whose scale ends can be named ("Not at all likely" … "Extremely likely"). */
const hasScaleLabels = (question: Question): question is ScaleQuestion =>
  question.type === 'nps' || question.type === 'ces' || question.type === 'cli' || question.type === 'rating';
