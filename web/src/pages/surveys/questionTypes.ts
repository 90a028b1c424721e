import type { QuestionType } from '../../../../src/engine/survey/schema.js';
import type { MessageKey } from '../../i18n/messages.js';

/** Each question type's name and one line about it, for the add menu and the card headers. */
export const questionTypeText: Record<QuestionType, { name: MessageKey; hint: MessageKey }> = {
  nps: { name: 'surveys.type.nps', hint: 'surveys.typeHint.nps' },
  csat: { name: 'surveys.type.csat', hint: 'surveys.typeHint.csat' },
  ces: { name: 'surveys.type.ces', hint: 'surveys.typeHint.ces' },
  cli: { name: 'surveys.type.cli', hint: 'surveys.typeHint.cli' },
  rating: { name: 'surveys.type.rating', hint: 'surveys.typeHint.rating' },
  single_choice: { name: 'surveys.type.single_choice', hint: 'surveys.typeHint.single_choice' },
  multiple_choice: { name: 'surveys.type.multiple_choice', hint: 'surveys.typeHint.multiple_choice' },
  dropdown: { name: 'surveys.type.dropdown', hint: 'surveys.typeHint.dropdown' },
  short_text: { name: 'surveys.type.short_text', hint: 'surveys.typeHint.short_text' },
  long_text: { name: 'surveys.type.long_text', hint: 'surveys.typeHint.long_text' },
  matrix: { name: 'surveys.type.matrix', hint: 'surveys.typeHint.matrix' },
  ranking: { name: 'surveys.type.ranking', hint: 'surveys.typeHint.ranking' },
  date: { name: 'surveys.type.date', hint: 'surveys.typeHint.date' },
  consent: { name: 'surveys.type.consent', hint: 'surveys.typeHint.consent' },
};
