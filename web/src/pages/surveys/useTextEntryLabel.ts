import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { TextEntry, TextKind } from './texts.js';

const keys: Record<TextKind, MessageKey> = {
  title: 'surveys.text.title',
  welcome: 'surveys.text.welcome',
  pageTitle: 'surveys.text.pageTitle',
  question: 'surveys.text.question',
  description: 'surveys.text.description',
  labelLow: 'surveys.text.labelLow',
  labelHigh: 'surveys.text.labelHigh',
  cliRecommend: 'surveys.text.cliRecommend',
  cliBuyAgain: 'surveys.text.cliBuyAgain',
  cliTryOther: 'surveys.text.cliTryOther',
  option: 'surveys.text.option',
  row: 'surveys.text.row',
  column: 'surveys.text.column',
  endingTitle: 'surveys.text.endingTitle',
  endingMessage: 'surveys.text.endingMessage',
};

/** Names a text of the survey for the translation view: "Question 2, option 3". */
export function useTextEntryLabel(survey: SurveyDefinition): (entry: TextEntry) => string {
  const { t } = useI18n();
  const firstNumbers: number[] = [];
  survey.pages.reduce((next, page, p) => {
    firstNumbers[p] = next;
    return next + page.questions.length;
  }, 1);
  return (entry) => {
    const question = entry.page !== undefined && entry.question !== undefined ? (firstNumbers[entry.page] ?? 1) + entry.question : 0;
    const page = (entry.page ?? 0) + 1;
    return t(keys[entry.kind], { question, page, item: entry.item ?? 1 });
  };
}
