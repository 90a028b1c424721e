import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, twoSidedPValue } from './normal.js';

describe('the standard normal distribution', () => {
  it('gives the textbook values of Φ', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
    expect(normalCdf(-2.5758)).toBeCloseTo(0.005, 6);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 12);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316300957, 12);
    expect(normalCdf(5)).toBeCloseTo(0.9999997133484281, 12);
  });

  it('keeps the relative precision of small tails', () => {
    // Reference values of erfc (to 16 digits) from Python's math.erfc, i.e. the C library.
    const references: [number, number][] = [
      [0.5, 0.4795001221869535],
      [2.92, 3.6354730724521823e-5],
      [3, 2.2090496998585438e-5],
      [5, 1.5374597944280351e-12],
      [10, 2.088487583762545e-45],
    ];
    for (const [x, expected] of references) expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-10);
    expect(erfc(-1)).toBeCloseTo(2 - erfc(1), 15);
    expect(erfc(40)).toBe(0);
    expect(erfc(Number.NaN)).toBeNaN();
  });

  it('is continuous where it changes method', () => {
    expect(Math.abs(erfc(3 - 1e-12) - erfc(3)) / erfc(3)).toBeLessThan(1e-10);
  });

  it('turns a z into a two-sided p-value', () => {
    expect(twoSidedPValue(1.96)).toBeCloseTo(0.04999579, 8);
    expect(twoSidedPValue(-2.5758)).toBeCloseTo(0.01, 5);
    expect(twoSidedPValue(0)).toBe(1);
  });
});
