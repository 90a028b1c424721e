import { describe, expect, it } from 'vitest';
import { commentSpans, highlightSegments } from './highlights.js';
import type { HighlightSpan } from './highlights.js';

const span = (start: number, end: number, label = 'x', kind: HighlightSpan['kind'] = 'phrase', isEmphasised = false): HighlightSpan => ({ start, end, kind, label, isEmphasised });
const pieces = (text: string, spans: HighlightSpan[]) => highlightSegments(text, spans).map((s) => [s.text, s.spans.map((x) => x.label)]);

describe('highlightSegments', () => {
  it('leaves a text without spans whole', () => {
    expect(pieces('Great service', [])).toEqual([['Great service', []]]);
    expect(pieces('', [])).toEqual([['', []]]);
  });

  it('marks spans between plain pieces, the pieces together the whole text', () => {
    const text = 'Please add dark mode to the app';
    const segments = highlightSegments(text, [span(11, 20, 'dark mode'), span(28, 31, 'app')]);
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.label)])).toEqual([
      ['Please add ', []],
      ['dark mode', ['dark mode']],
      [' to the ', []],
      ['app', ['app']],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.start, s.end])).toEqual([[0, 11], [11, 20], [20, 28], [28, 31]]);
  });

  it('cuts overlapping spans where they overlap, so marks never cross', () => {
    // "fast delivery" and "delivery time" share "delivery".
    expect(pieces('fast delivery time', [span(0, 13, 'fast delivery'), span(5, 18, 'delivery time')])).toEqual([
      ['fast ', ['fast delivery']],
      ['delivery', ['fast delivery', 'delivery time']],
      [' time', ['delivery time']],
    ]);
  });

  it('keeps a span nested in another as its own piece, and one span given twice as one', () => {
    const topic = span(0, 7, 'Delivery', 'topic', true);
    expect(pieces('Toimitus oli hidas', [span(0, 18, 'whole'), topic, topic])).toEqual([
      ['Toimitu', ['whole', 'Delivery', 'Delivery']],
      ['s oli hidas', ['whole']],
    ]);
  });

  it('clips spans outside the text and drops empty ones', () => {
    expect(pieces('abc', [span(-5, 1, 'a'), span(2, 99, 'c'), span(1, 1, 'empty'), span(7, 9, 'gone')])).toEqual([
      ['a', ['a']],
      ['b', []],
      ['c', ['c']],
    ]);
  });

  it('never splits a character outside the basic plane', () => {
    // "👍" is two UTF-16 units; a span ending in its middle ends before it.
    const text = 'ok 👍 thanks';
    const segments = highlightSegments(text, [span(0, 4, 'ok')]);
    expect(segments.map((s) => s.text)).toEqual(['ok ', '👍 thanks']);
  });
});

describe('commentSpans', () => {
  it('turns topics and phrases into spans, the filtered ones emphasised', () => {
    const comment = {
      topics: [{ topicId: 't1', name: 'Delivery', start: 0, end: 8 }],
      phrases: [
        { key: 'toimitu', text: 'Toimitus', start: 0, end: 8 },
        { key: 'hida', text: 'hidas', start: 13, end: 18 },
      ],
    };
    expect(commentSpans(comment, { topic: 't1' })).toEqual([
      { start: 0, end: 8, kind: 'topic', label: 'Delivery', isEmphasised: true },
      { start: 0, end: 8, kind: 'phrase', label: 'Toimitus', isEmphasised: false },
      { start: 13, end: 18, kind: 'phrase', label: 'hidas', isEmphasised: false },
    ]);
    expect(commentSpans(comment, { phrase: 'hida' }).map((s) => s.isEmphasised)).toEqual([false, false, true]);
  });
});
