import type { TextComment } from '../../../api/textInsights.js';

/**
 * A comment cut into pieces for highlighting: each piece is covered by the same spans throughout,
 * so overlapping and nested spans (a topic inside a phrase, two phrases sharing a word) give marks
 * that never cross. Offsets are UTF-16, as JavaScript strings count them and the server sends them.
 */

export interface HighlightSpan {
  start: number;
  end: number;
  kind: 'topic' | 'phrase';
  /** The topic's name or the phrase as written. */
  label: string;
  /** The topic or phrase the view is filtered by. */
  isEmphasised: boolean;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Every span covering the whole piece; empty for plain text. */
  spans: HighlightSpan[];
}

/** A boundary inside a surrogate pair moves before it, so no piece holds half a character. */
function safeBoundary(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** Pieces of `text` in order, together the whole text; spans outside it are clipped, empty ones dropped. */
export function highlightSegments(text: string, spans: readonly HighlightSpan[]): Segment[] {
  const clipped = spans
    .map((span) => ({ ...span, start: safeBoundary(text, Math.max(0, Math.min(text.length, span.start))), end: safeBoundary(text, Math.max(0, Math.min(text.length, span.end))) }))
    .filter((span) => span.end > span.start);
  const boundaries = [...new Set([0, text.length, ...clipped.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < boundaries.length - 1; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    const covering = clipped.filter((span) => span.start <= start && span.end >= end);
    const previous = segments.at(-1);
    if (previous && sameSpans(previous.spans, covering)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else segments.push({ text: text.slice(start, end), start, end, spans: covering });
  }
  return segments.length ? segments : [{ text, start: 0, end: text.length, spans: [] }];
}

const sameSpans = (a: readonly HighlightSpan[], b: readonly HighlightSpan[]) => a.length === b.length && a.every((span) => b.includes(span));

/** A comment's topic and phrase spans, the filtered topic or phrase marked for emphasis. */
export function commentSpans(comment: Pick<TextComment, 'topics' | 'phrases'>, emphasis: { topic?: string; phrase?: string }): HighlightSpan[] {
  return [
    ...comment.topics.map((topic) => ({ start: topic.start, end: topic.end, kind: 'topic' as const, label: topic.name, isEmphasised: topic.topicId === emphasis.topic })),
    ...comment.phrases.map((phrase) => ({ start: phrase.start, end: phrase.end, kind: 'phrase' as const, label: phrase.text, isEmphasised: phrase.key === emphasis.phrase })),
  ];
}
