import { describe, expect, it } from 'vitest';
import { addCliStats, addScoreCounts, assertCliStats, assertScoreCounts, cli6Of, cliStatsOf, emptyCliStats, emptyScoreCounts, scoreCountsOf } from './stats.js';

describe('score counts', () => {
  it('counts answered scores by value', () => {
    expect(scoreCountsOf([10, 9, 9, 0])).toEqual({ n: 4, counts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1] });
    expect(scoreCountsOf([])).toEqual(emptyScoreCounts());
    expect(emptyScoreCounts().counts).toHaveLength(11);
  });

  it('refuses what no stored answer can be', () => {
    for (const bad of [11, -1, 2.5, Number.NaN]) expect(() => scoreCountsOf([5, bad])).toThrow(RangeError);
  });

  it('adds two groups', () => {
    expect(addScoreCounts(scoreCountsOf([1, 2]), scoreCountsOf([2, 10]))).toEqual(scoreCountsOf([1, 2, 2, 10]));
    expect(addScoreCounts(emptyScoreCounts(), emptyScoreCounts())).toEqual(emptyScoreCounts());
  });

  it('refuses broken counts from storage', () => {
    expect(() => assertScoreCounts({ n: 3, counts: [1, 1] })).toThrow(/11 counts/);
    expect(() => assertScoreCounts({ n: 3, counts: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0] })).toThrow(/add up to 2/);
    expect(() => assertScoreCounts({ n: 0, counts: [1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0] })).toThrow(/whole numbers/);
    expect(() => addScoreCounts({ n: 1, counts: [0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0] }, emptyScoreCounts())).toThrow(RangeError);
  });
});

describe('CLI values in sixths', () => {
  it('is 6 × the mean of the likelihoods answered', () => {
    expect(cli6Of([8, 9, null])).toBe(51); // (8 + 9) / 2 = 8.5; 8.5 × 6 = 51
    expect(cli6Of([7, 8, 9])).toBe(48); // mean 8
    expect(cli6Of([1, 0, 0])).toBe(2); // mean 1/3
    expect(cli6Of([undefined, 10])).toBe(60);
    expect(cli6Of([0, 0, 0])).toBe(0);
  });

  it('is null for a respondent who answered none, who is then not counted', () => {
    expect(cli6Of([null, null, null])).toBeNull();
    expect(cli6Of([])).toBeNull();
  });

  it('refuses a fourth item or a likelihood off the scale', () => {
    expect(() => cli6Of([1, 2, 3, 4])).toThrow(RangeError);
    expect(() => cli6Of([11, null, null])).toThrow(RangeError);
    expect(() => cli6Of([7.5])).toThrow(RangeError);
  });

  it('sums the values and their squares, and adds groups', () => {
    expect(cliStatsOf([51, 60, 30])).toEqual({ n: 3, sum6: 141, sumSq6: 51 ** 2 + 60 ** 2 + 30 ** 2 });
    expect(cliStatsOf([])).toEqual(emptyCliStats());
    expect(addCliStats(cliStatsOf([51]), cliStatsOf([60, 30]))).toEqual(cliStatsOf([51, 60, 30]));
    expect(() => cliStatsOf([61])).toThrow(RangeError);
    expect(() => cliStatsOf([2.5])).toThrow(RangeError);
  });

  it('refuses statistics no set of values could have', () => {
    expect(() => assertCliStats({ n: 1, sum6: 61, sumSq6: 3721 })).toThrow(RangeError); // above 60 × n
    expect(() => assertCliStats({ n: 2, sum6: 60, sumSq6: 1000 })).toThrow(RangeError); // below sum² / n = 1800
    expect(() => assertCliStats({ n: 1, sum6: 30, sumSq6: 2000 })).toThrow(RangeError); // above 60 × sum = 1800
    expect(() => assertCliStats({ n: -1, sum6: 0, sumSq6: 0 })).toThrow(RangeError);
    expect(() => assertCliStats({ n: 2, sum6: 60, sumSq6: 1800 })).not.toThrow(); // 30 and 30
  });
});
