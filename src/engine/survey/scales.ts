/**
 * The fixed facts of the survey model that the browser needs at run time, kept apart from
 * schema.ts so the survey page and the widget can use them without bundling zod.
 */
export const surveySchemaVersion = 1;

/** The metric a question feeds, so Insights never has to guess from wording. */
export type Metric = 'nps' | 'csat' | 'ces' | 'cli';

/** The fixed scales of the metric questions. */
export const metricScales = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  cli: { min: 0, max: 10 },
} as const satisfies Record<Metric, { min: number; max: number }>;

/** The three likelihoods of the customer loyalty index: recommend, buy again, try other products or services. */
export const cliItems = ['recommend', 'buy_again', 'try_other'] as const;

export const metricOf = (question: { type: string }): Metric | null =>
  question.type === 'nps' || question.type === 'csat' || question.type === 'ces' || question.type === 'cli' ? question.type : null;

/** Query parameters the survey page reads itself; a hidden field may not take one of these names. */
export const reservedLinkParameters = ['lang', 'ch', 't', 'embed', 'version'] as const;
