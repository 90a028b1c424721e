import { z } from 'zod';
import { fillPlaceholdersWith, unknownPlaceholdersIn } from '../placeholders.js';
import type { UiLocale } from '../i18n/locales.js';
import { roles } from '../roles.js';
import { Key, LanguageTag } from '../survey/schema.js';
import { Id } from './rules.js';

/** What a workspace's Respond settings hold, validated whole on every save. */

export const RootCause = z.object({ id: Key, label: z.string().trim().min(1).max(200) }).strict();
export type RootCause = z.infer<typeof RootCause>;

/**
 * An action the frontline may take without asking (a goodwill credit, a replacement, a call back):
 * which roles may take it and, for an amount, the most each role may grant at once.
 */
export const EmpoweredAction = z
  .object({
    id: Key,
    label: z.string().trim().min(1).max(200),
    description: z.string().max(1000).default(''),
    /** The unit of the amount (EUR, days…); null: the action has no amount. */
    unit: z.string().trim().min(1).max(20).nullable().default(null),
    allowedRoles: z.array(z.enum(roles)).min(1, { error: 'must allow at least one role' }),
    /** Per role, the largest amount it may grant; a role not listed here has no limit. */
    maxAmountByRole: z.partialRecord(z.enum(roles), z.number().min(0)).default({}),
  })
  .strict();
export type EmpoweredAction = z.infer<typeof EmpoweredAction>;

/** The placeholders a reply template may use; anything else is refused when the template is saved. */
export const templatePlaceholders = ['contact.name', 'contact.email', 'case.number', 'case.title', 'agent.name', 'workspace.name', 'survey.name'] as const;

/** Placeholders in a text that Kuulo does not know. */
export function unknownPlaceholders(text: string): string[] {
  return unknownPlaceholdersIn(text, (name) => (templatePlaceholders as readonly string[]).includes(name));
}

/** Fills `{{contact.name}}`-style placeholders; a missing value becomes empty. */
export function fillPlaceholders(text: string, values: Partial<Record<(typeof templatePlaceholders)[number], string>>): string {
  return fillPlaceholdersWith(text, (name) => values[name as keyof typeof values]);
}

const TemplateText = z.record(LanguageTag, z.string().max(20_000)).superRefine((texts, context) => {
  for (const [language, text] of Object.entries(texts)) {
    const unknown = unknownPlaceholders(text);
    if (unknown.length) context.addIssue({ code: 'custom', path: [language], message: `uses unknown placeholder {{${unknown[0]}}}; known: ${templatePlaceholders.join(', ')}` });
  }
});

/** A reply to a customer, in each language the workspace writes in. */
export const ReplyTemplate = z
  .object({ id: Key, name: z.string().trim().min(1).max(200), subject: TemplateText, body: TemplateText })
  .strict()
  .refine((t) => Object.keys(t.subject).length > 0 && Object.keys(t.body).length > 0, { error: 'needs a subject and a body in at least one language' });
export type ReplyTemplate = z.infer<typeof ReplyTemplate>;

const unique = <T extends { id: string }>(what: string) => (list: T[], context: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `${what} "${item.id}" is listed twice` });
    seen.add(item.id);
  });
};

export const RespondSettingsInput = z
  .object({
    restrictAgentsToTeams: z.boolean().optional(),
    accountOwnerAttribute: z.string().regex(/^[A-Za-z][\w.-]{0,63}$/, { error: 'must be an attribute name' }).optional(),
    defaultSlaHours: z.number().int().min(1).max(24 * 90).optional(),
    rootCauses: z.array(RootCause).max(100).superRefine(unique('root cause')).optional(),
    actions: z.array(EmpoweredAction).max(50).superRefine(unique('action')).optional(),
    replyTemplates: z.array(ReplyTemplate).max(100).superRefine(unique('template')).optional(),
    recoverySurveyId: Id.nullable().optional(),
  })
  .strict();
export type RespondSettingsInput = z.infer<typeof RespondSettingsInput>;

export interface RespondSettings {
  restrictAgentsToTeams: boolean;
  accountOwnerAttribute: string;
  defaultSlaHours: number;
  rootCauses: RootCause[];
  actions: EmpoweredAction[];
  replyTemplates: ReplyTemplate[];
  recoverySurveyId: string | null;
}

const anyRole = ['agent', 'manager', 'admin', 'owner'] as const;

/** The starting lists' words in each language Kuulo speaks; the ids stay the same in all of them. */
const startingWords: Record<UiLocale, { rootCauses: Record<string, string>; actions: Record<string, [label: string, description: string]>; apology: string }> = {
  en: {
    rootCauses: { product_defect: 'Product defect', delivery: 'Delivery or logistics', billing: 'Billing or pricing', service: 'Service experience', usability: 'Hard to use', expectations: 'Expectations not met', other: 'Other' },
    actions: {
      goodwill_credit: ['Goodwill credit', 'A credit on the next invoice.'],
      replacement: ['Send a replacement', 'Ship a replacement product at no cost.'],
      call_back: ['Schedule a call back', 'A specialist calls the customer.'],
    },
    apology: 'Apology and follow-up',
  },
  fi: {
    rootCauses: { product_defect: 'Tuotevika', delivery: 'Toimitus tai logistiikka', billing: 'Laskutus tai hinnoittelu', service: 'Palvelukokemus', usability: 'Vaikea käyttää', expectations: 'Odotukset eivät täyttyneet', other: 'Muu' },
    actions: {
      goodwill_credit: ['Hyvitys', 'Hyvitys seuraavalla laskulla.'],
      replacement: ['Lähetä korvaava tuote', 'Korvaava tuote toimitetaan veloituksetta.'],
      call_back: ['Sovi takaisinsoitto', 'Asiantuntija soittaa asiakkaalle.'],
    },
    apology: 'Pahoittelu ja jatkotoimet',
  },
  pl: {
    rootCauses: { product_defect: 'Wada produktu', delivery: 'Dostawa lub logistyka', billing: 'Rozliczenia lub ceny', service: 'Obsługa klienta', usability: 'Trudne w użyciu', expectations: 'Niespełnione oczekiwania', other: 'Inne' },
    actions: {
      goodwill_credit: ['Rekompensata', 'Uznanie na następnej fakturze.'],
      replacement: ['Wyślij produkt zastępczy', 'Bezpłatna wysyłka produktu zastępczego.'],
      call_back: ['Umów oddzwonienie', 'Specjalista dzwoni do klienta.'],
    },
    apology: 'Przeprosiny i dalsze kroki',
  },
};

/**
 * What a new workspace starts with, in its own language: lists a team can keep, trim or replace.
 * The reply template carries all three languages, as customers write in any of them.
 */
export function startingRespondSettings(locale: UiLocale): RespondSettings {
  const said = startingWords[locale];
  const action = (id: string, unit: string | null, maxAmountByRole: Record<string, number>): EmpoweredAction => ({ id, label: said.actions[id]![0], description: said.actions[id]![1], unit, allowedRoles: [...anyRole], maxAmountByRole });
  return {
    restrictAgentsToTeams: false,
    accountOwnerAttribute: 'account_owner',
    defaultSlaHours: 24,
    rootCauses: Object.entries(said.rootCauses).map(([id, label]) => ({ id, label })),
    actions: [action('goodwill_credit', 'EUR', { agent: 50, manager: 500 }), action('replacement', null, {}), action('call_back', null, {})],
    replyTemplates: [
      {
        id: 'apology',
        name: said.apology,
        subject: { en: 'About your feedback, {{contact.name}}', fi: 'Palautteestasi, {{contact.name}}', pl: 'W sprawie Twojej opinii, {{contact.name}}' },
        body: {
          en: 'Hello {{contact.name}},\n\nThank you for telling us how things went. I am sorry we let you down. I am looking into it now and will get back to you shortly.\n\nBest regards,\n{{agent.name}}\n{{workspace.name}} (case {{case.number}})',
          fi: 'Hei {{contact.name}},\n\nKiitos, että kerroit kokemuksestasi. Pahoittelen, ettemme onnistuneet. Selvitän asiaa nyt ja palaan asiaan pian.\n\nYstävällisin terveisin\n{{agent.name}}\n{{workspace.name}} (tapaus {{case.number}})',
          pl: 'Dzień dobry {{contact.name}},\n\ndziękujemy za opinię. Przepraszamy, że nie spełniliśmy oczekiwań. Zajmuję się tą sprawą i wkrótce się odezwę.\n\nZ pozdrowieniami\n{{agent.name}}\n{{workspace.name}} (sprawa {{case.number}})',
        },
      },
    ],
    recoverySurveyId: null,
  };
}

/** An English workspace's starting settings. */
export const defaultRespondSettings: RespondSettings = startingRespondSettings('en');
