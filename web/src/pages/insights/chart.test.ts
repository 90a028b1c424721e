import { describe, expect, it } from 'vitest';
import { bandPath, bucketCentres, labelledIndexes, linearScale, linePath, niceAxis, niceStep, runsOf } from './chart.js';

describe('niceAxis', () => {
  it('rounds the axis out to whole steps around the data', () => {
    expect(niceAxis([12, 48], { min: -100, max: 100 })).toEqual({ min: 10, max: 50, ticks: [10, 20, 30, 40, 50] });
    expect(niceAxis([-18.4, 78.4], { min: -100, max: 100 })).toEqual({ min: -20, max: 80, ticks: [-20, 0, 20, 40, 60, 80] });
  });

  it("stays inside the metric's range", () => {
    const axis = niceAxis([1.2, 6.9], { min: 1, max: 7 });
    expect(axis.min).toBe(1);
    expect(axis.max).toBe(7);
    expect(axis.ticks[0]).toBeGreaterThanOrEqual(1);
    expect(niceAxis([95, 100], { min: 0, max: 100 }).max).toBe(100);
  });

  it('gives a flat line room, and no data the whole range', () => {
    const flat = niceAxis([50, 50], { min: 0, max: 100 });
    expect(flat.min).toBeLessThan(50);
    expect(flat.max).toBeGreaterThan(50);
    expect(niceAxis([], { min: -100, max: 100 })).toMatchObject({ min: -100, max: 100 });
  });

  it('picks steps of 1, 2, 2.5 and 5', () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(6, 5)).toBe(2);
    expect(niceStep(1, 4)).toBe(0.25);
    expect(niceStep(0, 5)).toBe(1);
  });
});

describe('scales and paths', () => {
  it('maps values linearly, downwards for y', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(150);
    expect(y(100)).toBe(0);
    expect(bucketCentres(4, 40, 400)).toEqual([90, 190, 290, 390]);
  });

  it('breaks the line and the band where a bucket has too few answers', () => {
    const points = [{ x: 0, y: 10 }, { x: 10, y: 20 }, null, { x: 30, y: 5 }, null, { x: 50, y: 1 }, { x: 60, y: 2 }];
    expect(runsOf(points)).toHaveLength(3);
    expect(linePath(points)).toBe('M0 10L10 20M50 1L60 2');
    const band = [{ x: 0, low: 15, high: 5 }, { x: 10, low: 25, high: 15 }, null, { x: 30, low: 9, high: 1 }];
    expect(bandPath(band)).toBe('M0 5L10 15L10 25L0 15Z');
    expect(linePath([null, null])).toBe('');
  });

  it('labels at most a few buckets, always the last', () => {
    expect(labelledIndexes(5, 6)).toEqual([0, 1, 2, 3, 4]);
    expect(labelledIndexes(13, 6)).toEqual([0, 3, 6, 9, 12]);
    expect(labelledIndexes(53, 6).length).toBeLessThanOrEqual(6);
    expect(labelledIndexes(53, 6).at(-1)).toBe(52);
  });
});
