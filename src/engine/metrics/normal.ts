/**
 * The standard normal distribution, written out here so the metric formulas need no library and
 * give the same digits in the browser, on the server and in every export.
 */

const sqrtPi = Math.sqrt(Math.PI);

/** Below this erfc is 1 − erf from a series of positive terms; from it on, a continued fraction. */
const seriesLimit = 3;

/** Terms of the continued fraction: at x ≥ 3 they settle erfc to the last few bits of a double. */
const fractionDepth = 80;

/**
 * The complementary error function, erfc(x) = 1 − erf(x), to within 1e-15 absolutely and 1e-10
 * relatively, so tail probabilities (p-values) keep their digits. No table of fitted
 * coefficients: below 3 it sums erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)), whose
 * terms are all positive (no cancellation); from 3 on it evaluates Laplace's continued fraction
 * erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + (3/2)/(x + …)))).
 * @example erfc(0) // 1
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < seriesLimit) return 1 - erfBySeries(x);
  let fraction = x;
  for (let k = fractionDepth; k >= 1; k--) fraction = x + k / 2 / fraction;
  return Math.exp(-x * x) / (sqrtPi * fraction);
}

function erfBySeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; term > sum * Number.EPSILON * 0.01; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
  }
  return (2 / sqrtPi) * Math.exp(-x2) * sum;
}

/**
 * Φ(x), the probability that a standard normal value is at most x.
 * @example normalCdf(1.96) // 0.9750021048517795
 */
export const normalCdf = (x: number): number => erfc(-x / Math.SQRT2) / 2;

/**
 * The two-sided p-value of a z statistic, 2·Φ(−|z|): the chance of a difference at least this large,
 * either way, when there is none.
 * @example twoSidedPValue(1.96) // 0.04999579029644087
 */
export const twoSidedPValue = (z: number): number => erfc(Math.abs(z) / Math.SQRT2);
