/**
 * Kuulo's metrics: the integer statistics that rollups store (stats.ts), the formulas over them
 * (formulas.ts) and the normal distribution they test with (normal.ts). See docs/metrics.md.
 */
export {
  addCliStats,
  addScoreCounts,
  assertCliStats,
  assertScoreCounts,
  cli6Of,
  cliStatsOf,
  emptyCliStats,
  emptyScoreCounts,
  maxCli6,
  maxScore,
  scoreCountsOf,
  type CliStats,
  type ScoreCounts,
} from './stats.js';
export {
  cesOf,
  cliOf,
  comparePeriods,
  confidenceZ,
  csatOf,
  isTooFew,
  npsOf,
  scaleMeanOf,
  significanceLevel,
  type CesResult,
  type CliResult,
  type CsatResult,
  type Interval,
  type MetricStats,
  type NpsResult,
  type PeriodComparison,
  type ScaleMeanResult,
} from './formulas.js';
export { erfc, normalCdf, twoSidedPValue } from './normal.js';
