import { z } from 'zod';
import { isDay } from './metrics/periods.js';

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
/** The longest period one request reads (trend points stay a few thousand at most). */
export const maxDays = 3 * 366;

