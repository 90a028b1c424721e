/**
 * The geometry of the Insights charts, pure so it is unit tested: a "nice" value axis, linear
 * scales, and SVG paths for a line and its confidence band that break where a bucket has too few
 * answers (a gap, never a line drawn through missing data).
 */

export interface Bounds {
  min: number;
  max: number;
}

export interface Axis extends Bounds {
  ticks: number[];
}

/** A step of 1, 2, 2.5 or 5 times a power of ten that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * A value axis around the numbers to show, widened to round ticks and kept inside the metric's own
 * range (NPS −100…100, a CES mean 1…7). With nothing to show, the whole range.
 * @example niceAxis([12, 48], { min: -100, max: 100 }) // { min: 0, max: 60, ticks: [0, 10, …, 60] }
 */
export function niceAxis(values: readonly number[], bounds: Bounds, tickCount = 5): Axis {
  const finite = values.filter((v) => Number.isFinite(v));
  let low = finite.length ? Math.min(...finite) : bounds.min;
  let high = finite.length ? Math.max(...finite) : bounds.max;
  if (high - low < (bounds.max - bounds.min) / 20) {
    // A flat line still gets some room above and below.
    const pad = (bounds.max - bounds.min) / 20;
    low -= pad;
    high += pad;
  }
  const step = niceStep(high - low, tickCount);
  const min = Math.max(bounds.min, Math.floor(low / step) * step);
  const max = Math.min(bounds.max, Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max + step / 1e6; tick += step) ticks.push(round(tick));
  return { min, max, ticks };
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Maps a domain onto a range linearly (y ranges run downwards in SVG: pass them high to low). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => round(r0 + ((value - d0) / span) * (r1 - r0));
}

/** Where each of `count` buckets sits across a width, centred in equal slots. */
export function bucketCentres(count: number, left: number, width: number): number[] {
  const slot = width / Math.max(count, 1);
  return Array.from({ length: count }, (_, i) => round(left + slot * (i + 0.5)));
}

export interface PlotPoint {
  x: number;
  y: number;
}

/** Consecutive runs of points between gaps (null). */
export function runsOf<T>(points: readonly (T | null)[]): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  for (const point of points) {
    if (point === null) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(point);
  }
  if (current.length) runs.push(current);
  return runs;
}

const xy = (p: PlotPoint) => `${p.x} ${p.y}`;

/** An SVG path through the points, lifted at every gap; a lone point draws nothing (its marker shows it). */
export function linePath(points: readonly (PlotPoint | null)[]): string {
  return runsOf(points)
    .filter((run) => run.length > 1)
    .map((run) => `M${run.map(xy).join('L')}`)
    .join('');
}

export interface BandPoint {
  x: number;
  low: number;
  high: number;
}

/** The confidence band as closed shapes, one per run: along the upper bound and back along the lower. */
export function bandPath(points: readonly (BandPoint | null)[]): string {
  return runsOf(points)
    .filter((run) => run.length > 1)
    .map((run) => {
      const upper = run.map((p) => `${p.x} ${p.high}`);
      const lower = [...run].reverse().map((p) => `${p.x} ${p.low}`);
      return `M${upper.join('L')}L${lower.join('L')}Z`;
    })
    .join('');
}

/** At most `most` of `count` labels, evenly spread and always the last one, so dates never overlap. */
export function labelledIndexes(count: number, most: number): number[] {
  if (count <= most) return Array.from({ length: count }, (_, i) => i);
  const every = Math.ceil(count / most);
  const picked = Array.from({ length: count }, (_, i) => i).filter((i) => (count - 1 - i) % every === 0);
  return picked;
}
