import { useMemo } from 'react';
import type { Question, SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { allQuestions } from '../../../../src/engine/survey/logic.js';
import { localize, shownText } from '../../../../src/engine/survey/text.js';
import type { ResponseChannel } from '../../api/surveys.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useResponseLabels } from '../surveys/responseLabels.js';
import { humanize, parseDimension } from './dimensions.js';

export interface DimensionLabels {
  /** "Channel", "Plan (contact)", "Store (hidden field)", or a choice question's text. */
  dimension: (dimension: string) => string;
  /** "Widget", "Finnish", an option's label; anything else as it is. */
  value: (dimension: string, value: string) => string;
  /** A question's text in the reader's language when the survey has it. */
  question: (questionId: string) => string;
}

/** A question's text in the UI language if the survey has it, else in the survey's own. */
export function questionText(question: Question | undefined, locale: string, definition: SurveyDefinition | undefined): string {
  if (!question || !definition) return '';
  return shownText(question.text, locale, definition.defaultLanguage);
}

/** Words for dimensions and their values; questions and options come from the surveys' definitions. */
export function useDimensionLabels(definitions: readonly SurveyDefinition[]): DimensionLabels {
  const { t, locale } = useI18n();
  const labels = useResponseLabels();
  const questions = useMemo(() => {
    const byId = new Map<string, { question: Question; definition: SurveyDefinition }>();
    for (const definition of definitions) for (const { question } of allQuestions(definition)) if (!byId.has(question.id)) byId.set(question.id, { question, definition });
    return byId;
  }, [definitions]);

  const question = (questionId: string) => {
    const found = questions.get(questionId);
    return questionText(found?.question, locale, found?.definition) || questionId;
  };

  return {
    question,
    dimension: (dimension) => {
      const parsed = parseDimension(dimension);
      switch (parsed?.kind) {
        case 'channel':
          return t('insights.dimension.channel');
        case 'language':
          return t('insights.dimension.language');
        case 'contact':
          return t('insights.dimension.contact', { name: humanize(parsed.name) });
        case 'hidden':
          return t('insights.dimension.hidden', { name: humanize(parsed.name) });
        case 'answer':
          return t('insights.dimension.answer', { question: question(parsed.questionId) });
        default:
          return dimension;
      }
    },
    value: (dimension, value) => {
      const parsed = parseDimension(dimension);
      if (parsed?.kind === 'channel') return labels.channel(value as ResponseChannel);
      if (parsed?.kind === 'language') return labels.language(value);
      if (parsed?.kind === 'answer') {
        const found = questions.get(parsed.questionId);
        const option = found && 'options' in found.question ? found.question.options.find((o) => o.id === value) : undefined;
        return option ? localize(option.label, locale, found!.definition.defaultLanguage) || value : value;
      }
      return value;
    },
  };
}
