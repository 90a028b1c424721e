import type { SurveyDefinition } from '../../../../../src/engine/survey/schema.js';
import { localize, shownText } from '../../../../../src/engine/survey/text.js';
import { shorten } from '../../surveys/conditions.js';
import { answerKindOf } from './ruleForm.js';
import type { AnswerKind } from './ruleForm.js';

/** What the watched surveys offer a rule's tests: their questions, hidden fields and languages. */

export interface QuestionChoice {
  id: string;
  label: string;
  kind: AnswerKind;
  /** For choice questions: the options, by id. */
  options: { id: string; label: string }[];
}

export interface SurveyFacts {
  questions: QuestionChoice[];
  hiddenKeys: string[];
  languages: string[];
}

/** Questions by id (the same id in two surveys is one subject for a rule), in the order first met. */
export function surveyFacts(definitions: readonly SurveyDefinition[], uiLanguage: string): SurveyFacts {
  const questions = new Map<string, QuestionChoice>();
  const hiddenKeys = new Set<string>();
  const languages = new Set<string>();
  for (const survey of definitions) {
    const text = (value: Parameters<typeof localize>[0]) => localize(value, uiLanguage, survey.defaultLanguage).trim();
    survey.languages.forEach((language) => languages.add(language));
    survey.hiddenFields.forEach((field) => hiddenKeys.add(field.key));
    for (const page of survey.pages) {
      for (const question of page.questions) {
        const options = 'options' in question ? question.options.map((o) => ({ id: o.id, label: text(o.label) || o.id })) : [];
        const known = questions.get(question.id);
        if (known) {
          for (const option of options) if (!known.options.some((o) => o.id === option.id)) known.options.push(option);
          continue;
        }
        const words = shownText(question.text, uiLanguage, survey.defaultLanguage).trim();
        questions.set(question.id, { id: question.id, label: words ? `${shorten(words, 70)} (${question.id})` : question.id, kind: answerKindOf(question.type), options });
      }
    }
  }
  return { questions: [...questions.values()], hiddenKeys: [...hiddenKeys].sort(), languages: [...languages].sort() };
}
