import type { LocalizedText, SurveyDefinitionInput } from '../schema.js';
import { localize } from '../text.js';
import ces from './ces.json' with { type: 'json' };
import cli from './cli.json' with { type: 'json' };
import csat from './csat.json' with { type: 'json' };
import nps from './nps.json' with { type: 'json' };
import postSupport from './post-support.json' with { type: 'json' };

/** A ready-made survey a workspace can start from; `id` is also the name of its JSON file. */
export interface SurveyTemplate {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  definition: SurveyDefinitionInput;
}

/**
 * What the templates' hidden fields are for, in each language Kuulo speaks (the JSON keeps the
 * English). A field's description is the survey's own text, read by the people who build it, so
 * a new survey gets them in its workspace's language.
 */
const hiddenFieldLabels: Record<string, LocalizedText> = {
  company: {
    en: 'Company name, shown in the English questions',
    fi: 'Yrityksen nimi, näkyy englanninkielisissä kysymyksissä',
    pl: 'Nazwa firmy, widoczna w pytaniach po angielsku',
  },
  'ces:company': {
    en: 'Company name, shown in the English and Finnish statements',
    fi: 'Yrityksen nimi, näkyy englannin- ja suomenkielisissä väittämissä',
    pl: 'Nazwa firmy, widoczna w stwierdzeniach po angielsku i fińsku',
  },
  case_id: { en: 'Support case id', fi: 'Tukipyynnön numero', pl: 'Numer zgłoszenia' },
};

/**
 * A template's definition for a workspace whose default language is `language`: its hidden fields
 * described in that language (English where it has no words), and that language the survey's
 * default when the template is written in it, so a Finnish workspace's new survey is edited in
 * Finnish first and greets respondents in Finnish unless they ask for another.
 */
export function templateDefinitionIn(template: SurveyTemplate, language: string): SurveyDefinitionInput {
  const { definition } = template;
  const hiddenFields = (definition.hiddenFields ?? []).map((field) => {
    const words = hiddenFieldLabels[`${template.id}:${field.key}`] ?? hiddenFieldLabels[field.key];
    return words ? { ...field, label: localize(words, language, 'en') } : field;
  });
  const defaultLanguage = definition.languages.includes(language) ? language : definition.defaultLanguage;
  return { ...definition, hiddenFields, defaultLanguage };
}

/**
 * The built-in templates, in English, Finnish and Polish. They are plain JSON so that the server
 * and the browser load the same data; templates.test.ts checks that each one parses, passes the
 * logic check without a single problem, and routes its answers as intended.
 */
export const surveyTemplates: SurveyTemplate[] = [
  {
    id: 'nps',
    name: { en: 'Net Promoter Score (NPS)', fi: 'Suositteluhalukkuus (NPS)', pl: 'Net Promoter Score (NPS)' },
    description: {
      en: 'How likely customers are to recommend you. The follow-up question is worded for detractors, passives and promoters, and unhappy customers can ask to be contacted.',
      fi: 'Kuinka todennäköisesti asiakkaasi suosittelisivat teitä. Jatkokysymys muotoillaan erikseen arvostelijoille, passiivisille ja suosittelijoille, ja tyytymättömät asiakkaat voivat pyytää yhteydenottoa.',
      pl: 'Jak bardzo prawdopodobne jest, że klienci polecą Twoją firmę. Pytanie uzupełniające jest inne dla krytyków, neutralnych i promotorów, a niezadowoleni klienci mogą poprosić o kontakt.',
    },
    definition: nps as SurveyDefinitionInput,
  },
  {
    id: 'csat',
    name: { en: 'Customer satisfaction (CSAT)', fi: 'Asiakastyytyväisyys (CSAT)', pl: 'Zadowolenie klientów (CSAT)' },
    description: {
      en: 'Satisfaction on a 1–5 scale with smileys, then what went wrong or what went well.',
      fi: 'Tyytyväisyys asteikolla 1–5 hymiöillä. Sen jälkeen kysytään, mikä meni pieleen tai missä onnistuttiin.',
      pl: 'Zadowolenie w skali 1–5 z emotikonami, a następnie pytanie o to, co poszło nie tak lub co się udało.',
    },
    definition: csat as SurveyDefinitionInput,
  },
  {
    id: 'ces',
    name: { en: 'Customer effort (CES)', fi: 'Asioinnin helppous (CES)', pl: 'Wysiłek klienta (CES)' },
    description: {
      en: 'How easy it was to get things done with you, on a 1–7 agreement scale, and what made it difficult when it was not.',
      fi: 'Kuinka helppoa asiointi kanssanne oli, asteikolla 1–7. Jos asiointi oli hankalaa, kysytään mikä sen teki hankalaksi.',
      pl: 'Jak łatwo było załatwić sprawę w Twojej firmie, w skali zgody 1–7, oraz co sprawiło trudność, jeśli nie było łatwo.',
    },
    definition: ces as SurveyDefinitionInput,
  },
  {
    id: 'cli',
    name: { en: 'Customer loyalty index (CLI)', fi: 'Asiakasuskollisuusindeksi (CLI)', pl: 'Indeks lojalności klientów (CLI)' },
    description: {
      en: 'Three 0–10 questions: would customers recommend you, buy again and try your other products or services. Ends with an optional comment.',
      fi: 'Kolme kysymystä asteikolla 0–10: suosittelisivatko asiakkaat teitä, ostaisivatko he uudelleen ja kokeilisivatko he muita tuotteitanne tai palveluitanne. Lopuksi vapaaehtoinen kommentti.',
      pl: 'Trzy pytania w skali 0–10: czy klienci polecą Twoją firmę, kupią ponownie i wypróbują inne produkty lub usługi. Na końcu opcjonalny komentarz.',
    },
    definition: cli as SurveyDefinitionInput,
  },
  {
    id: 'post-support',
    name: { en: 'After a support case', fi: 'Tukipyynnön jälkeen', pl: 'Po zamknięciu zgłoszenia' },
    description: {
      en: 'Send when a support case closes: satisfaction with the support, whether the issue was resolved, how easy it was, and a comment. Pass the case number in the case_id hidden field.',
      fi: 'Lähetä, kun tukipyyntö suljetaan: tyytyväisyys asiakaspalveluun, ratkesiko asia, kuinka helppoa se oli ja vapaa kommentti. Välitä tukipyynnön numero piilokentässä case_id.',
      pl: 'Wysyłaj po zamknięciu zgłoszenia: zadowolenie z obsługi, czy sprawa została rozwiązana, jak łatwo było ją załatwić oraz komentarz. Numer zgłoszenia przekaż w ukrytym polu case_id.',
    },
    definition: postSupport as SurveyDefinitionInput,
  },
];
