import { walkSurvey, type AnswerValue, type HiddenValues } from '../../../src/engine/survey/logic.js';
import { cliItems } from '../../../src/engine/survey/scales.js';
import type { Question, SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { scoreWeights } from './plan.js';
import { clamp01, scoreAt, type Random } from './random.js';

/**
 * One respondent's answers to a survey definition, built from its questions and logic: each
 * question the logic shows gets an answer fitting its type (or is skipped, when it may be), and
 * the scores follow the respondent's mood, so NPS, CSAT and the rest agree with each other.
 */

type Language = 'en' | 'fi' | 'pl';

const comments: Record<Language, { good: string[]; bad: string[]; also: string[] }> = {
  en: {
    good: ['Fast and friendly service.', 'The app just works.', 'Great support, solved my issue in minutes.', 'Easy to use and fairly priced.', 'Love the new dashboard.', 'Delivery was quicker than promised.'],
    bad: ['Took far too long to get an answer.', 'The invoice was wrong again.', 'Hard to find the settings I need.', 'Too expensive for what it does.', 'The mobile app keeps crashing.', 'Nobody called me back.'],
    also: ['Thanks!', 'Keep it up.', 'Please add dark mode.', 'Export to Excel would help.', 'More languages, please.'],
  },
  fi: {
    good: ['Nopea ja ystävällinen palvelu.', 'Sovellus toimii hyvin.', 'Asiakaspalvelu ratkaisi ongelman heti.', 'Helppokäyttöinen ja edullinen.', 'Uusi näkymä on selkeä.', 'Toimitus tuli luvattua nopeammin.'],
    bad: ['Vastausta sai odottaa liian kauan.', 'Lasku oli taas väärin.', 'Asetuksia on vaikea löytää.', 'Liian kallis.', 'Mobiilisovellus kaatuu usein.', 'Kukaan ei soittanut takaisin.'],
    also: ['Kiitos!', 'Hyvää jatkoa.', 'Tumma teema olisi kiva.', 'Excel-vienti auttaisi.'],
  },
  pl: {
    good: ['Szybka i miła obsługa.', 'Aplikacja po prostu działa.', 'Wsparcie rozwiązało problem od ręki.', 'Łatwe w użyciu i w dobrej cenie.', 'Nowy panel jest świetny.', 'Dostawa szybciej niż obiecano.'],
    bad: ['Na odpowiedź czekałem za długo.', 'Faktura znowu była błędna.', 'Trudno znaleźć potrzebne ustawienia.', 'Za drogo.', 'Aplikacja mobilna często się zawiesza.', 'Nikt do mnie nie oddzwonił.'],
    also: ['Dziękuję!', 'Tak trzymać.', 'Przydałby się ciemny motyw.', 'Eksport do Excela by pomógł.'],
  },
};

export function commentText(random: Random, language: Language, mood: number): string {
  const bank = comments[language];
  const first = random.pick(mood < 0.45 ? bank.bad : mood > 0.6 ? bank.good : random.chance(0.5) ? bank.good : bank.bad);
  return random.chance(0.4) ? `${first} ${random.pick(bank.also)}` : first;
}

/** The respondent's latent mood for one question: their overall mood plus a little noise. */
const moodFor = (random: Random, mood: number) => clamp01(mood + (random.next() - 0.5) * 0.25);

/** An answer to one shown question, or undefined to skip it. */
function answerTo(question: Question, random: Random, language: Language, mood: number): AnswerValue | undefined {
  const optional = !question.required;
  switch (question.type) {
    case 'nps':
    case 'csat':
    case 'ces': {
      if (optional && random.chance(0.06)) return undefined;
      const weights = scoreWeights[question.type];
      return scoreAt(weights, question.type === 'nps' ? 0 : 1, moodFor(random, mood));
    }
    case 'rating':
      if (optional && random.chance(0.06)) return undefined;
      return question.min + Math.floor(moodFor(random, mood) * (question.max - question.min + 1));
    case 'cli': {
      const items: Record<string, number> = {};
      for (const item of cliItems) if (question.required || !random.chance(0.08)) items[item] = scoreAt(scoreWeights.cli, 0, moodFor(random, mood));
      return Object.keys(items).length ? items : undefined;
    }
    case 'single_choice':
    case 'dropdown': {
      if (optional && random.chance(0.05)) return undefined;
      // Options are listed best first in the templates (yes, partly, no): happier respondents pick earlier ones.
      const i = Math.min(question.options.length - 1, Math.floor((1 - moodFor(random, mood)) * question.options.length));
      return question.options[i]!.id;
    }
    case 'multiple_choice': {
      if (optional && random.chance(0.3)) return undefined;
      const chosen = question.options.filter(() => random.chance(0.35)).map((o) => o.id);
      const atLeast = Math.max(1, question.min ?? 1);
      for (const option of question.options) if (chosen.length < atLeast && !chosen.includes(option.id)) chosen.push(option.id);
      return question.max !== undefined ? chosen.slice(0, question.max) : chosen;
    }
    case 'short_text':
    case 'long_text':
      // Unhappy respondents write more often.
      if (optional && !random.chance(mood < 0.4 ? 0.45 : 0.25)) return undefined;
      return commentText(random, language, mood).slice(0, question.maxLength);
    case 'consent':
      if (question.required) return true;
      return random.chance(0.3) ? random.chance(0.8) : undefined;
    default:
      throw new Error(`the dashboards generator does not answer ${question.type} questions`);
  }
}

/**
 * Answers to every question the logic shows, decided in the order they appear (an answer can show
 * later questions), and the ending the path reaches. Only answers to questions still shown at the
 * end are kept, so the result is what validateResponse accepts.
 */
export function answersFor(definition: SurveyDefinition, hidden: HiddenValues, random: Random, language: Language, mood: number): { answers: Record<string, AnswerValue>; endingId: string; firstPage: string[] } {
  const answers: Record<string, AnswerValue> = {};
  const decided = new Set<string>();
  for (;;) {
    const open = walkSurvey(definition, answers, hidden).questions.filter((q) => !decided.has(q.id));
    if (open.length === 0) break;
    for (const question of open) {
      decided.add(question.id);
      const value = answerTo(question, random, language, mood);
      if (value !== undefined) answers[question.id] = value;
    }
  }
  const path = walkSurvey(definition, answers, hidden);
  const shown = new Set(path.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!shown.has(id)) delete answers[id];
  const firstPage = path.pages[0]?.questions.map((q) => q.id) ?? [];
  return { answers, endingId: path.ending.id, firstPage };
}

export type { Language };
