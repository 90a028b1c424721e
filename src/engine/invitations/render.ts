import { escapeHtml } from '../html.js';
import { metricScales } from '../survey/scales.js';
import type { SurveyDefinition } from '../survey/schema.js';
import { localize, pipe } from '../survey/text.js';
import { fillInvitation, type InvitationValues, type TemplateTranslation } from './templates.js';

/**
 * An invitation as the recipient sees it: a plain-text part and an HTML part that say the same, a
 * button to the survey, optionally the survey's first question to answer with one click, and an
 * unsubscribe link in the recipient's language. The admin app previews with the same code.
 */

export interface EmbeddedQuestion {
  questionId: string;
  text: string;
  options: { value: string; label: string }[];
  lowLabel: string;
  highLabel: string;
}

/**
 * The survey's first question, if it can be answered from a mail: an NPS, a CSAT or a single
 * choice, shown unconditionally at the start. Its answer goes in the link as `a.<question>=<value>`,
 * and the survey page records it only when the respondent goes on.
 */
export function embeddableQuestion(definition: SurveyDefinition, language: string, values: Readonly<Record<string, string | number | boolean | null | undefined>> = {}): EmbeddedQuestion | null {
  const question = definition.pages[0]?.questions[0];
  if (!question || question.visibleIf || definition.pages[0]?.visibleIf) return null;
  const text = pipe(localize(question.text, language, definition.defaultLanguage), values);
  const label = (localized: Parameters<typeof localize>[0]) => localize(localized, language, definition.defaultLanguage);
  if (question.type === 'nps' || question.type === 'csat') {
    const { min, max } = metricScales[question.type];
    const options = Array.from({ length: max - min + 1 }, (_, i) => ({ value: String(min + i), label: String(min + i) }));
    const labels = question.type === 'nps' && question.labels ? { lowLabel: label(question.labels.low), highLabel: label(question.labels.high) } : { lowLabel: '', highLabel: '' };
    return { questionId: question.id, text, options, ...labels };
  }
  if (question.type === 'single_choice' && !question.shuffle) {
    return { questionId: question.id, text, options: question.options.map((option) => ({ value: option.id, label: label(option.label) })), lowLabel: '', highLabel: '' };
  }
  return null;
}

/** The few words Kuulo adds to every mail, in the languages its screens speak. */
const footerText: Record<string, { why: string; unsubscribe: string; orOpen: string }> = {
  en: { why: 'You receive this because you are a customer of {name}.', unsubscribe: 'Unsubscribe from surveys', orOpen: 'Or open the survey:' },
  fi: { why: 'Saat tämän viestin, koska olet asiakkaamme ({name}).', unsubscribe: 'Peru kyselyviestit', orOpen: 'Tai avaa kysely:' },
  pl: { why: 'Otrzymujesz tę wiadomość, ponieważ jesteś klientem {name}.', unsubscribe: 'Wypisz się z ankiet', orOpen: 'Lub otwórz ankietę:' },
};
export const mailFooterFor = (language: string) => footerText[language.split('-')[0]!] ?? footerText['en']!;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}


/** The link to the survey with an answer to the embedded question already chosen. */
export const answerLink = (surveyLink: string, questionId: string, value: string): string =>
  `${surveyLink}${surveyLink.includes('?') ? '&' : '?'}a.${questionId}=${encodeURIComponent(value)}`;

export function renderInvitationMail(options: { translation: TemplateTranslation; language: string; values: InvitationValues; embedded?: EmbeddedQuestion | null; openPixelUrl?: string | null }): RenderedMail {
  const { translation, values } = options;
  const footer = mailFooterFor(options.language);
  const subject = fillInvitation(translation.subject, values).replace(/\s+/g, ' ').trim();
  const body = fillInvitation(translation.body, values);
  const buttonLabel = fillInvitation(translation.buttonLabel ?? '', values) || footer.orOpen.replace(/:$/, '');
  const why = footer.why.replace('{name}', values.workspaceName);
  const hasLink = body.includes(values.surveyLink);

  const textParts = [body.trim()];
  if (!hasLink) textParts.push(`${footer.orOpen} ${values.surveyLink}`);
  textParts.push(`--\n${why}\n${footer.unsubscribe}: ${values.unsubscribeLink}`);
  const text = `${textParts.join('\n\n')}\n`;

  // The survey link in the body becomes the button; the rest is paragraphs of escaped text.
  const paragraphs = body
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const button = `<p style="margin:24px 0"><a href="${escapeHtml(values.surveyLink)}" style="background:#1f5fbf;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(buttonLabel)}</a></p>`;
  const embedded = options.embedded ? embeddedHtml(options.embedded, values.surveyLink) : '';
  let buttonPlaced = false;
  const htmlParagraphs = paragraphs.map((paragraph) => {
    if (paragraph === values.surveyLink) {
      buttonPlaced = true;
      return embedded || button;
    }
    return `<p style="margin:0 0 16px">${escapeHtml(paragraph).replace(/\n/g, '<br>').replace(escapeHtml(values.surveyLink), `<a href="${escapeHtml(values.surveyLink)}">${escapeHtml(buttonLabel)}</a>`)}</p>`;
  });
  if (!buttonPlaced) htmlParagraphs.push(embedded || button);
  const pixel = options.openPixelUrl ? `<img src="${escapeHtml(options.openPixelUrl)}" width="1" height="1" alt="" style="display:block;border:0">` : '';
  const html = [
    `<!doctype html><html lang="${escapeHtml(options.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:12px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1d2430;font-size:16px;line-height:1.5">',
    // A mail client shows the mail inside its own page: the mail is an article there, not a page of its own.
    `<div role="article" aria-roledescription="email" aria-label="${escapeHtml(subject)}" lang="${escapeHtml(options.language)}" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:20px">`,
    ...htmlParagraphs,
    `<hr style="border:0;border-top:1px solid #e3e6ea;margin:32px 0 16px"><p style="margin:0;font-size:13px;color:#5b6472">${escapeHtml(why)} <a href="${escapeHtml(values.unsubscribeLink)}" style="color:#5b6472">${escapeHtml(footer.unsubscribe)}</a></p>`,
    pixel,
    '</div></body></html>',
  ].join('');
  return { subject, text, html };
}

function embeddedHtml(question: EmbeddedQuestion, surveyLink: string): string {
  // Words do not fit side by side on a phone: choices with labels stack, one per line.
  if (question.options.some((option) => option.label.length > 3)) {
    const rows = question.options
      .map((option) => `<a href="${escapeHtml(answerLink(surveyLink, question.questionId, option.value))}" style="display:block;margin:0 0 8px;padding:12px 16px;border:1px solid #1f5fbf;border-radius:6px;color:#1f5fbf;text-decoration:none;font-weight:600">${escapeHtml(option.label)}</a>`)
      .join('');
    return `<div style="margin:24px 0"><p style="margin:0 0 12px;font-weight:600">${escapeHtml(question.text)}</p>${rows}</div>`;
  }
  const cells = question.options
    // Eleven NPS answers must fit a phone's width: fixed, equal cells that share the row.
    .map((option) => `<td style="padding:1px"><a href="${escapeHtml(answerLink(surveyLink, question.questionId, option.value))}" style="display:block;padding:10px 0;border:1px solid #1f5fbf;border-radius:4px;color:#1f5fbf;text-align:center;text-decoration:none;font-weight:600;font-size:15px">${escapeHtml(option.label)}</a></td>`)
    .join('');
  const scaleLabels = question.lowLabel || question.highLabel ? `<table role="presentation" width="100%" style="font-size:13px;color:#5b6472"><tr><td align="left">${escapeHtml(question.lowLabel)}</td><td align="right">${escapeHtml(question.highLabel)}</td></tr></table>` : '';
  return `<div style="margin:24px 0"><p style="margin:0 0 12px;font-weight:600">${escapeHtml(question.text)}</p><table role="presentation" width="100%" style="border-collapse:separate;table-layout:fixed"><tr>${cells}</tr></table>${scaleLabels}</div>`;
}
