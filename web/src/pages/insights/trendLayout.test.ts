import { describe, expect, it } from 'vitest';
import { trendFrame, trendLayout } from './trendLayout.js';

const bucket = (value: number | null, n: number, ci = 10) => ({ headline: value === null ? null : { value, ci: { low: value - ci, high: value + ci } }, n });

describe('trendLayout', () => {
  const layout = trendLayout([bucket(20, 10), bucket(40, 20), bucket(null, 2), bucket(30, 12)], { min: -100, max: 100 }, 456);

  it('spreads buckets evenly across the plot', () => {
    expect(layout.xs).toEqual([104.5, 201.5, 298.5, 395.5]);
  });

  it('draws the line and band in two runs around the bucket with too few answers', () => {
    expect(layout.points[2]).toBeNull();
    expect(layout.line.match(/M/g)).toHaveLength(1);
    expect(layout.band.match(/Z/g)).toHaveLength(1);
    expect(layout.gaps).toEqual([{ x: 250, width: 97 }]);
  });

  it('shows the interval of a point without neighbours as a whisker', () => {
    const lone = trendLayout([bucket(null, 0), bucket(25, 4, 50), bucket(null, 0)], { min: -100, max: 100 }, 400);
    expect(lone.band).toBe('');
    expect(lone.whiskers).toHaveLength(1);
    expect(lone.whiskers[0]!.low).toBeGreaterThan(lone.whiskers[0]!.high);
    expect(layout.whiskers).toEqual([{ x: 395.5, low: expect.any(Number), high: expect.any(Number) }]);
  });

  it('puts higher values higher and keeps the band inside the plot', () => {
    expect(layout.points[1]!.y).toBeLessThan(layout.points[0]!.y);
    for (const tick of layout.ticks) {
      expect(tick.y).toBeGreaterThanOrEqual(trendFrame.lineTop);
      expect(tick.y).toBeLessThanOrEqual(trendFrame.lineBottom);
    }
  });

  it('scales the answer bars to the busiest bucket', () => {
    expect(layout.maxN).toBe(20);
    expect(layout.bars[1]!.height).toBe(trendFrame.barsBottom - trendFrame.barsTop);
    expect(layout.bars[0]!.height).toBeCloseTo((trendFrame.barsBottom - trendFrame.barsTop) / 2);
  });

  it('copes with no buckets and no answers', () => {
    const empty = trendLayout([bucket(null, 0)], { min: 0, max: 100 }, 300);
    expect(empty.line).toBe('');
    expect(empty.bars[0]!.height).toBe(0);
    expect(empty.ticks.at(0)!.value).toBe(0);
    expect(empty.ticks.at(-1)!.value).toBe(100);
  });
});
