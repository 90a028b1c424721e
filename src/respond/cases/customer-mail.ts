import { pickUiLocale, type UiLocale } from '../../engine/i18n/locales.js';
import { fillParams as fill } from '../../engine/i18n/fill.js';

/**
 * The words of the mails Kuulo itself writes to a customer about their case (the recovery survey,
 * a reply with no template), in the customer's language: the case's, else the contact's, else the
 * workspace's.
 */

interface CustomerWords {
  greeting: string;
  greetingNamed: string;
  recoverySubject: string;
  recoveryBody: string;
  replySubject: string;
}

const words: Record<UiLocale, CustomerWords> = {
  en: {
    greeting: 'Hello,',
    greetingNamed: 'Hello {name},',
    recoverySubject: 'How did we do?',
    recoveryBody: 'We have closed case {number}. Would you tell us in a minute how we handled it?',
    replySubject: 'About your feedback (case {number})',
  },
  fi: {
    greeting: 'Hei,',
    greetingNamed: 'Hei {name},',
    recoverySubject: 'Miten onnistuimme?',
    recoveryBody: 'Olemme sulkeneet asian {number}. Kertoisitko minuutissa, miten hoidimme sen?',
    replySubject: 'Palautteestasi (asia {number})',
  },
  pl: {
    greeting: 'Dzień dobry,',
    greetingNamed: 'Dzień dobry, {name},',
    recoverySubject: 'Jak nam poszło?',
    recoveryBody: 'Zamknęliśmy sprawę {number}. Czy w minutę powiesz nam, jak ją załatwiliśmy?',
    replySubject: 'W sprawie Twojej opinii (sprawa {number})',
  },
};

/** The first of the customer's languages Kuulo writes in, else English. */
export const customerLocale = (languages: readonly (string | null | undefined)[]): UiLocale => pickUiLocale(languages.filter((l): l is string => !!l));

/** The recovery survey's invitation: a greeting, why we ask, and the personal link. */
export function recoveryMail(locale: UiLocale, values: { name: string | null; number: number; url: string }): { subject: string; text: string } {
  const w = words[locale];
  const greeting = values.name ? fill(w.greetingNamed, { name: values.name }) : w.greeting;
  return { subject: w.recoverySubject, text: `${greeting}\n\n${fill(w.recoveryBody, { number: values.number })}\n\n${values.url}\n` };
}

/** The subject of a reply written without a template. */
export const replySubject = (locale: UiLocale, number: number) => fill(words[locale].replySubject, { number });
