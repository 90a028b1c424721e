import type { Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { metricScales } from '../../../../src/engine/survey/scales.js';
import { localize, shownText } from '../../../../src/engine/survey/text.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/I18nProvider.js';

interface AnswerFilterFieldsProps {
  definition: SurveyDefinition;
  /** `<question id>:<value>`, or empty. */
  value: string;
  onChange: (value: string) => void;
}

/** The values a question's answers can be filtered by: its scale or its options; written answers take any text. */
function choicesOf(question: Question, language: string, defaultLanguage: string): { value: string; label: string }[] | null {
  const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => ({ value: String(min + i), label: String(min + i) }));
  switch (question.type) {
    case 'nps':
    case 'csat':
    case 'ces':
      return range(metricScales[question.type].min, metricScales[question.type].max);
    case 'rating':
      return range(question.min, question.max);
    case 'single_choice':
    case 'multiple_choice':
    case 'dropdown':
    case 'ranking':
      return question.options.map((option) => ({ value: option.id, label: localize(option.label, language, defaultLanguage) || option.id }));
    case 'consent':
      return [{ value: 'true', label: '✓' }, { value: 'false', label: '✗' }];
    default:
      return null;
  }
}

const isFilterable = (question: Question) => !['cli', 'matrix', 'date'].includes(question.type);

/** Filter by one answer: a question of the survey, then a value of its scale or options, or text a written answer contains. */
export function AnswerFilterFields({ definition, value, onChange }: AnswerFilterFieldsProps) {
  const { t, locale } = useI18n();
  const questions = definition.pages.flatMap((page) => page.questions).filter(isFilterable);
  const split = value.indexOf(':');
  const questionId = split > 0 ? value.slice(0, split) : '';
  const answer = split > 0 ? value.slice(split + 1) : '';
  const question = questions.find((q) => q.id === questionId);
  const choices = question ? choicesOf(question, locale, definition.defaultLanguage) : null;
  const textOf = (q: Question) => shownText(q.text, locale, definition.defaultLanguage) || q.id;

  return (
    <>
      <SelectField
        label={t('surveys.filters.question')}
        value={questionId}
        options={[{ value: '', label: t('surveys.filters.anyAnswer') }, ...questions.map((q) => ({ value: q.id, label: textOf(q) }))]}
        onValueChange={(id) => onChange(id ? `${id}:${choicesOf(questions.find((q) => q.id === id)!, locale, definition.defaultLanguage)?.[0]?.value ?? ''}` : '')}
      />
      {question &&
        (choices ? (
          <SelectField label={t('surveys.filters.answerIs')} value={answer} options={choices} onValueChange={(picked) => onChange(`${question.id}:${picked}`)} />
        ) : (
          <TextField label={t('surveys.filters.answerContains')} value={answer} onValueChange={(text) => onChange(text ? `${question.id}:${text}` : `${question.id}:`)} />
        ))}
    </>
  );
}
