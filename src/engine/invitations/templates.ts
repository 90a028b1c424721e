import { z } from 'zod';
import { fillPlaceholdersWith, unknownPlaceholdersIn } from '../placeholders.js';
import { LanguageTag } from '../survey/schema.js';

/**
 * Invitation and reminder mail: what a template may say, which placeholders it may use, and the
 * templates every workspace starts with in English, Finnish and Polish.
 */

/**
 * Placeholders every invitation can fill; `contact.<attribute>` and `context.<key>` are open-ended.
 * `survey.name` is the survey's title as respondents see it, in the mail's language: never the
 * internal name the team gives the survey in Kuulo.
 */
export const invitationPlaceholders = ['contact.name', 'contact.first_name', 'contact.email', 'survey.name', 'workspace.name', 'survey.link', 'unsubscribe.link'] as const;
const attributePlaceholder = /^contact\.[a-z][a-z0-9_]{0,63}$/;
const contextPlaceholder = /^context\.[a-z][a-z0-9_]{0,63}$/;

export const isInvitationPlaceholder = (name: string): boolean =>
  (invitationPlaceholders as readonly string[]).includes(name) || attributePlaceholder.test(name) || contextPlaceholder.test(name);

export const unknownInvitationPlaceholders = (text: string): string[] => unknownPlaceholdersIn(text, isInvitationPlaceholder);

export const templateKinds = ['invitation', 'reminder'] as const;
export type TemplateKind = (typeof templateKinds)[number];

const placeholderCheck = (text: string, context: z.RefinementCtx) => {
  const unknown = unknownInvitationPlaceholders(text);
  if (unknown.length) {
    context.addIssue({ code: 'custom', message: `uses unknown placeholder {{${unknown[0]}}}; known: ${invitationPlaceholders.join(', ')}, contact.<attribute>, context.<key>` });
  }
};

export const TemplateTranslation = z
  .object({
    subject: z.string().trim().min(1, { error: 'must not be empty' }).max(300, { error: 'must be at most 300 characters' }).superRefine(placeholderCheck),
    body: z.string().trim().min(1, { error: 'must not be empty' }).max(20_000, { error: 'must be at most 20000 characters' }).superRefine(placeholderCheck),
    /** The label of the button that opens the survey. */
    buttonLabel: z.string().trim().min(1).max(100).superRefine(placeholderCheck).optional(),
  })
  .strict();
export type TemplateTranslation = z.infer<typeof TemplateTranslation>;

export const EmailTemplateInput = z
  .object({
    name: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
    kind: z.enum(templateKinds).default('invitation'),
    translations: z.record(LanguageTag, TemplateTranslation).refine((t) => Object.keys(t).length > 0, { error: 'needs at least one language' }),
  })
  .strict();
export type EmailTemplateInput = z.infer<typeof EmailTemplateInput>;

export interface EmailTemplate extends EmailTemplateInput {
  id: string;
  isBuiltIn: boolean;
}

/** The language a template speaks to a recipient: theirs if it has it, else the survey's default, else its first. */
export function translationFor(template: Pick<EmailTemplate, 'translations'>, language: string, fallback: string): { language: string; translation: TemplateTranslation } {
  for (const wanted of [language, language.split('-')[0]!, fallback]) {
    const translation = template.translations[wanted];
    if (translation) return { language: wanted, translation };
  }
  const [first, translation] = Object.entries(template.translations)[0]!;
  return { language: first, translation };
}

/** What placeholders are filled with for one recipient. */
export interface InvitationValues {
  contact: { name: string | null; email: string; attributes: Record<string, unknown> };
  /** The survey's customer-facing title in the mail's language (what `{{survey.name}}` says). */
  surveyTitle: string;
  workspaceName: string;
  surveyLink: string;
  unsubscribeLink: string;
  context: Record<string, string>;
}

export function fillInvitation(text: string, values: InvitationValues): string {
  return fillPlaceholdersWith(text, (name) => {
    switch (name) {
      case 'contact.name':
        return values.contact.name ?? '';
      case 'contact.first_name':
        return values.contact.name?.trim().split(/\s+/)[0] ?? '';
      case 'contact.email':
        return values.contact.email;
      case 'survey.name':
        return values.surveyTitle;
      case 'workspace.name':
        return values.workspaceName;
      case 'survey.link':
        return values.surveyLink;
      case 'unsubscribe.link':
        return values.unsubscribeLink;
    }
    if (name.startsWith('context.')) return values.context[name.slice('context.'.length)];
    const attribute = values.contact.attributes[name.slice('contact.'.length)];
    return attribute === undefined || attribute === null ? undefined : String(attribute);
  });
}

export const builtInTemplateIds = { invitation: 'builtin-invitation', reminder: 'builtin-reminder' } as const satisfies Record<TemplateKind, string>;

/** The templates every workspace has; its own templates stand beside them. */
export const builtInTemplates: EmailTemplate[] = [
  {
    id: builtInTemplateIds.invitation,
    isBuiltIn: true,
    name: 'Invitation',
    kind: 'invitation',
    translations: {
      en: {
        subject: 'A minute for {{workspace.name}}? Tell us how we did',
        body: 'Hello {{contact.first_name}},\n\nThank you for choosing {{workspace.name}}. Would you tell us how we did? The survey "{{survey.name}}" takes about a minute, and every answer is read.\n\n{{survey.link}}\n\nThank you!\n{{workspace.name}}',
        buttonLabel: 'Answer the survey',
      },
      fi: {
        subject: 'Hetki aikaa? Kerro, miten {{workspace.name}} onnistui',
        body: 'Hei {{contact.first_name}},\n\nKiitos, että asioit kanssamme. Kertoisitko, miten onnistuimme? Kysely ”{{survey.name}}” vie noin minuutin, ja luemme jokaisen vastauksen.\n\n{{survey.link}}\n\nKiitos!\n{{workspace.name}}',
        buttonLabel: 'Vastaa kyselyyn',
      },
      pl: {
        subject: 'Masz minutę? Powiedz nam, jak nam poszło',
        body: 'Dzień dobry {{contact.first_name}},\n\ndziękujemy, że jesteś z nami. Czy powiesz nam, jak nam poszło? Ankieta „{{survey.name}}” zajmie około minuty, a każdą odpowiedź czytamy.\n\n{{survey.link}}\n\nDziękujemy!\n{{workspace.name}}',
        buttonLabel: 'Wypełnij ankietę',
      },
    },
  },
  {
    id: builtInTemplateIds.reminder,
    isBuiltIn: true,
    name: 'Reminder',
    kind: 'reminder',
    translations: {
      en: {
        subject: 'Reminder: how did we do?',
        body: 'Hello {{contact.first_name}},\n\nA few days ago we asked how we did. If you have a minute, your answer would help us a lot.\n\n{{survey.link}}\n\nThank you!\n{{workspace.name}}',
        buttonLabel: 'Answer the survey',
      },
      fi: {
        subject: 'Muistutus: miten onnistuimme?',
        body: 'Hei {{contact.first_name}},\n\nkysyimme muutama päivä sitten, miten onnistuimme. Jos sinulla on hetki aikaa, vastauksesi auttaisi meitä paljon.\n\n{{survey.link}}\n\nKiitos!\n{{workspace.name}}',
        buttonLabel: 'Vastaa kyselyyn',
      },
      pl: {
        subject: 'Przypomnienie: jak nam poszło?',
        body: 'Dzień dobry {{contact.first_name}},\n\nkilka dni temu zapytaliśmy, jak nam poszło. Jeśli masz minutę, Twoja odpowiedź bardzo nam pomoże.\n\n{{survey.link}}\n\nDziękujemy!\n{{workspace.name}}',
        buttonLabel: 'Wypełnij ankietę',
      },
    },
  },
];
