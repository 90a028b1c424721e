import type { AnswerValue } from '../../../src/engine/survey/logic.js';
import type { LocalizedText, Question } from '../../../src/engine/survey/schema.js';
import type { UiStrings } from './strings.js';

/** What every question needs besides itself: the words, the language and the seed for shuffles. */
export interface RenderContext {
  /** A survey text in the respondent's language with placeholders filled: plain text. */
  text: (text: LocalizedText | undefined) => string;
  ui: UiStrings;
  language: string;
  seed: string;
}

export interface QuestionProps<Q extends Question = Question> {
  question: Q;
  value: AnswerValue | undefined;
  onAnswer: (value: AnswerValue | undefined) => void;
  ctx: RenderContext;
  /** The id of the question's main input (single-input questions) or the prefix for its inputs. */
  inputId: string;
  /** Ids of the description, hint and error, for inputs that are not inside the question's fieldset. */
  describedBy: string | undefined;
}

/** One type of question, picked out of the union. */
export type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;
