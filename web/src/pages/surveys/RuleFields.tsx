import type { Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { shownText } from '../../../../src/engine/survey/text.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { defaultConditionFor, hiddenOps, hiddenRule, opsFor, shorten, toCondition, valueChoicesFor } from './conditions.js';
import type { ConditionOp, ConditionValue, HiddenOp, Rule } from './conditions.js';
import { IconButton } from './controls.js';

export const opLabels: Record<ConditionOp | HiddenOp, MessageKey> = {
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
  present: 'surveys.op.present',
  absent: 'surveys.op.absent',
};

export interface RuleContext {
  survey: SurveyDefinition;
  /** The questions the rule may look at; hidden fields it always may. */
  questions: readonly Question[];
  numberOf: (questionId: string) => number | undefined;
}

interface RuleFieldsProps extends RuleContext {
  rule: Rule;
  /** 1-based, for the group's name and the remove button's. */
  n: number;
  onChange: (rule: Rule) => void;
  /** Absent when the rule is the condition's only one. */
  onRemove?: (() => void) | undefined;
}

/** What a rule looks at, as one select value: `q:<question id>` or `h:<hidden field key>`. */
const subjectOf = (rule: Rule) => ('question' in rule ? `q:${rule.question}` : `h:${rule.hidden}`);

/** One rule: "[question or hidden field] [op] [value]", with its own remove button. */
export function RuleFields({ survey, questions, numberOf, rule, n, onChange, onRemove }: RuleFieldsProps) {
  const { t } = useI18n();
  const language = survey.defaultLanguage;
  const subject = 'question' in rule ? questions.find((q) => q.id === rule.question) : undefined;
  const isKnown = 'question' in rule ? subject !== undefined : survey.hiddenFields.some((f) => f.key === rule.hidden);
  const questionLabel = (q: Question) => {
    const text = shownText(q.text, language, language).trim();
    const number = t('surveys.questionN', { n: numberOf(q.id) ?? '?' });
    return text ? `${number}: ${shorten(text)}` : number;
  };
  const unknown = 'question' in rule ? t('surveys.logic.unknownQuestion', { id: rule.question }) : t('surveys.logic.unknownHidden', { id: rule.hidden });

  const chooseSubject = (value: string) => {
    const question = questions.find((q) => `q:${q.id}` === value);
    if (question) return onChange(toCondition(defaultConditionFor(question, language, language)));
    const key = value.slice(2);
    // From one hidden field to another, the comparison stays; from a question, it starts as "has a value".
    onChange('hidden' in rule ? { ...rule, hidden: key } : hiddenRule(key, 'present'));
  };

  return (
    <fieldset className="rule-row">
      <legend className="visually-hidden">{t('surveys.logic.ruleN', { n })}</legend>
      <SelectField
        label={t('surveys.logic.subject')}
        value={subjectOf(rule)}
        options={[
          ...(isKnown ? [] : [{ value: subjectOf(rule), label: unknown }]),
          ...questions.map((q) => ({ value: `q:${q.id}`, label: questionLabel(q) })),
          ...survey.hiddenFields.map((f) => ({ value: `h:${f.key}`, label: t('surveys.logic.hiddenOption', { name: f.label ? `${shorten(f.label, 40)} (${f.key})` : f.key }) })),
        ]}
        onValueChange={chooseSubject}
      />
      {'hidden' in rule && <HiddenComparison rule={rule} onChange={onChange} />}
      {subject && 'question' in rule && <QuestionComparison subject={subject} rule={rule} language={language} onChange={onChange} />}
      {onRemove && <IconButton icon="close" tone="danger" className="rule-remove" label={t('surveys.logic.removeRule', { n })} onClick={onRemove} />}
    </fieldset>
  );
}

function HiddenComparison({ rule, onChange }: { rule: Extract<Rule, { hidden: string }>; onChange: (rule: Rule) => void }) {
  const { t } = useI18n();
  const value = 'value' in rule ? rule.value : '';
  return (
    <>
      <SelectField
        label={t('surveys.logic.op')}
        value={rule.op}
        options={hiddenOps.map((op) => ({ value: op, label: t(opLabels[op]) }))}
        onValueChange={(op) => onChange(hiddenRule(rule.hidden, op as HiddenOp, value))}
      />
      {'value' in rule && <TextField label={t('surveys.logic.value')} maxLength={500} value={value} onValueChange={(next) => onChange(hiddenRule(rule.hidden, rule.op, next))} />}
    </>
  );
}

interface QuestionComparisonProps {
  subject: Question;
  rule: Extract<Rule, { question: string }>;
  language: string;
  onChange: (rule: Rule) => void;
}

function QuestionComparison({ subject, rule, language, onChange }: QuestionComparisonProps) {
  const { t } = useI18n();
  const words = { yes: t('surveys.yes'), no: t('surveys.no') };
  const value = 'value' in rule ? rule.value : undefined;
  const choices = valueChoicesFor(subject, rule.op, language, language, words);
  const current = choices.find((c) => c.parsed === value);
  const shown = current ? choices : [{ value: String(value), label: String(value), parsed: value ?? '' }, ...choices];
  return (
    <>
      <SelectField
        label={t('surveys.logic.op')}
        value={rule.op}
        options={opsFor(subject).map((op) => ({ value: op, label: t(opLabels[op]) }))}
        onValueChange={(next) => {
          const op = next as ConditionOp;
          const nextChoices = valueChoicesFor(subject, op, language, language, words);
          const keep = nextChoices.find((c) => c.parsed === value);
          onChange(toCondition({ question: subject.id, op, ...(nextChoices.length ? { value: (keep ?? nextChoices[0])!.parsed } : {}) }));
        }}
      />
      {choices.length > 0 && (
        <SelectField
          label={t('surveys.logic.value')}
          value={String(value)}
          options={shown.map((c) => ({ value: c.value, label: c.label }))}
          onValueChange={(next) => {
            const chosen = choices.find((c) => c.value === next);
            if (chosen) onChange(toCondition({ question: subject.id, op: rule.op, value: chosen.parsed as ConditionValue }));
          }}
        />
      )}
    </>
  );
}
