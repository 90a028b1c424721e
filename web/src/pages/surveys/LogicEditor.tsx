import { useId } from 'react';
import type { Condition, Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { localize } from '../../../../src/engine/survey/text.js';
import { SelectField } from '../../components/SelectField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { asSimpleCondition, defaultConditionFor, opsFor, toCondition, valueChoicesFor } from './conditions.js';
import type { ConditionOp } from './conditions.js';

export const opLabels: Record<ConditionOp, MessageKey> = {
  answered: 'surveys.op.answered',
  not_answered: 'surveys.op.not_answered',
  eq: 'surveys.op.eq',
  neq: 'surveys.op.neq',
  gt: 'surveys.op.gt',
  gte: 'surveys.op.gte',
  lt: 'surveys.op.lt',
  lte: 'surveys.op.lte',
  includes: 'surveys.op.includes',
  excludes: 'surveys.op.excludes',
};

interface LogicEditorProps {
  survey: SurveyDefinition;
  /** The questions asked before this one: the only ones a condition may look at. */
  earlier: readonly Question[];
  condition: Condition | undefined;
  onChange: (condition: Condition | undefined) => void;
  numberOf: (questionId: string) => number | undefined;
  /** Whether the condition decides a whole page rather than one question. */
  isPage?: boolean;
}

/** "Show only if [earlier question] [is / is at least / …] [value]"; richer conditions are shown as they are. */
export function LogicEditor({ survey, earlier, condition, onChange, numberOf, isPage = false }: LogicEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const language = survey.defaultLanguage;
  const simple = asSimpleCondition(condition);
  const isOn = condition !== undefined;
  const subject = simple ? earlier.find((q) => q.id === simple.question) : undefined;
  const words = { yes: t('surveys.yes'), no: t('surveys.no') };
  const questionLabel = (q: Question) => {
    const text = localize(q.text, language, language).trim();
    const number = t('surveys.questionN', { n: numberOf(q.id) ?? '?' });
    return text ? `${number}: ${text.length > 60 ? `${text.slice(0, 57)}…` : text}` : number;
  };

  const toggle = (checked: boolean) => {
    const first = earlier.at(-1);
    if (!checked) onChange(undefined);
    else if (first) onChange(toCondition(defaultConditionFor(first, language, language)));
  };

  return (
    <div className="logic-editor">
      <label className="checkbox">
        <input type="checkbox" checked={isOn} disabled={!isOn && earlier.length === 0} onChange={(event) => toggle(event.target.checked)} aria-describedby={`${id}-hint`} />
        {t(isPage ? 'surveys.logic.showPageOnlyIf' : 'surveys.logic.showOnlyIf')}
      </label>
      {!isOn && (
        <p id={`${id}-hint`} className="field-hint">
          {earlier.length === 0 ? t('surveys.logic.noEarlier') : t('surveys.logic.always')}
        </p>
      )}
      {isOn && !simple && (
        <div className="logic-complex">
          <p className="field-hint">{t('surveys.logic.complex')}</p>
          <pre>
            <code>{JSON.stringify(condition, null, 2)}</code>
          </pre>
          <button type="button" className="button button-danger-quiet button-small" onClick={() => onChange(undefined)}>
            {t('surveys.logic.remove')}
          </button>
        </div>
      )}
      {isOn && simple && (
        <div className="logic-row">
          <SelectField
            label={t('surveys.logic.question')}
            value={simple.question}
            options={[
              ...(subject ? [] : [{ value: simple.question, label: t('surveys.logic.unknownQuestion', { id: simple.question }) }]),
              ...earlier.map((q) => ({ value: q.id, label: questionLabel(q) })),
            ]}
            onValueChange={(questionId) => {
              const chosen = earlier.find((q) => q.id === questionId);
              if (chosen) onChange(toCondition(defaultConditionFor(chosen, language, language)));
            }}
          />
          {subject && (
            <SelectField
              label={t('surveys.logic.op')}
              value={simple.op}
              options={opsFor(subject).map((op) => ({ value: op, label: t(opLabels[op]) }))}
              onValueChange={(value) => {
                const op = value as ConditionOp;
                const choices = valueChoicesFor(subject, op, language, language, words);
                const keep = choices.find((c) => c.parsed === simple.value);
                onChange(toCondition({ question: subject.id, op, ...(choices.length ? { value: (keep ?? choices[0])!.parsed } : {}) }));
              }}
            />
          )}
          {subject && <ValueSelect subject={subject} op={simple.op} value={simple.value} language={language} words={words} onValue={(value) => onChange(toCondition({ ...simple, value }))} />}
        </div>
      )}
    </div>
  );
}

interface ValueSelectProps {
  subject: Question;
  op: ConditionOp;
  value: number | string | boolean | undefined;
  language: string;
  words: { yes: string; no: string };
  onValue: (value: number | string | boolean) => void;
}

function ValueSelect({ subject, op, value, language, words, onValue }: ValueSelectProps) {
  const { t } = useI18n();
  const choices = valueChoicesFor(subject, op, language, language, words);
  if (choices.length === 0) return null;
  const current = choices.find((c) => c.parsed === value);
  const options = current ? choices : [{ value: String(value), label: String(value), parsed: value ?? '' }, ...choices];
  return (
    <SelectField
      label={t('surveys.logic.value')}
      value={String(value)}
      options={options.map((c) => ({ value: c.value, label: c.label }))}
      onValueChange={(next) => {
        const chosen = choices.find((c) => c.value === next);
        if (chosen) onValue(chosen.parsed);
      }}
    />
  );
}
