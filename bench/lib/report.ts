import type { Figure, Report } from './types.js';

/** `group.figure: value unit`, plus ` (ref X unit, ratio Y)` when a reference was measured. */
export function formatFigure(group: string, figure: Figure): string {
  const decimals = figure.decimals ?? (figure.unit === 'ms' ? 0 : 1);
  const line = `${group}.${figure.name}: ${figure.value.toFixed(decimals)} ${figure.unit}`;
  if (figure.ref === undefined) return line;
  // Two significant digits below 0.1, so that a ratio of 0.007 does not read as 0.0.
  const quotient = figure.value / figure.ref;
  const ratio = figure.ref > 0 ? (quotient >= 0.1 ? quotient.toFixed(1) : quotient.toPrecision(2)) : 'n/a';
  return `${line} (ref ${figure.ref.toFixed(decimals)} ${figure.unit}, ratio ${ratio})`;
}

export function createReport(group: string): Report {
  return {
    figure(figure) {
      process.stdout.write(`${formatFigure(group, figure)}\n`);
    },
    note(message) {
      process.stderr.write(`# ${group}: ${message}\n`);
    },
  };
}
