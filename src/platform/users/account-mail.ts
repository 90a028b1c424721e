import type { UiLocale } from '../../engine/i18n/locales.js';

/**
 * The mails Kuulo sends about people's own accounts (an invitation to a workspace, a password
 * reset link), in English, Finnish and Polish, with dates in the workspace's time zone and the
 * reader's language.
 */

export interface AccountMail {
  subject: string;
  text: string;
}

/** How a link's expiry is written: the reader's date format, the workspace's time zone, named. */
export const expiryFormat = { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;

/** E.g. "14. joulukuuta 2026 klo 12.00 UTC+2", "14 December 2026 at 12:00 GMT+2". */
export function formatExpiry(at: Date, locale: UiLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { ...expiryFormat, timeZone }).format(at);
}

export interface InvitationMailInput {
  locale: UiLocale;
  timeZone: string;
  inviterName: string;
  workspaceName: string;
  name: string | null;
  url: string;
  expiresAt: Date;
}

const invitationTexts: Record<UiLocale, (input: InvitationMailInput & { expires: string }) => AccountMail> = {
  en: (m) => ({
    subject: `${m.inviterName} invited you to ${m.workspaceName} on Kuulo`,
    text: [
      m.name ? `Hello ${m.name},` : 'Hello,',
      '',
      `${m.inviterName} invited you to join the workspace "${m.workspaceName}" on Kuulo, where your team reads and answers what customers say.`,
      '',
      'Open this link to choose your password and sign in:',
      m.url,
      '',
      `The link works once and expires on ${m.expires}.`,
      'If you did not expect this invitation, you can ignore this message.',
    ].join('\n'),
  }),
  fi: (m) => ({
    subject: `${m.inviterName} kutsui sinut Kuulon työtilaan ${m.workspaceName}`,
    text: [
      m.name ? `Hei ${m.name},` : 'Hei,',
      '',
      `${m.inviterName} kutsui sinut Kuulon työtilaan "${m.workspaceName}", jossa tiiminne lukee asiakkaiden palautteet ja vastaa niihin.`,
      '',
      'Avaa tämä linkki, valitse salasanasi ja kirjaudu sisään:',
      m.url,
      '',
      `Linkki toimii kerran ja vanhenee ${m.expires}.`,
      'Jos et odottanut tätä kutsua, voit jättää viestin huomiotta.',
    ].join('\n'),
  }),
  pl: (m) => ({
    subject: `${m.inviterName} zaprasza Cię do przestrzeni ${m.workspaceName} w Kuulo`,
    text: [
      m.name ? `Dzień dobry, ${m.name}!` : 'Dzień dobry!',
      '',
      `${m.inviterName} zaprasza Cię do przestrzeni roboczej „${m.workspaceName}” w Kuulo, gdzie Twój zespół czyta opinie klientów i na nie odpowiada.`,
      '',
      'Otwórz ten link, aby ustawić hasło i się zalogować:',
      m.url,
      '',
      `Link działa jeden raz i wygasa ${m.expires}.`,
      'Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.',
    ].join('\n'),
  }),
};

export const invitationMail = (input: InvitationMailInput): AccountMail =>
  invitationTexts[input.locale]({ ...input, expires: formatExpiry(input.expiresAt, input.locale, input.timeZone) });

export interface PasswordResetMailInput {
  locale: UiLocale;
  timeZone: string;
  name: string;
  url: string;
  expiresAt: Date;
}

const resetTexts: Record<UiLocale, (input: PasswordResetMailInput & { expires: string }) => AccountMail> = {
  en: (m) => ({
    subject: 'Reset your Kuulo password',
    text: [
      `Hello ${m.name},`,
      '',
      'Someone (we hope you) asked to reset the password of your Kuulo account. Open this link to choose a new one:',
      m.url,
      '',
      `The link works once and expires on ${m.expires}. Setting a new password signs you out everywhere else.`,
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ].join('\n'),
  }),
  fi: (m) => ({
    subject: 'Vaihda Kuulo-salasanasi',
    text: [
      `Hei ${m.name},`,
      '',
      'Kuulo-tilisi salasanan vaihtoa pyydettiin (toivottavasti sinä). Avaa tämä linkki ja valitse uusi salasana:',
      m.url,
      '',
      `Linkki toimii kerran ja vanhenee ${m.expires}. Uusi salasana kirjaa sinut ulos kaikkialta muualta.`,
      'Jos et pyytänyt tätä, jätä viesti huomiotta: salasanasi pysyy ennallaan.',
    ].join('\n'),
  }),
  pl: (m) => ({
    subject: 'Zresetuj hasło do Kuulo',
    text: [
      `Dzień dobry, ${m.name}!`,
      '',
      'Ktoś (mamy nadzieję, że Ty) poprosił o zresetowanie hasła do Twojego konta Kuulo. Otwórz ten link, aby ustawić nowe:',
      m.url,
      '',
      `Link działa jeden raz i wygasa ${m.expires}. Ustawienie nowego hasła wyloguje Cię ze wszystkich innych urządzeń.`,
      'Jeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło się nie zmieni.',
    ].join('\n'),
  }),
};

export const passwordResetMail = (input: PasswordResetMailInput): AccountMail =>
  resetTexts[input.locale]({ ...input, expires: formatExpiry(input.expiresAt, input.locale, input.timeZone) });
