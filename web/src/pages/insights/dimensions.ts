/**
 * The dimensions dashboards filter and break down by: channel, language, a segment kept for
 * breakdowns (`contact.plan`, `hidden.store`) or the option picked in a choice question
 * (`answer.<question id>`). Pure: labels come from the caller.
 */

export type Dimension =
  | { kind: 'channel' }
  | { kind: 'language' }
  | { kind: 'contact'; name: string }
  | { kind: 'hidden'; name: string }
  | { kind: 'answer'; questionId: string };

export function parseDimension(dimension: string): Dimension | null {
  if (dimension === 'channel' || dimension === 'language') return { kind: dimension };
  const match = /^(contact|hidden|answer)\.([A-Za-z][\w.-]{0,63})$/.exec(dimension);
  if (!match) return null;
  const [, source, name] = match as unknown as [string, 'contact' | 'hidden' | 'answer', string];
  return source === 'answer' ? { kind: 'answer', questionId: name } : { kind: source, name };
}

/** `loyalty_tier` → "Loyalty tier": an attribute's name as a label. */
export function humanize(name: string): string {
  const words = name.replace(/[_.-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a workspace may keep as a segment. */
export const segmentPattern = /^(contact|hidden)\.[A-Za-z][\w.-]{0,63}$/;
export const maxSegments = 20;

export type SegmentProblem = 'empty' | 'format' | 'duplicate';

/** Each segment's problem (null when it is fine), in the order given. */
export function segmentProblems(segments: readonly string[]): (SegmentProblem | null)[] {
  return segments.map((segment, i) => {
    const text = segment.trim();
    if (!text) return 'empty';
    if (!segmentPattern.test(text)) return 'format';
    return segments.findIndex((other) => other.trim() === text) < i ? 'duplicate' : null;
  });
}

/** The order dimensions are offered in: channel, language, segments, then answers. */
export function sortDimensions(dimensions: Iterable<string>): string[] {
  const rank = (d: string) => ['channel', 'language', 'contact', 'hidden', 'answer'].indexOf(parseDimension(d)?.kind ?? 'answer');
  return [...new Set(dimensions)].filter((d) => parseDimension(d)).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
