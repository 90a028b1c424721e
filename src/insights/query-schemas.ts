import { z } from 'zod';
import { invalidInput } from '../platform/errors/app-error.js';
import { Id } from '../platform/http/schemas.js';
import { intentNames, sentimentFilters } from './comments/filters.js';
import { addDays, daysBetween, isDay } from './metrics/periods.js';
import { dayIn } from './rollups/rows.js';

/** The query parameters Insights' routes share: a period, a breakdown, a filter. */

/** A breakdown: channel, language, a segment (contact.plan, hidden.store) or a choice question's answer. */
export const Dimension = z.string().regex(/^(channel|language|(contact|hidden|answer)\.[A-Za-z][\w.-]{0,63})$/, {
  error: 'must be channel, language, contact.<attribute>, hidden.<field> or answer.<question id>',
});
export const Day = z.string().refine(isDay, { error: 'must be a day such as 2026-11-23' });
/** `dimension:value`, as it stays in a dashboard's address. */
export const Filter = z
  .string()
  .max(300)
  .transform((text, context) => {
    const at = text.indexOf(':');
    const dimension = Dimension.safeParse(text.slice(0, at));
    if (at < 1 || !dimension.success || at === text.length - 1) {
      context.addIssue({ code: 'custom', message: 'must be dimension:value, such as channel:widget or contact.plan:pro' });
      return z.NEVER;
    }
    return { dimension: dimension.data, value: text.slice(at + 1) };
  });
export const PeriodQuery = z.object({ from: Day.optional(), to: Day.optional(), filter: Filter.optional() });
/**
 * What the comments say, for every Insights view: a text view reads the comments that match, a
 * metric view the complete responses with at least one comment that matches all of them.
 */
export const CommentQuery = z.object({
  sentiment: z.enum(sentimentFilters, { error: `must be one of ${sentimentFilters.join(', ')}` }).optional(),
  intent: z.enum(intentNames, { error: `must be one of ${intentNames.join(', ')}` }).optional(),
  topic: Id.optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/, { error: 'must be a language code such as fi' }).optional(),
});
export type CommentQuery = z.infer<typeof CommentQuery>;
/** The comment conditions a query names, or null when it names none. */
export function commentConditionsOf(query: CommentQuery): { sentiment?: CommentQuery['sentiment']; intent?: CommentQuery['intent']; topicId?: string; lang?: string } | null {
  const conditions = {
    ...(query.sentiment ? { sentiment: query.sentiment } : {}),
    ...(query.intent ? { intent: query.intent } : {}),
    ...(query.topic ? { topicId: query.topic } : {}),
    ...(query.lang ? { lang: query.lang } : {}),
  };
  return Object.keys(conditions).length ? conditions : null;
}
/** The longest period one request reads (trend points stay a few thousand at most). */
export const maxDays = 3 * 366;

/** The days a query asks for, or the 30 days up to today in `timeZone`; refused (422) when reversed or longer than `maxDays`. */
export function daysAsked(query: { from?: string | undefined; to?: string | undefined }, timeZone: string, now = new Date()): { from: string; to: string } {
  const to = query.to ?? dayIn(timeZone, now);
  const from = query.from ?? addDays(to, -29);
  if (from > to) throw invalidInput([{ path: 'query.from', key: 'field.fromNotAfterTo', params: { to } }]);
  if (daysBetween(from, to) > maxDays) throw invalidInput([{ path: 'query.from', key: 'field.fromAtMostDays', params: { days: maxDays } }]);
  return { from, to };
}

/** A daily trend covers a year at most: its points stay readable and few. */
export function checkInterval(interval: 'day' | 'week' | 'month', period: { from: string; to: string }): void {
  if (interval === 'day' && daysBetween(period.from, period.to) > 366) throw invalidInput([{ path: 'query.interval', key: 'field.intervalWeekOrMonth' }]);
}
