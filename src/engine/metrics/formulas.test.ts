import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cesOf, cliOf, comparePeriods, csatOf, isTooFew, npsOf, scaleMeanOf } from './formulas.js';
import { addCliStats, addScoreCounts, cli6Of, cliStatsOf, emptyCliStats, emptyScoreCounts, scoreCountsOf } from './stats.js';

/** Counts from [score, how many] pairs, for groups too large to write out. */
const countsOf = (...groups: [score: number, times: number][]) => scoreCountsOf(groups.flatMap(([score, times]) => new Array<number>(times).fill(score)));

describe('NPS', () => {
  it('is % promoters − % detractors', () => {
    const nps = npsOf(scoreCountsOf([10, 9, 8, 7, 6, 0]));
    expect(nps).toMatchObject({ n: 6, promoters: 2, passives: 2, detractors: 2, score: 0 }); // (2 − 2) / 6
    expect(nps.promoterShare).toBeCloseTo(100 / 3, 12);
    // var = (2 + 2)/6 − 0² = 2/3; SE = √(2/3 / 6) × 100 = 100/3; CI = 0 ± 1.96 × 100/3 = ±65.333…
    expect(nps.standardError).toBeCloseTo(100 / 3, 12);
    expect(nps.ci!.low).toBeCloseTo(-65.3333333, 6);
    expect(nps.ci!.high).toBeCloseTo(65.3333333, 6);
    expect(npsOf(scoreCountsOf([0, 3, 6])).score).toBe(-100);
    expect(npsOf(scoreCountsOf([9, 10])).score).toBe(100);
  });

  it('has a known interval', () => {
    // 5 promoters, 3 passives, 2 detractors: score 30; var = 7/10 − (3/10)² = 0.61;
    // SE = √(0.61 / 10) × 100 = 24.698178; CI = 30 ± 1.96 × 24.698178 = 30 ± 48.408429.
    const nps = npsOf(countsOf([10, 3], [9, 2], [8, 2], [7, 1], [5, 1], [0, 1]));
    expect(nps.score).toBe(30);
    expect(nps.standardError).toBeCloseTo(24.698178, 5);
    expect(nps.ci!.low).toBeCloseTo(-18.408429, 5);
    expect(nps.ci!.high).toBeCloseTo(78.408429, 5);
  });

  it('keeps the interval within −100..100', () => {
    // 3 promoters, 1 passive: 75 ± 1.96 × 21.650635 = 32.564755 .. 117.4 → 100.
    expect(npsOf(scoreCountsOf([10, 10, 9, 8])).ci).toEqual({ low: expect.closeTo(32.564755, 5), high: 100 });
    expect(npsOf(scoreCountsOf([10, 10])).ci).toEqual({ low: 100, high: 100 });
  });

  it('has no interval for a single answer, and no values without answers', () => {
    expect(npsOf(scoreCountsOf([10]))).toMatchObject({ n: 1, score: 100, standardError: null, ci: null });
    expect(npsOf(emptyScoreCounts())).toEqual({
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      promoterShare: null,
      passiveShare: null,
      detractorShare: null,
      score: null,
      standardError: null,
      ci: null,
    });
  });

  it('is additive over groups and equals the count on the raw answers', () => {
    const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 60 });
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        const whole = npsOf(scoreCountsOf([...a, ...b]));
        expect(npsOf(addScoreCounts(scoreCountsOf(a), scoreCountsOf(b)))).toEqual(whole);
        const all = [...a, ...b];
        const direct = all.length === 0 ? null : (100 * (all.filter((s) => s >= 9).length - all.filter((s) => s <= 6).length)) / all.length;
        expect(whole.score).toBe(direct);
        if (whole.ci) expect(whole.ci.low).toBeLessThanOrEqual(whole.ci.high);
      }),
    );
  });
});

describe('CSAT', () => {
  const answers = scoreCountsOf([5, 5, 4, 3, 2, 1, 4, 5]);

  it('is the share of 4–5, with the mean and the problems at or below the threshold', () => {
    expect(csatOf(answers)).toMatchObject({ n: 8, satisfied: 5, share: 62.5, mean: 3.625, problemThreshold: 3, problems: 3, problemShare: 37.5 });
    expect(csatOf(answers, 2)).toMatchObject({ problemThreshold: 2, problems: 2, problemShare: 25 });
  });

  it('puts a Wilson interval around the share', () => {
    // s = 5, n = 8, z² = 3.8416: centre (5 + 1.9208) / 11.8416 = 0.584448;
    // half 1.96 × √(5 × 3 / 8 + 0.9604) / 11.8416 = 0.278711, so 30.5738% .. 86.3158%.
    expect(csatOf(answers).ci!.low).toBeCloseTo(30.573785, 5);
    expect(csatOf(answers).ci!.high).toBeCloseTo(86.315824, 5);
    // One satisfied answer: centre (1 + z²/2) / (1 + z²), half (z²/2) / (1 + z²), so 1 / 4.8416 = 20.6543% .. 100%.
    expect(csatOf(scoreCountsOf([5])).ci).toEqual({ low: expect.closeTo(20.654329, 5), high: 100 });
    expect(csatOf(scoreCountsOf([1, 2])).ci!.low).toBe(0);
  });

  it('has no values without answers, and refuses answers off its scale', () => {
    expect(csatOf(emptyScoreCounts())).toMatchObject({ n: 0, share: null, mean: null, problems: 0, problemShare: null, ci: null });
    expect(() => csatOf(scoreCountsOf([0, 5]))).toThrow(/outside the scale 1–5/);
    expect(() => csatOf(answers, 5)).toThrow(RangeError);
    expect(() => csatOf(answers, 2.5)).toThrow(RangeError);
  });
});

describe('CES', () => {
  it('is the mean on 1–7 with the share agreeing (5–7) and an interval from the sample variance', () => {
    // Σv = 23, mean 4.6; Σv² = 127, s² = (5 × 127 − 23²) / (5 × 4) = 106/20 = 5.3;
    // SE = √(5.3 / 5) = 1.029563; CI = 4.6 ± 2.017944 = 2.582056 .. 6.617944.
    const ces = cesOf(scoreCountsOf([7, 6, 5, 4, 1]));
    expect(ces).toMatchObject({ n: 5, mean: 4.6, agreeing: 3, share: 60 });
    expect(ces.standardError).toBeCloseTo(1.029563, 6);
    expect(ces.ci!.low).toBeCloseTo(2.582056, 6);
    expect(ces.ci!.high).toBeCloseTo(6.617944, 6);
  });

  it('keeps the interval within 1..7 and has none below 2 answers', () => {
    expect(cesOf(scoreCountsOf([7, 7, 6])).ci!.high).toBe(7);
    expect(cesOf(scoreCountsOf([4]))).toMatchObject({ n: 1, mean: 4, standardError: null, ci: null });
    expect(cesOf(emptyScoreCounts())).toMatchObject({ n: 0, mean: null, share: null, ci: null });
    expect(() => cesOf(scoreCountsOf([8]))).toThrow(RangeError);
  });
});

describe('CLI', () => {
  // Respondents: [8, 9, –] → 8.5 → 51; [10, 10, 10] → 60; [5, –, –] → 30; [–, –, –] → not counted.
  const stats = cliStatsOf([[8, 9, null], [10, 10, 10], [5, null, null], [null, null, null]].map(cli6Of).filter((v) => v !== null));

  it('is the mean over respondents of each one’s mean, and × 10', () => {
    expect(stats).toEqual({ n: 3, sum6: 141, sumSq6: 7101 });
    const cli = cliOf(stats);
    expect(cli.mean).toBeCloseTo(141 / 18, 14); // (8.5 + 10 + 5) / 3 = 7.8333…
    expect(cli.normalised).toBeCloseTo(1410 / 18, 12);
  });

  it('has an interval from the sample variance of the respondents’ values', () => {
    // Values in sixths: s² = (3 × 7101 − 141²) / (3 × 2) = 237, over 36 on the 0–10 scale: 6.583333;
    // SE = √(6.583333 / 3) = 1.481366; CI = 7.833333 ± 2.903477 = 4.929856 .. 10.74 → 10.
    const cli = cliOf(stats);
    expect(cli.standardError).toBeCloseTo(1.481366, 6);
    expect(cli.ci).toEqual({ low: expect.closeTo(4.929856, 6), high: 10 });
    expect(cli.normalisedCi).toEqual({ low: expect.closeTo(49.29856, 5), high: 100 });
  });

  it('has no interval for one respondent and no values for none', () => {
    expect(cliOf(cliStatsOf([51]))).toMatchObject({ n: 1, mean: 8.5, normalised: 85, standardError: null, ci: null, normalisedCi: null });
    expect(cliOf(emptyCliStats())).toEqual({ n: 0, mean: null, normalised: null, standardError: null, ci: null, normalisedCi: null });
    expect(() => cliOf({ n: 1, sum6: 70, sumSq6: 4900 })).toThrow(RangeError);
  });

  it('is additive over groups', () => {
    const likelihood = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });
    const values = fc.array(fc.tuple(likelihood, likelihood, likelihood), { maxLength: 40 }).map((rows) => rows.map(cli6Of).filter((v) => v !== null));
    fc.assert(
      fc.property(values, values, (a, b) => {
        const whole = cliStatsOf([...a, ...b]);
        expect(addCliStats(cliStatsOf(a), cliStatsOf(b))).toEqual(whole);
        expect(cliOf(addCliStats(cliStatsOf(a), cliStatsOf(b)))).toEqual(cliOf(whole));
      }),
    );
  });
});

describe('rating scales', () => {
  it('is the mean of the answers', () => {
    expect(scaleMeanOf(scoreCountsOf([5, 4, 4, 0]))).toEqual({ n: 4, mean: 13 / 4 });
    expect(scaleMeanOf(emptyScoreCounts())).toEqual({ n: 0, mean: null });
  });
});

describe('comparing periods', () => {
  it('finds a significant NPS change', () => {
    // Now 50 P, 30 passives, 20 D of 100 (30); before 30 P, 30 passives, 40 D of 100 (−10).
    // var now = 0.7 − 0.3² = 0.61, before = 0.7 − 0.1² = 0.69; SE = √(0.61/100 + 0.69/100) = 0.114018;
    // z = 0.4 / 0.114018 = 3.5082, p = 2·Φ(−3.5082) = 0.000451.
    const result = comparePeriods('nps', countsOf([10, 50], [8, 30], [3, 20]), countsOf([9, 30], [7, 30], [0, 40]));
    expect(result).toMatchObject({ metric: 'nps', current: 30, previous: -10, change: 40, isSignificant: true });
    expect(result.z).toBeCloseTo(3.508232, 5);
    expect(result.pValue).toBeCloseTo(0.000451, 6);
  });

  it('finds a non-significant NPS change', () => {
    // Now 5 P, 3 passives, 2 D of 10 (30); before 4 P, 3 passives, 3 D of 10 (10).
    // SE = √(0.61/10 + 0.69/10) = 0.360555; z = 0.2 / 0.360555 = 0.5547, p = 0.5791.
    const result = comparePeriods('nps', countsOf([10, 5], [7, 3], [0, 2]), countsOf([9, 4], [8, 3], [6, 3]));
    expect(result).toMatchObject({ change: 20, isSignificant: false });
    expect(result.change).toBeCloseTo(20, 12);
    expect(result.z).toBeCloseTo(0.5547, 4);
    expect(result.pValue).toBeCloseTo(0.5791, 4);
  });

  it('tests a CSAT change as two proportions with the pooled share', () => {
    // 160 of 200 (80%) against 140 of 200 (70%): pooled p = 0.75;
    // SE = √(0.75 × 0.25 × (1/200 + 1/200)) = 0.0433013; z = 0.1 / 0.0433013 = 2.3094, p = 0.020921.
    const significant = comparePeriods('csat', countsOf([5, 160], [2, 40]), countsOf([4, 140], [1, 60]));
    expect(significant).toMatchObject({ current: 80, previous: 70, isSignificant: true });
    expect(significant.change).toBeCloseTo(10, 12);
    expect(significant.z).toBeCloseTo(2.309401, 5);
    expect(significant.pValue).toBeCloseTo(0.020921, 6);
    // The same shares from 20 answers each: SE = 0.136931, z = 0.7303, p = 0.4652.
    const notSignificant = comparePeriods('csat', countsOf([5, 16], [2, 4]), countsOf([4, 14], [1, 6]));
    expect(notSignificant).toMatchObject({ isSignificant: false });
    expect(notSignificant.pValue).toBeCloseTo(0.465209, 6);
  });

  it('tests CES and CLI changes with Welch’s z', () => {
    // CES: 4.6 (s² 5.3, n 5) against 2.5 (s² 1.1, n 6): SE = √(5.3/5 + 1.1/6) = 1.115049;
    // z = 2.1 / 1.115049 = 1.8833, p = 0.0597: not significant at 0.05.
    const ces = comparePeriods('ces', scoreCountsOf([7, 6, 5, 4, 1]), scoreCountsOf([3, 2, 4, 1, 2, 3]));
    expect(ces.change).toBeCloseTo(2.1, 12);
    expect(ces.z).toBeCloseTo(1.883326, 5);
    expect(ces.pValue).toBeCloseTo(0.059656, 5);
    expect(ces.isSignificant).toBe(false);
    // CLI: means 9 (10, 10, 8, 8) and 4 (5, 5, 3, 3), each s² = 4/3, n 4: SE = √(2/3) = 0.816497,
    // × 10 = 8.16497 points; change 90 − 40 = 50; z = 6.1237, p ≈ 9.1e-10.
    const cli = comparePeriods('cli', cliStatsOf([60, 60, 48, 48]), cliStatsOf([30, 30, 18, 18]));
    expect(cli).toMatchObject({ current: 90, previous: 40, change: 50, isSignificant: true });
    expect(cli.z).toBeCloseTo(6.123724, 5);
    expect(cli.pValue).toBeCloseTo(9.13e-10, 11);
  });

  it('has no p-value with fewer than 2 answers or no spread', () => {
    expect(comparePeriods('nps', scoreCountsOf([10]), scoreCountsOf([0, 1, 2]))).toMatchObject({ change: 200, z: null, pValue: null, isSignificant: false });
    expect(comparePeriods('nps', scoreCountsOf([10, 10]), scoreCountsOf([10, 9]))).toMatchObject({ change: 0, pValue: null, isSignificant: false });
    expect(comparePeriods('csat', scoreCountsOf([5, 4]), scoreCountsOf([4, 4, 5]))).toMatchObject({ change: 0, pValue: null });
    expect(comparePeriods('ces', emptyScoreCounts(), scoreCountsOf([4, 5]))).toEqual({
      metric: 'ces',
      current: null,
      previous: 4.5,
      change: null,
      z: null,
      pValue: null,
      isSignificant: false,
    });
    expect(comparePeriods('cli', emptyCliStats(), emptyCliStats())).toMatchObject({ change: null, pValue: null });
  });

  it('takes the statistics of its metric', () => {
    // @ts-expect-error CLI compares CLI statistics, not score counts
    expect(() => comparePeriods('cli', emptyScoreCounts(), emptyScoreCounts())).toThrow(RangeError);
  });
});

describe('too few responses', () => {
  it('is fewer than the workspace minimum', () => {
    expect(isTooFew(4, 5)).toBe(true);
    expect(isTooFew(5, 5)).toBe(false);
    expect(isTooFew(0, 1)).toBe(true);
    expect(isTooFew(0, 0)).toBe(false);
  });
});
