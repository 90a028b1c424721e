import type { LocalizedText } from '../../../../src/engine/survey/schema.js';
import { isLocale } from '../../i18n/locale.js';
import { translate } from '../../i18n/messages.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Wording, WordingKey } from './definition.js';

const keys: Record<WordingKey, MessageKey> = {
  nps: 'surveys.wording.nps',
  csat: 'surveys.wording.csat',
  ces: 'surveys.wording.ces',
  cli: 'surveys.wording.cli',
  cliRecommend: 'surveys.wording.cliRecommend',
  cliBuyAgain: 'surveys.wording.cliBuyAgain',
  cliTryOther: 'surveys.wording.cliTryOther',
  option: 'surveys.wording.option',
  row: 'surveys.wording.row',
  column: 'surveys.wording.column',
};

/**
 * Wording for new questions in every survey language Kuulo itself speaks (English, Finnish,
 * Polish); other languages start empty, and the default language always has an entry, so the
 * logic check points at what the author still has to write.
 */
export function surveyWording(defaultLanguage: string, languages: readonly string[]): Wording {
  return (key, n) => {
    const text: LocalizedText = { [defaultLanguage]: '' };
    for (const language of languages) {
      const primary = language.split('-')[0];
      if (isLocale(primary)) text[language] = translate(primary, keys[key], { n: n ?? 1 });
    }
    return text;
  };
}
