/**
 * What the analysis of a comment can say, as filters, alert rules and the admin app name it. Pure;
 * shared by the server and the admin app.
 */

export const sentimentLabels = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof sentimentLabels)[number];

/** A sentiment filter: a label, or comments in a language Kuulo has no sentiment model for. */
export const sentimentFilters = [...sentimentLabels, 'not_analysed'] as const;
export type SentimentFilter = (typeof sentimentFilters)[number];

/** What a comment does; it may do several. */
export const intentNames = ['complaint', 'feature_request', 'praise', 'question'] as const;
export type IntentName = (typeof intentNames)[number];
