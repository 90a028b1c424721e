import { z } from 'zod';

/**
 * The contact budget: one rule for how often anyone may be asked for feedback, across email
 * invitations, personal links and the website widget, so customers are not surveyed to death.
 *
 * Each survey has a priority. A send counts the touches of the same or a higher priority: a
 * quarterly relationship NPS (high) is held back only by other high-priority asks, while an ad-hoc
 * poll (low) is held back by every ask. An override gives the contacts with one attribute value
 * their own limits (key accounts asked less often, an opted-out flag never).
 */

export const priorities = ['low', 'normal', 'high'] as const;
export type Priority = (typeof priorities)[number];
export const priorityRank = (priority: string): number => Math.max(0, priorities.indexOf(priority as Priority));

export const touchChannels = ['email', 'link', 'widget'] as const;
export type TouchChannel = (typeof touchChannels)[number];

export const BudgetLimit = z
  .object({
    maxTouches: z.number().int().min(0).max(1000),
    withinDays: z.number().int().min(1).max(3650),
  })
  .strict();
export type BudgetLimit = z.infer<typeof BudgetLimit>;

const AttributeValue = z.union([z.string().max(1000), z.number(), z.boolean()]);

export const BudgetOverride = z
  .object({
    attribute: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: 'attribute names are lower_snake_case' }),
    equals: AttributeValue,
    /** These limits replace the workspace's for the contacts it matches; none: no limit for them. */
    limits: z.array(BudgetLimit).max(10),
  })
  .strict();
export type BudgetOverride = z.infer<typeof BudgetOverride>;

export const ContactBudget = z
  .object({
    isEnabled: z.boolean(),
    limits: z.array(BudgetLimit).max(10),
    /** The first override whose attribute matches wins. */
    overrides: z.array(BudgetOverride).max(50),
  })
  .strict();
export type ContactBudget = z.infer<typeof ContactBudget>;

/** A new workspace's budget: off, with the limits most programs start from, ready to turn on. */
export const defaultContactBudget: ContactBudget = {
  isEnabled: false,
  limits: [
    { maxTouches: 1, withinDays: 30 },
    { maxTouches: 4, withinDays: 365 },
  ],
  overrides: [],
};

/** One time a contact was asked for feedback. */
export interface Touch {
  at: Date;
  channel: string;
  priority: string;
  surveyName?: string | null;
}

export type BudgetVerdict =
  | { isAllowed: true }
  | { isAllowed: false; reason: string; limit: BudgetLimit; nextAllowedAt: Date };

const dayMs = 86_400_000;

/** The limits that hold for a contact: an override's, else the workspace's. */
export function limitsFor(budget: ContactBudget, attributes: Readonly<Record<string, unknown>>): BudgetLimit[] {
  const override = budget.overrides.find((candidate) => attributes[candidate.attribute] === candidate.equals);
  return override ? override.limits : budget.limits;
}

/** How far back touches matter for this budget, so a caller loads no more of them than it needs. */
export const budgetLookbackDays = (budget: ContactBudget): number =>
  Math.max(0, ...budget.limits.map((limit) => limit.withinDays), ...budget.overrides.flatMap((o) => o.limits.map((limit) => limit.withinDays)));

/**
 * Whether a contact may be asked now, at a priority, given when they were asked before. A refusal
 * says why in words a program owner reads in a report, and when the contact may be asked again.
 */
export function checkBudget(budget: ContactBudget, contact: { attributes: Readonly<Record<string, unknown>> }, touches: readonly Touch[], priority: Priority, now: Date): BudgetVerdict {
  if (!budget.isEnabled) return { isAllowed: true };
  const rank = priorityRank(priority);
  const counted = touches.filter((touch) => priorityRank(touch.priority) >= rank && touch.at.getTime() <= now.getTime()).sort((a, b) => b.at.getTime() - a.at.getTime());
  for (const limit of limitsFor(budget, contact.attributes)) {
    const since = now.getTime() - limit.withinDays * dayMs;
    const inWindow = counted.filter((touch) => touch.at.getTime() > since);
    if (inWindow.length < limit.maxTouches) continue;
    // The window frees a place when the oldest touch that fills it falls out.
    const freeing = limit.maxTouches === 0 ? null : inWindow[limit.maxTouches - 1]!;
    const nextAllowedAt = freeing ? new Date(freeing.at.getTime() + limit.withinDays * dayMs) : new Date(now.getTime() + limit.withinDays * dayMs);
    const latest = inWindow[0];
    const days = Math.max(0, Math.floor((now.getTime() - (latest?.at.getTime() ?? now.getTime())) / dayMs));
    const last = latest ? ` last asked ${days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`} (${latest.channel}${latest.surveyName ? `, ${latest.surveyName}` : ''});` : '';
    const rule = limit.maxTouches === 0 ? `is not asked (0 in ${limit.withinDays} days)` : `asked ${inWindow.length} time${inWindow.length === 1 ? '' : 's'} in the last ${limit.withinDays} days, the limit is ${limit.maxTouches}`;
    return { isAllowed: false, limit, nextAllowedAt, reason: `contact budget:${last} ${rule}`.replace(/\s+/g, ' ') };
  }
  return { isAllowed: true };
}
