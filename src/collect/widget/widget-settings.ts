import { z } from 'zod';

/** Which pages of the company's website the survey may appear on; none listed means every page. */
const PageMatch = z
  .object({
    match: z.enum(['contains', 'exact', 'starts_with', 'regex']),
    value: z.string().min(1).max(500),
  })
  .strict()
  .refine((page) => page.match !== 'regex' || isRegex(page.value), { error: 'is not a valid regular expression', path: ['value'] });

/** What makes the survey appear once the visitor is on a matching page. */
const When = z.discriminatedUnion('type', [
  z.object({ type: z.literal('immediately') }).strict(),
  z.object({ type: z.literal('delay'), seconds: z.number().min(0).max(3600) }).strict(),
  z.object({ type: z.literal('scroll'), percent: z.number().min(1).max(100) }).strict(),
  z.object({ type: z.literal('exit_intent') }).strict(),
  z.object({ type: z.literal('event'), name: z.string().min(1).max(100) }).strict(),
]);

/** Who sees it, by what `kuulo.identify()` told about the visitor; all must hold. */
const Targeting = z
  .object({
    attribute: z.string().regex(/^[A-Za-z][\w.-]{0,63}$/, { error: 'must be an attribute name such as plan' }),
    op: z.enum(['eq', 'neq', 'gt', 'lt', 'present', 'absent']),
    value: z.union([z.string().max(500), z.number(), z.boolean()]).optional(),
  })
  .strict();

export const WidgetSettings = z
  .object({
    isEnabled: z.boolean().default(false),
    pages: z.array(PageMatch).max(50).default([]),
    when: When.default({ type: 'immediately' }),
    targeting: z.array(Targeting).max(20).default([]),
    /** The share of matching visitors who are asked, decided once per visitor. */
    samplePercent: z.number().min(0).max(100).default(100),
    /** After this survey was shown to a visitor, it is not shown to them again for this long. */
    recontactDays: z.number().int().min(0).max(3650).default(90),
  })
  .strict();
export type WidgetSettings = z.infer<typeof WidgetSettings>;

function isRegex(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}
