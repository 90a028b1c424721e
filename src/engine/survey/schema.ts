import { z } from 'zod';
import { surveySchemaVersion } from './scales.js';

export { surveySchemaVersion };

/**
 * Kuulo's survey model: the one definition of a survey, shared by the builder, the respondent
 * page, the widget and the server. A survey version is a `SurveyDefinition`; once published it never
 * changes, and every response names the version it answered.
 */

/** A BCP 47 language tag such as `en`, `fi`, `pl` or `pt-BR`. */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as en, fi or pt-BR' });

/** A text in any number of languages; the survey's default language must be present. */
export const LocalizedText = z.record(LanguageTag, z.string().max(5000, { error: 'must be at most 5000 characters' }));
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Stable keys: they appear in exports, logic, piping and the API, so they are plain and short. */
export const Key = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: 'must be lower case letters, digits and _, starting with a letter (at most 64)' });

const Option = z.object({ id: Key, label: LocalizedText });
export type Option = z.infer<typeof Option>;

/** Conditions over earlier answers and hidden fields: what logic is made of. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { question: string; op: 'answered' | 'not_answered' }
  | { question: string; op: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte'; value: number | string | boolean }
  | { question: string; op: 'includes' | 'excludes'; value: string }
  | { hidden: string; op: 'eq' | 'neq'; value: string }
  | { hidden: string; op: 'present' | 'absent' };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(Condition).min(1) }).strict(),
    z.object({ any: z.array(Condition).min(1) }).strict(),
    z.object({ not: Condition }).strict(),
    z.object({ question: Key, op: z.enum(['answered', 'not_answered']) }).strict(),
    z.object({ question: Key, op: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte']), value: z.union([z.number(), z.string(), z.boolean()]) }).strict(),
    z.object({ question: Key, op: z.enum(['includes', 'excludes']), value: Key }).strict(),
    z.object({ hidden: Key, op: z.enum(['eq', 'neq']), value: z.string().max(500) }).strict(),
    z.object({ hidden: Key, op: z.enum(['present', 'absent']) }).strict(),
  ]),
);

const base = {
  id: Key,
  text: LocalizedText,
  description: LocalizedText.optional(),
  required: z.boolean().default(false),
  visibleIf: Condition.optional(),
};

const ScaleLabels = z.object({ low: LocalizedText, high: LocalizedText }).strict();

export const NpsQuestion = z.object({ ...base, type: z.literal('nps'), labels: ScaleLabels.optional() }).strict();
export const CsatQuestion = z.object({ ...base, type: z.literal('csat'), style: z.enum(['numbers', 'stars', 'smileys']).default('smileys') }).strict();
export const CesQuestion = z.object({ ...base, type: z.literal('ces'), labels: ScaleLabels.optional() }).strict();
/** Customer loyalty index: three 0–10 likelihoods, recommend, buy again, try other products or services. */
export const CliQuestion = z
  .object({
    ...base,
    type: z.literal('cli'),
    items: z.object({ recommend: LocalizedText, buy_again: LocalizedText, try_other: LocalizedText }).strict(),
    labels: ScaleLabels.optional(),
  })
  .strict();
export const RatingQuestion = z
  .object({
    ...base,
    type: z.literal('rating'),
    min: z.number().int().min(0).max(1).default(1),
    max: z.number().int().min(2).max(10).default(5),
    style: z.enum(['numbers', 'stars', 'smileys']).default('stars'),
    labels: ScaleLabels.optional(),
  })
  .strict();
export const SingleChoiceQuestion = z
  .object({ ...base, type: z.literal('single_choice'), options: z.array(Option).min(2).max(100), shuffle: z.boolean().default(false) })
  .strict();
export const MultipleChoiceQuestion = z
  .object({
    ...base,
    type: z.literal('multiple_choice'),
    options: z.array(Option).min(2).max(100),
    min: z.number().int().min(1).optional(),
    max: z.number().int().min(1).optional(),
    shuffle: z.boolean().default(false),
  })
  .strict();
export const DropdownQuestion = z.object({ ...base, type: z.literal('dropdown'), options: z.array(Option).min(2).max(1000) }).strict();
export const ShortTextQuestion = z.object({ ...base, type: z.literal('short_text'), maxLength: z.number().int().min(1).max(1000).default(200) }).strict();
export const LongTextQuestion = z.object({ ...base, type: z.literal('long_text'), maxLength: z.number().int().min(1).max(20000).default(5000) }).strict();
export const MatrixQuestion = z
  .object({ ...base, type: z.literal('matrix'), rows: z.array(Option).min(1).max(50), columns: z.array(Option).min(2).max(11) })
  .strict();
export const RankingQuestion = z.object({ ...base, type: z.literal('ranking'), options: z.array(Option).min(2).max(20) }).strict();
const IsoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
export const DateQuestion = z.object({ ...base, type: z.literal('date'), min: IsoDate.optional(), max: IsoDate.optional() }).strict();
export const ConsentQuestion = z.object({ ...base, type: z.literal('consent') }).strict();

export const Question = z.discriminatedUnion('type', [
  NpsQuestion,
  CsatQuestion,
  CesQuestion,
  CliQuestion,
  RatingQuestion,
  SingleChoiceQuestion,
  MultipleChoiceQuestion,
  DropdownQuestion,
  ShortTextQuestion,
  LongTextQuestion,
  MatrixQuestion,
  RankingQuestion,
  DateQuestion,
  ConsentQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];

/** Where a page goes when its condition holds: another page further on, or an end screen. */
export const Jump = z.object({ if: Condition, to: z.union([z.object({ page: Key }).strict(), z.object({ ending: Key }).strict()]) }).strict();
export type Jump = z.infer<typeof Jump>;

export const Page = z
  .object({
    id: Key,
    title: LocalizedText.optional(),
    questions: z.array(Question).max(100),
    visibleIf: Condition.optional(),
    jumps: z.array(Jump).max(50).default([]),
  })
  .strict();
export type Page = z.infer<typeof Page>;

export const Ending = z
  .object({
    id: Key,
    title: LocalizedText,
    message: LocalizedText.optional(),
    redirectUrl: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();
export type Ending = z.infer<typeof Ending>;

/** The survey's look. Logos are data URLs (the page's CSP allows no other images), up to ~150 KB. */
export const Theme = z
  .object({
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour such as #4338ca' }).optional(),
    logo: z
      .string()
      .max(200_000, { error: 'must be an image of at most about 150 KB' })
      .regex(/^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+=*$/, { error: 'must be a PNG, JPEG, WebP or SVG image as a data URL' })
      .optional(),
  })
  .strict();

/** Values the link or the widget brings along (order id, plan, channel…), usable in logic and piping. */
export const HiddenField = z.object({ key: Key, label: z.string().max(200).optional() }).strict();

export const SurveyDefinition = z
  .object({
    schemaVersion: z.literal(surveySchemaVersion),
    defaultLanguage: LanguageTag,
    languages: z.array(LanguageTag).min(1).max(50),
    title: LocalizedText,
    welcome: LocalizedText.optional(),
    theme: Theme.optional(),
    hiddenFields: z.array(HiddenField).max(50).default([]),
    pages: z.array(Page).min(1).max(100),
    endings: z.array(Ending).min(1).max(20),
  })
  .strict()
  .superRefine((survey, context) => {
    if (!survey.languages.includes(survey.defaultLanguage)) {
      context.addIssue({ code: 'custom', path: ['languages'], message: `must include the default language ${survey.defaultLanguage}` });
    }
    const seen = new Set<string>();
    const claim = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) context.addIssue({ code: 'custom', path, message: `"${id}" is used twice: ids must be unique in a survey` });
      seen.add(id);
    };
    survey.pages.forEach((page, p) => {
      claim(`page:${page.id}`, ['pages', p, 'id']);
      page.questions.forEach((question, q) => claim(question.id, ['pages', p, 'questions', q, 'id']));
    });
    survey.endings.forEach((ending, e) => claim(`ending:${ending.id}`, ['endings', e, 'id']));
  });
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;
/** What authors write: defaults may be left out. */
export type SurveyDefinitionInput = z.input<typeof SurveyDefinition>;

export { cliItems, metricOf, metricScales, type Metric } from './scales.js';
