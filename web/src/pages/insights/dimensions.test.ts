import { describe, expect, it } from 'vitest';
import { humanize, parseDimension, segmentProblems, sortDimensions } from './dimensions.js';

describe('dimensions', () => {
  it('reads every kind', () => {
    expect(parseDimension('channel')).toEqual({ kind: 'channel' });
    expect(parseDimension('contact.plan')).toEqual({ kind: 'contact', name: 'plan' });
    expect(parseDimension('hidden.store')).toEqual({ kind: 'hidden', name: 'store' });
    expect(parseDimension('answer.q_1')).toEqual({ kind: 'answer', questionId: 'q_1' });
    expect(parseDimension('contact.')).toBeNull();
    expect(parseDimension('nope')).toBeNull();
  });

  it('names attributes as labels', () => {
    expect(humanize('loyalty_tier')).toBe('Loyalty tier');
    expect(humanize('storeId')).toBe('Store id');
    expect(humanize('plan')).toBe('Plan');
  });

  it('orders channel, language, segments, answers', () => {
    expect(sortDimensions(['answer.q1', 'hidden.store', 'language', 'contact.plan', 'channel', 'channel', 'bad'])).toEqual(['channel', 'language', 'contact.plan', 'hidden.store', 'answer.q1']);
  });
});

describe('segmentProblems', () => {
  it('finds empty, malformed and repeated segments', () => {
    expect(segmentProblems(['contact.plan', ' ', 'plan', 'hidden.store', 'contact.plan', 'answer.q1', 'contact.1x'])).toEqual([null, 'empty', 'format', null, 'duplicate', 'format', 'format']);
  });
});
