import { z } from 'zod';
import { fillPlaceholdersWith, unknownPlaceholdersIn } from '../placeholders.js';
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

/** What a new workspace starts with: lists a team can keep, trim or replace. */
export const defaultRespondSettings: RespondSettings = {
  restrictAgentsToTeams: false,
  accountOwnerAttribute: 'account_owner',
  defaultSlaHours: 24,
  rootCauses: [
    { id: 'product_defect', label: 'Product defect' },
    { id: 'delivery', label: 'Delivery or logistics' },
    { id: 'billing', label: 'Billing or pricing' },
    { id: 'service', label: 'Service experience' },
    { id: 'usability', label: 'Hard to use' },
    { id: 'expectations', label: 'Expectations not met' },
    { id: 'other', label: 'Other' },
  ],
  actions: [
    { id: 'goodwill_credit', label: 'Goodwill credit', description: 'A credit on the next invoice.', unit: 'EUR', allowedRoles: ['agent', 'manager', 'admin', 'owner'], maxAmountByRole: { agent: 50, manager: 500 } },
    { id: 'replacement', label: 'Send a replacement', description: 'Ship a replacement product at no cost.', unit: null, allowedRoles: ['agent', 'manager', 'admin', 'owner'], maxAmountByRole: {} },
    { id: 'call_back', label: 'Schedule a call back', description: 'A specialist calls the customer.', unit: null, allowedRoles: ['agent', 'manager', 'admin', 'owner'], maxAmountByRole: {} },
  ],
  replyTemplates: [
    {
      id: 'apology',
      name: 'Apology and follow-up',
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
